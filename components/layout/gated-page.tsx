// Declarative gates for pages that need a signed-in person (and, for staff pages, a
// permission): a page states what it needs and receives the locale and the actor; the
// locale check, the sign-in redirect that comes back, and the no-access page are here once.
// The gate decides what to show; the data layer still checks every read and write itself.
import "server-only";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { NoAccess } from "@/components/staff/no-access";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import type { PersonActor } from "@/lib/identity/actor";
import { hasPermission, type Permission } from "@/lib/identity/permissions";
import { requireSignedIn } from "@/lib/identity/require";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** What a gated page is given: the request's locale and actor, its params and its query. */
export type GatedPageProps<P> = { locale: Locale; actor: PersonActor; params: P; searchParams: SearchParams };

type Gate = {
  /** The route, as its folders name it ("/clerk/ho-so/[code]"): sign-in comes back to it. */
  route: string;
  /** The permission a staff page needs; without it the person sees the no-access page. */
  permission?: Permission;
};

/** The address of `route` for these params (each segment encoded). */
function addressOf(route: string, params: Record<string, string>): string {
  return route.replace(/\[(\w+)\]/g, (_whole, name: string) => encodeURIComponent(params[name] ?? ""));
}

/** A page that only a signed-in person (with `permission`, when named) sees. */
export function gatedPage<P extends { locale: string }>(
  gate: Gate,
  render: (page: GatedPageProps<P>) => Promise<ReactNode>,
) {
  return async function GatedPage({ params, searchParams }: { params: Promise<P>; searchParams: SearchParams }) {
    const resolved = await params;
    if (!isLocale(resolved.locale)) notFound();
    const locale = resolved.locale;
    const actor = await requireSignedIn(locale, addressOf(gate.route, resolved as Record<string, string>));
    if (gate.permission && !hasPermission(actor.roles, gate.permission)) return <NoAccess locale={locale} />;
    return render({ locale, actor, params: resolved, searchParams });
  };
}
