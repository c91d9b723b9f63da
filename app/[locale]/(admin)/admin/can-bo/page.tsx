import { titled } from "@/lib/i18n/titles";
import { notFound } from "next/navigation";
import { NoAccess } from "@/components/staff/no-access";
import { hasPermission } from "@/lib/identity/permissions";
import { listAgenciesForStaffAdmin, listStaffAssignmentsForAdmin } from "@/lib/identity/queries";
import { requireSignedIn } from "@/lib/identity/require";
import { isLocale } from "@/lib/i18n/locales";
import { readFlash } from "@/components/form/flash";
import { StaffAdminView } from "./_components/staff-admin-view";

export const dynamic = "force-dynamic";
export const generateMetadata = titled({ vi: "Phân quyền cán bộ", en: "Staff roles" });

export default async function StaffAdminPage({ params, searchParams }: PageProps<"/[locale]/admin/can-bo">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const actor = await requireSignedIn(locale, "/admin/can-bo");
  if (!hasPermission(actor.roles, "agency.staff.manage")) return <NoAccess locale={locale} />;
  const query = await searchParams;
  const page = Math.max(1, Math.min(10_000, Number(query.page) || 1));
  const [assignments, agencies] = await Promise.all([listStaffAssignmentsForAdmin(actor, page), listAgenciesForStaffAdmin(actor)]);
  return (
    <StaffAdminView
      locale={locale} assignments={assignments} agencies={agencies} formState={await readFlash(query.f)}
      sessions={hasPermission(actor.roles, "system.sessions.revoke") ? await readFlash(query.s) : null}
    />
  );
}
