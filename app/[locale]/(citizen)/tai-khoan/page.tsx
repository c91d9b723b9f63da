import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { isSignedIn } from "@/lib/identity/actor";
import { getOwnAccount, listMandatesForOrganisation, listOrganisationsForActor } from "@/lib/identity/queries";
import { getActor } from "@/lib/identity/session";
import { isLocale, localePath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { readFlash } from "@/components/form/flash";
import { listDossiersForApplicant, listDraftsForOwner } from "@/lib/dossiers/queries";
import { listNotificationsForSelf } from "@/lib/notifications/queries";
import { AccountView } from "./_components/account-view";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/tai-khoan">): Promise<Metadata> {
  const { locale } = await params;
  return { title: getMessages(isLocale(locale) ? locale : "vi").auth.accountTitle };
}

export default async function AccountPage({ params, searchParams }: PageProps<"/[locale]/tai-khoan">) {
  const { locale } = await params;
  const query = await searchParams;
  if (!isLocale(locale)) notFound();
  const actor = await getActor();
  if (!isSignedIn(actor)) redirect(`${localePath(locale, "/dang-nhap")}?next=${encodeURIComponent(localePath(locale, "/tai-khoan"))}`);
  const dossierPage = Math.max(1, Math.min(10_000, Number(query.trang) || 1));
  const [account, organisations, drafts, dossiers, notifications] = await Promise.all([
    getOwnAccount(actor), listOrganisationsForActor(actor), listDraftsForOwner(actor), listDossiersForApplicant(actor, dossierPage), listNotificationsForSelf(actor),
  ]);
  const represented = organisations.find((o) => o.id === actor.actingFor?.organisationId && o.asLegalRepresentative);
  const mandates = represented ? await listMandatesForOrganisation(actor, represented.id) : null;
  const flash = { form: typeof query.form === "string" ? query.form : null, state: await readFlash(query.f) };
  return <AccountView locale={locale} account={account} organisations={organisations} mandates={mandates} flash={flash} drafts={drafts} dossiers={dossiers} notifications={notifications} />;
}
