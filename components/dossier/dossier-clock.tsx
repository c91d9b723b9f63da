import type { DossierClock as Clock } from "@/lib/dossiers/clock";
import type { Locale } from "@/lib/i18n/locales";

const TEXT = {
  vi: {
    label: "Thời hạn giải quyết đã dùng", used: "Đã dùng {used}/{allowed} ngày làm việc, còn {left} ngày.",
    paused: "Đang tạm dừng: hồ sơ chờ bạn bổ sung hoặc nộp tiền; thời gian chờ không tính vào thời hạn.",
    pausedStaff: "Đang tạm dừng: hồ sơ chờ người nộp bổ sung hoặc nộp tiền; thời gian chờ không tính vào thời hạn.",
    overdue: "Quá hạn {days} ngày làm việc.", reappointed: "Cơ quan đã xin lỗi và hẹn lại ngày trả kết quả.",
  },
  en: {
    label: "Time limit used", used: "{used} of {allowed} working days used, {left} left.",
    paused: "Paused: the dossier waits for your supplement or payment; waiting does not count against the time limit.",
    pausedStaff: "Paused: the dossier waits for the applicant's supplement or payment; waiting does not count against the time limit.",
    overdue: "Overdue by {days} working days.", reappointed: "The agency apologised and set a new date for the result.",
  },
};

/** The legal clock of a running dossier: a meter of the time used and the days in words. */
export function DossierClock({ locale, clock, id, forStaff = false }: { locale: Locale; clock: Clock; id: string; forStaff?: boolean }) {
  const t = TEXT[locale];
  const days = (n: number) => new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 1 }).format(n);
  const overdue = clock.overdueDays > 0;
  return (
    <div className="space-y-1" data-testid="dossier-clock">
      <label htmlFor={id} className="sr-only">{t.label}</label>
      <meter id={id} min={0} max={1} low={0.75} high={0.99} optimum={0} value={overdue ? 1 : clock.share} className="block h-4 w-full max-w-md">
        {Math.round(clock.share * 100)}%
      </meter>
      <p className={overdue ? "font-semibold text-red-800" : undefined}>
        {t.used.replace("{used}", days(clock.usedDays)).replace("{allowed}", days(clock.allowedDays)).replace("{left}", days(clock.leftDays))}
        {overdue && ` ${t.overdue.replace("{days}", days(clock.overdueDays))}`}
      </p>
      {clock.paused && <p>{forStaff ? t.pausedStaff : t.paused}</p>}
      {clock.reappointed && <p>{t.reappointed}</p>}
    </div>
  );
}
