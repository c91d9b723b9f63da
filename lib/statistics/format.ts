// How statistics read on the pages: shares as percentages with one decimal, days with one,
// counts grouped; "—" for what cannot be measured. The open-data API rounds the same values.
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Indicators } from "@/lib/statistics/indicators";

/** Shares as fractions to four places (a percentage to two), days to two: the open-data API gives these, the pages show
 * them shorter. */
export const roundShare = (value: number | null) => (value === null ? null : Math.round(value * 10_000) / 10_000);
export const roundDays = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

const tag = (locale: Locale) => (locale === "vi" ? "vi-VN" : "en-GB");

export function formatShare(value: number | null, locale: Locale): string {
  return value === null
    ? "—"
    : new Intl.NumberFormat(tag(locale), {
        style: "percent",
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }).format(value);
}

/** A target such as 80% or 100%, without decimals. */
export function formatPercent(value: number, locale: Locale): string {
  return new Intl.NumberFormat(tag(locale), { style: "percent", maximumFractionDigits: 0 }).format(value);
}

/** Each figure of a table row as the page shows it, in the table's column order (the e2e test reads the same cells). */
export type ShownFigures = Pick<
  Indicators,
  | "submitted"
  | "decided"
  | "onTime"
  | "late"
  | "onTimeRate"
  | "onlineShare"
  | "onlinePaymentShare"
  | "averageProcessingDays"
  | "satisfaction"
>;

export function figureCells(i: ShownFigures, locale: Locale): string[] {
  return [
    formatNumber(i.submitted, locale),
    formatNumber(i.decided, locale),
    formatNumber(i.onTime, locale),
    formatNumber(i.late, locale),
    formatShare(roundShare(i.onTimeRate), locale),
    formatShare(roundShare(i.onlineShare), locale),
    formatShare(roundShare(i.onlinePaymentShare), locale),
    formatNumber(roundDays(i.averageProcessingDays), locale, 1),
    formatShare(roundShare(i.satisfaction), locale),
  ];
}
