import { notificationPath } from "@/lib/notifications/links";
import Link from "next/link";
import { DossierClock } from "@/components/dossier/dossier-clock";
import { TimeLimitLine } from "@/components/dossier/time-limit-line";
import { PageLinks } from "@/components/layout/page-links";
import type { listDossiersForApplicant } from "@/lib/dossiers/queries";
import { DOSSIER_STATUS, STATUS_LABELS } from "@/lib/dossiers/status";
import type { listNotificationsForSelf } from "@/lib/notifications/queries";
import { formatDateTime } from "@/lib/i18n/format";
import { localePath, pick, type Locale } from "@/lib/i18n/locales";
import { markNotificationsReadAction } from "../actions";
import { accountMessages } from "@/lib/i18n/messages/account";

const when = (date: Date, locale: Locale) => formatDateTime(date, locale);
const dossierPath = (code: string) => `/ho-so/${encodeURIComponent(code)}/xac-nhan`;

export function NotificationsSection({
  locale,
  notifications,
}: {
  locale: Locale;
  notifications: Awaited<ReturnType<typeof listNotificationsForSelf>>;
}) {
  const t = accountMessages[locale].dossierSections;
  return (
    <section aria-labelledby="notifications-heading" className="space-y-2">
      <h2 id="notifications-heading" className="text-2xl font-bold">
        {t.notifications}
      </h2>
      {notifications.unread > 0 && (
        <p className="font-semibold" data-testid="unread-count">
          {t.unread.replace("{n}", String(notifications.unread))}
        </p>
      )}
      {notifications.items.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul className="divide-y divide-gray-300 border-y border-gray-300">
          {notifications.items.map((n) => (
            <li key={n.id} className="py-2">
              <p className="font-semibold">
                {!n.readAt && <span className="mr-2 rounded bg-brand-700 px-2 text-sm text-white">{t.isNew}</span>}
                {n.dossierCode ? (
                  <Link href={localePath(locale, notificationPath(n.kind, n.dossierCode))}>
                    {pick(locale, { vi: n.titleVi, en: n.titleEn })}
                  </Link>
                ) : (
                  pick(locale, { vi: n.titleVi, en: n.titleEn })
                )}
              </p>
              <p>{pick(locale, { vi: n.bodyVi, en: n.bodyEn })}</p>
              <p className="text-sm text-muted">{when(n.createdAt, locale)}</p>
            </li>
          ))}
        </ul>
      )}
      {notifications.unread > 0 && (
        <form action={markNotificationsReadAction.bind(null, locale)}>
          <button type="submit" className="min-h-11 rounded border-2 border-gray-800 px-3">
            {t.markRead}
          </button>
        </form>
      )}
    </section>
  );
}

export function DossiersSection({
  locale,
  dossiers,
}: {
  locale: Locale;
  dossiers: Awaited<ReturnType<typeof listDossiersForApplicant>>;
}) {
  const t = accountMessages[locale].dossierSections;
  const pageLink = (page: number) => `${localePath(locale, "/tai-khoan")}?trang=${page}#dossiers-heading`;
  const row = (d: (typeof dossiers.items)[number]) => (
    <li key={d.code} className="space-y-1 py-3" data-testid="dossier-row">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="font-semibold">{pick(locale, d.procedureName)}</p>
        <Link
          href={localePath(locale, dossierPath(d.code))}
          aria-label={`${d.status === DOSSIER_STATUS.PAYMENT_REQUESTED ? t.pay : t.view}: ${d.code}`}
        >
          {d.status === DOSSIER_STATUS.PAYMENT_REQUESTED ? t.pay : t.view}
        </Link>
      </div>
      <p className="text-sm">
        <span className="font-mono">{d.code}</span> – {pick(locale, STATUS_LABELS[d.status])} –{" "}
        {pick(locale, d.agencyName)}
      </p>
      <p className="text-sm">
        {t.submitted} {when(d.submittedAt, locale)}
        {d.appointmentAt && (
          <>
            {" "}
            · {t.due} <strong>{when(d.appointmentAt, locale)}</strong>
          </>
        )}
      </p>
      {d.clock && <DossierClock locale={locale} clock={d.clock} id={`clock-${d.code}`} />}
      <TimeLimitLine locale={locale} dossier={d} />
    </li>
  );
  return (
    <section aria-labelledby="dossiers-heading" className="space-y-2">
      <h2 id="dossiers-heading" className="text-2xl font-bold">
        {t.dossiers}
      </h2>
      {dossiers.waiting.length > 0 && (
        <>
          <h3 className="text-xl font-bold">{t.waiting}</h3>
          <ul className="divide-y divide-gray-300 border-y border-amber-600" data-testid="dossiers-waiting">
            {dossiers.waiting.map(row)}
          </ul>
        </>
      )}
      {dossiers.items.length === 0 && dossiers.waiting.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <ul className="divide-y divide-gray-300 border-y border-gray-300">{dossiers.items.map(row)}</ul>
      )}
      <PageLinks
        locale={locale}
        page={dossiers.page}
        total={dossiers.total}
        pageSize={dossiers.pageSize}
        hrefOf={pageLink}
        label={t.pages}
      />
    </section>
  );
}
