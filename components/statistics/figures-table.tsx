// The figures as a table: what the charts show, every number, for screen readers, copying
// and checking. One row per agency, field or procedure, the total last.
import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import type { Figures } from "@/lib/statistics/queries";
import { figureCells } from "@/lib/statistics/format";
import { statisticsMessages } from "@/lib/i18n/messages/statistics";

export const FIGURE_HEADINGS = {
  vi: {
    submitted: "Tiếp nhận",
    decided: "Đã giải quyết",
    onTime: "Đúng hạn",
    late: "Trễ hạn",
    onTimeRate: "Tỷ lệ đúng hạn",
    onlineShare: "Nộp trực tuyến",
    onlinePaymentShare: "Thanh toán trực tuyến",
    averageProcessingDays: "Thời gian xử lý trung bình (ngày làm việc)",
    satisfaction: "Mức độ hài lòng",
  },
  en: {
    submitted: "Submitted",
    decided: "Decided",
    onTime: "On time",
    late: "Late",
    onTimeRate: "On-time rate",
    onlineShare: "Filed online",
    onlinePaymentShare: "Paid online",
    averageProcessingDays: "Average processing time (working days)",
    satisfaction: "Satisfaction",
  },
} as const;

export type FigureRow = { key: string; name: string; href?: string; figures: Figures; extra?: string };

type TableProps = {
  id: string;
  caption: string;
  nameHeading: string;
  rows: FigureRow[];
  total: Figures;
  locale: Locale;
  extra?: { heading: string; total: string };
};

export function FiguresTable({ id, caption, nameHeading, rows, total, locale, extra }: TableProps) {
  const h = FIGURE_HEADINGS[locale];
  return (
    // Focusable so that keyboard users can scroll it sideways on a phone.
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
      <table className="w-full min-w-[48rem] text-left" data-testid={id}>
        <caption id={`${id}-caption`} className="mb-2 text-left text-lg font-bold">
          {caption}
        </caption>
        <thead>
          <tr className="border-b-2 border-gray-700 align-bottom">
            <th scope="col" className="py-2 pr-3">
              {nameHeading}
            </th>
            {Object.values(h).map((heading) => (
              <th key={heading} scope="col" className="py-2 pr-3 text-right">
                {heading}
              </th>
            ))}
            {extra && (
              <th scope="col" className="py-2 pr-3 text-right">
                {extra.heading}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-gray-300" data-key={row.key}>
              <th scope="row" className="py-2 pr-3 font-normal">
                {row.href ? <Link href={row.href}>{row.name}</Link> : row.name}
              </th>
              {figureCells(row.figures.indicators, locale).map((cell, i) => (
                <td key={i} className="py-2 pr-3 text-right tabular-nums">
                  {cell}
                </td>
              ))}
              {extra && <td className="py-2 pr-3 text-right tabular-nums">{row.extra}</td>}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-gray-700 font-semibold" data-key="total">
            <th scope="row" className="py-2 pr-3">
              {statisticsMessages[locale].total}
            </th>
            {figureCells(total.indicators, locale).map((cell, i) => (
              <td key={i} className="py-2 pr-3 text-right tabular-nums">
                {cell}
              </td>
            ))}
            {extra && <td className="py-2 pr-3 text-right tabular-nums">{extra.total}</td>}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
