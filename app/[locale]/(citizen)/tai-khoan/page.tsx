import type { Metadata } from "next";
import { gatedPage } from "@/components/layout/gated-page";
import { getOwnAccount, listMandatesForOrganisation, listOrganisationsForActor } from "@/lib/accounts/queries";
import { isLocale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { readFlash } from "@/lib/web/flash";
import { listDossiersForApplicant, listDraftsForOwner } from "@/lib/dossiers/queries";
import { listNotificationsForSelf } from "@/lib/notifications/queries";
import { AccountView } from "./_components/account-view";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/tai-khoan">): Promise<Metadata> {
  const { locale } = await params;
  return { title: getMessages(isLocale(locale) ? locale : "vi").auth.accountTitle };
}

export default gatedPage<{ locale: string }>(
  { route: "/tai-khoan" },
  async function AccountPage({ locale, actor, searchParams }) {
    const query = await searchParams;
    const dossierPage = Math.max(1, Math.min(10_000, Number(query.trang) || 1));
    const [account, organisations, drafts, dossiers, notifications] = await Promise.all([
      getOwnAccount(actor),
      listOrganisationsForActor(actor),
      listDraftsForOwner(actor),
      listDossiersForApplicant(actor, dossierPage),
      listNotificationsForSelf(actor),
    ]);
    const represented = organisations.find((o) => o.id === actor.actingFor?.organisationId && o.asLegalRepresentative);
    const mandates = represented ? await listMandatesForOrganisation(actor, represented.id) : null;
    const state = await readFlash(query.f);
    const flash = { form: state.form ?? null, state };
    return (
      <AccountView
        locale={locale}
        account={account}
        organisations={organisations}
        mandates={mandates}
        flash={flash}
        drafts={drafts}
        dossiers={dossiers}
        notifications={notifications}
      />
    );
  },
);
