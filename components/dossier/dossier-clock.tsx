import type { DossierClock as Clock } from "@/lib/dossiers/clock";
import type { Locale } from "@/lib/i18n/locales";
import { dossierMessages } from "@/lib/i18n/messages/dossier";

/** The legal clock of a running dossier: a meter of the time used and the days in words. */
export function DossierClock({
  locale,
  clock,
  id,
  forStaff = false,
}: {
  locale: Locale;
  clock: Clock;
  id: string;
  forStaff?: boolean;
}) {
  const t = dossierMessages[locale].clock;
  const days = (n: number) =>
    new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 1 }).format(n);
  const overdue = clock.overdueDays > 0;
  return (
    <div className="space-y-1" data-testid="dossier-clock">
      <label htmlFor={id} className="sr-only">
        {t.label}
      </label>
      <meter
        id={id}
        min={0}
        max={1}
        low={0.75}
        high={0.99}
        optimum={0}
        value={overdue ? 1 : clock.share}
        className="block h-4 w-full max-w-md"
      >
        {Math.round(clock.share * 100)}%
      </meter>
      <p className={overdue ? "font-semibold text-red-800" : undefined}>
        {t.used
          .replace("{used}", days(clock.usedDays))
          .replace("{allowed}", days(clock.allowedDays))
          .replace("{left}", days(clock.leftDays))}
        {overdue && ` ${t.overdue.replace("{days}", days(clock.overdueDays))}`}
      </p>
      {clock.paused && <p>{forStaff ? t.pausedStaff : t.paused}</p>}
      {clock.reappointed && <p>{t.reappointed}</p>}
    </div>
  );
}
