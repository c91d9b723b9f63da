// Locale-aware formatting of amounts, dates and time limits.
import type { TimeLimitUnit } from "@/lib/generated/prisma/enums";

/** A legal time limit as pages show it (a procedure version's, lib/procedures/dto.ts). */
export type TimeLimit = {
  value: number;
  unit: TimeLimitUnit;
  sameDayCutoff: string | null;
  note: { vi: string; en: string } | null;
};
import type { Locale } from "./locales";
import { format, getMessages } from "./messages";

export function formatVnd(amount: number, locale: Locale): string {
  return `${new Intl.NumberFormat(locale === "en" ? "en-US" : "vi-VN").format(amount)} đ`;
}

/** A count or measure grouped the local way ("1.234,5" in Vietnamese); "—" for what cannot be measured. */
export function formatNumber(value: number | null, locale: Locale, fractionDigits = 0): string {
  return value === null
    ? "—"
    : new Intl.NumberFormat(locale === "en" ? "en-GB" : "vi-VN", {
        maximumFractionDigits: fractionDigits,
        minimumFractionDigits: fractionDigits,
      }).format(value);
}

/** A file's size in kilobytes, at least 1 ("12 KB"). */
export function formatFileSize(bytes: number, locale: Locale): string {
  return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), locale)} KB`;
}

/** YYYY-MM-DD as dd/mm/yyyy, the form used on Vietnamese administrative documents. */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.split("-");
  return `${d}/${m}/${y}`;
}

export function formatTimeLimit(limit: TimeLimit, locale: Locale): string {
  const t = getMessages(locale).timeLimit;
  switch (limit.unit) {
    case "SAME_DAY":
      return limit.sameDayCutoff ? format(t.sameDayCutoff, { cutoff: limit.sameDayCutoff }) : t.sameDay;
    case "WORKING_DAYS":
      return format(t.workingDays, { count: limit.value });
    case "CALENDAR_DAYS":
      return format(t.calendarDays, { count: limit.value });
  }
}

/** A moment as people in Vietnam read it: "20:47 23/11/2026" (with seconds when asked), in Vietnam time. */
export function formatDateTime(at: Date, locale: Locale = "vi", options: { seconds?: boolean } = {}): string {
  const parts = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "vi-VN", {
    hour: "2-digit",
    minute: "2-digit",
    ...(options.seconds ? { second: "2-digit" } : {}),
    hourCycle: "h23",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    timeZone: "Asia/Ho_Chi_Minh",
  }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  const time = [get("hour"), get("minute"), ...(options.seconds ? [get("second")] : [])].join(":");
  return `${time} ${get("day")}/${get("month")}/${get("year")}`;
}
