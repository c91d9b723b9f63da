import Link from "next/link";
import type { getOwnAccount, listMandatesForOrganisation, listOrganisationsForActor } from "@/lib/accounts/queries";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { localePath, pick, type Locale } from "@/lib/i18n/locales";
import { format, getMessages } from "@/lib/i18n/messages";
import { deleteDraftAction, revokeMandateAction, signOutAction } from "../actions";
import type { ActionState } from "@/lib/errors/action-state";
import { ActForForm, GrantMandateForm } from "./account-forms";
import { DossiersSection, NotificationsSection } from "./dossier-sections";
import type { listDossiersForApplicant } from "@/lib/dossiers/queries";
import type { listNotificationsForSelf } from "@/lib/notifications/queries";
import { accountMessages } from "@/lib/i18n/messages/account";

type Props = {
  locale: Locale;
  account: Awaited<ReturnType<typeof getOwnAccount>>;
  organisations: Awaited<ReturnType<typeof listOrganisationsForActor>>;
  mandates: Awaited<ReturnType<typeof listMandatesForOrganisation>> | null;
  /** Errors and typed values of the form last submitted, if it came back. */
  flash: { form: string | null; state: ActionState };
  drafts: Array<{ id: string; updatedAt: Date; procedureName: { vi: string; en: string } }>;
  dossiers: Awaited<ReturnType<typeof listDossiersForApplicant>>;
  notifications: Awaited<ReturnType<typeof listNotificationsForSelf>>;
};

const timeFormat = (date: Date, locale: Locale) => formatDateTime(date, locale);

export function AccountView({
  locale,
  account,
  organisations,
  mandates,
  flash,
  drafts,
  dossiers,
  notifications,
}: Props) {
  const stateOf = (form: string): ActionState => (flash.form === form ? flash.state : {});
  const t = getMessages(locale);
  const a = t.auth;
  const organisationAccount = account.kind === "ORGANISATION";
  const rows: Array<[string, string | null]> = [
    [organisationAccount ? a.organisationName : a.fullName, account.fullName],
    organisationAccount ? [a.enterpriseCode, account.enterpriseCode] : [a.idNumber, account.maskedIdNumber],
    [a.birthDate, account.birthDate ? formatDate(account.birthDate) : null],
    [a.address, account.address],
    [a.accountLevel, format(a.levelValue, { level: account.accountLevel })],
  ];
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">{a.accountTitle}</h1>
      {drafts.length > 0 && (
        <section aria-labelledby="drafts-heading" className="space-y-2">
          <h2 id="drafts-heading" className="text-2xl font-bold">
            {a.draftsHeading}
          </h2>
          <p className="text-sm text-muted">{a.draftsNote}</p>
          <ul className="divide-y divide-gray-300 border-y border-gray-300">
            {drafts.map((d) => (
              <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <Link href={localePath(locale, `/ho-so-nhap/${d.id}/kiem-tra`)}>
                  {pick(locale, d.procedureName)} – {timeFormat(d.updatedAt, locale)}
                </Link>
                <form action={deleteDraftAction.bind(null, locale)}>
                  <input type="hidden" name="id" value={d.id} />
                  <button type="submit" className="min-h-11 rounded border-2 border-gray-800 px-3">
                    {format(a.deleteDraft, { name: pick(locale, d.procedureName) })}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      )}

      {/* What needs doing first: drafts, then dossiers (those waiting for the person on top). */}
      <DossiersSection locale={locale} dossiers={dossiers} />
      <NotificationsSection locale={locale} notifications={notifications} />

      <section aria-labelledby="identity-heading">
        <h2 id="identity-heading" className="mb-1 text-2xl font-bold">
          {a.identityHeading}
        </h2>
        <p className="mb-2 text-sm text-muted">
          {format(organisationAccount ? a.organisationSource : a.identitySource, {
            time: timeFormat(account.verifiedAt, locale),
          })}
        </p>
        <dl className="divide-y divide-gray-300 border-y border-gray-300">
          {rows
            .filter(([, v]) => v)
            .map(([label, value]) => (
              <div key={label} className="grid gap-1 py-2 sm:grid-cols-[14rem_1fr]">
                <dt className="font-semibold">{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
        </dl>
      </section>

      <section aria-labelledby="acting-heading" className="space-y-3">
        <h2 id="acting-heading" className="text-2xl font-bold">
          {a.actingHeading}
        </h2>
        <p className="text-lg font-semibold" data-testid="acting-for">
          {account.actingFor
            ? format(a.actingOrganisation, { name: account.actingFor.name, code: account.actingFor.enterpriseCode })
            : a.actingSelf}
        </p>
        {account.actingFor && (
          <p>
            <Link href={localePath(locale, "/to-chuc")}>{a.organisationDossiers}</Link>
          </p>
        )}
        {!organisationAccount && (
          <>
            {organisations.length > 0 && (
              <div>
                <h3 className="font-semibold">{a.myOrganisations}</h3>
                <ul className="list-disc pl-6">
                  {organisations.map((o) => (
                    <li key={o.id}>
                      {o.name} ({o.enterpriseCode}) – {o.asLegalRepresentative ? a.legalRepresentative : a.mandated}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <ActForForm locale={locale} actingForSomeone={Boolean(account.actingFor)} state={stateOf("act-for")} />
          </>
        )}
      </section>

      {mandates && (
        <section aria-labelledby="mandates-heading" className="space-y-3">
          <h2 id="mandates-heading" className="text-2xl font-bold">
            {a.mandatesHeading}
          </h2>
          {mandates.length === 0 ? (
            <p>{a.noMandates}</p>
          ) : (
            <ul className="divide-y divide-gray-300 border-y border-gray-300">
              {mandates.map((m) => (
                <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>
                    {m.holderName} ({m.maskedIdNumber})
                  </span>
                  <form action={revokeMandateAction.bind(null, locale)}>
                    <input type="hidden" name="id" value={m.id} />
                    <button
                      type="submit"
                      className="min-h-11 rounded border-2 border-brand-800 px-3 font-semibold text-brand-800"
                    >
                      {format(a.revokeMandate, { name: m.holderName })}
                    </button>
                  </form>
                </li>
              ))}
            </ul>
          )}
          <GrantMandateForm locale={locale} state={stateOf("mandate")} />
        </section>
      )}

      <p>
        <Link href={localePath(locale, "/kho-du-lieu")}>{accountMessages[locale].links.dataStore}</Link>
      </p>
      <p>
        <Link href={localePath(locale, "/phan-anh")}>{accountMessages[locale].links.complaints}</Link>
      </p>
      {/* A file download, not a page: a plain link, so the browser saves it. */}
      <p>
        <a href="/api/account/data-export" download>
          {accountMessages[locale].links.export}
        </a>
      </p>

      {account.roles.length > 0 && (
        <section aria-labelledby="roles-heading">
          <h2 id="roles-heading" className="text-2xl font-bold">
            {a.rolesHeading}
          </h2>
          <p>
            <Link href={localePath(locale, "/clerk")}>{a.staffAreaLink}</Link>
          </p>
        </section>
      )}

      <form action={signOutAction}>
        <button type="submit" className="min-h-12 rounded border-2 border-gray-800 px-6 font-semibold">
          {a.signOut}
        </button>
      </form>
    </div>
  );
}
