// The public statistics as shown: the period's date fields and the figures (charts and the
// table of the open-data API's numbers).
import { FILTER_CONTROL } from "@/components/form/filter-select";
import { BarList } from "@/components/statistics/bar-list";
import { FiguresTable } from "@/components/statistics/figures-table";
import { formatShare } from "@/lib/statistics/format";
import { formatDate, formatDateTime, formatNumber } from "@/lib/i18n/format";
import { pick, type Locale } from "@/lib/i18n/locales";
import { isoDay, type StatisticsParams } from "@/lib/statistics/params";
import { type PublicStatistics } from "@/lib/statistics/queries";
import { statisticsMessages } from "@/lib/i18n/messages/statistics";
import { format } from "@/lib/i18n/template";

export function DateInput({
  name,
  label,
  value,
  error,
  locale,
}: {
  name: string;
  label: string;
  value: string;
  error?: { vi: string; en: string };
  locale: Locale;
}) {
  return (
    <div className={error ? "border-l-4 border-red-700 pl-3" : undefined}>
      <label htmlFor={name} className="block font-semibold">
        {label}
      </label>
      {error && (
        <p id={`${name}-error`} className="font-semibold text-red-800">
          {pick(locale, error)}
        </p>
      )}
      <input
        id={name}
        name={name}
        type="date"
        defaultValue={value}
        className={FILTER_CONTROL}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${name}-error` : undefined}
      />
    </div>
  );
}

export function Figures({
  locale,
  statistics,
  params,
  by,
}: {
  locale: Locale;
  statistics: PublicStatistics;
  params: StatisticsParams;
  by: string;
}) {
  const t = statisticsMessages[locale].public;
  const i = statistics.total.indicators;
  const most = Math.max(1, ...statistics.rows.map((r) => r.totals.submitted));
  const apiQuery = new URLSearchParams({
    from: isoDay(params.from),
    to: isoDay(params.to),
    by: params.by,
    ...(params.agency ? { agency: params.agency } : {}),
    ...(params.field ? { field: params.field } : {}),
    ...(params.procedure ? { procedure: params.procedure } : {}),
  });
  const name = (r: { nameVi: string; nameEn: string }) => pick(locale, { vi: r.nameVi, en: r.nameEn });
  const tiles: [string, string][] = [
    [t.received, formatNumber(i.submitted, locale)],
    [t.decided, formatNumber(i.decided, locale)],
    [t.onTime, formatShare(i.onTimeRate, locale)],
    [t.online, formatShare(i.onlineShare, locale)],
    [t.paidOnline, formatShare(i.onlinePaymentShare, locale)],
    [
      t.days,
      i.averageProcessingDays === null ? "—" : `${formatNumber(i.averageProcessingDays, locale, 1)} ${t.daysUnit}`,
    ],
    [t.satisfaction, formatShare(i.satisfaction, locale)],
  ];
  return (
    <section aria-labelledby="figures-heading" className="space-y-5">
      <h2 id="figures-heading" className="text-2xl font-bold">
        {format(t.period, { from: formatDate(isoDay(params.from)), to: formatDate(isoDay(params.to)) })}
      </h2>
      <p className="text-muted">
        {format(t.asOf, { time: formatDateTime(statistics.asOf, locale) })}
        {statistics.pending > 0 ? ` ${format(t.pending, { n: statistics.pending })}` : ""}
      </p>
      <h3 className="sr-only">{t.tiles}</h3>
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" data-testid="statistics-tiles">
        {tiles.map(([label, value]) => (
          <div key={label} className="rounded border-2 border-slate-300 p-3">
            <dt className="text-sm font-semibold">{label}</dt>
            <dd className="text-2xl font-bold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      {statistics.rows.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <>
          <div className="grid gap-4 lg:grid-cols-2">
            <BarList
              id="chart-on-time"
              caption={format(t.chartOnTime, { by })}
              note={t.chartOnTimeNote}
              empty={t.noneDecided}
              bars={statistics.rows
                .filter((r) => r.indicators.decided > 0)
                .map((r) => ({
                  key: r.key,
                  label: name(r),
                  value: r.indicators.onTimeRate ?? 0,
                  tone: (r.indicators.onTimeRate ?? 0) >= 0.9 ? "good" : "bad",
                  text: format(t.onTimeOf, {
                    rate: formatShare(r.indicators.onTimeRate, locale),
                    n: r.indicators.onTime,
                    d: r.indicators.decided,
                  }),
                }))}
            />
            <BarList
              id="chart-volume"
              caption={format(t.chartVolume, { by })}
              note={format(t.chartVolumeNote, { by })}
              bars={statistics.rows
                .filter((r) => r.totals.submitted > 0)
                .map((r) => ({
                  key: r.key,
                  label: name(r),
                  value: r.totals.submitted / most,
                  text: format(t.volumeOf, {
                    n: formatNumber(r.totals.submitted, locale),
                    online: formatShare(r.indicators.onlineShare, locale),
                  }),
                }))}
            />
          </div>
          <FiguresTable
            id="statistics-table"
            locale={locale}
            caption={format(t.table, { by })}
            nameHeading={t.groupings[params.by]}
            total={statistics.total}
            rows={statistics.rows.map((r) => ({ key: r.key, name: name(r), figures: r }))}
          />
        </>
      )}
      <section aria-labelledby="open-data-heading" className="space-y-1">
        <h3 id="open-data-heading" className="text-xl font-bold">
          {t.openData}
        </h3>
        <p>
          {t.openDataText} <a href={`/api/open-data/v1/statistics?${apiQuery}`}>{t.json}</a>
          {" · "}
          <a href={`/api/open-data/v1/statistics?${apiQuery}&format=csv`}>{t.csv}</a>
          {" · "}
          <a href="/api/open-data/v1/openapi.json">{t.openapi}</a>
        </p>
      </section>
    </section>
  );
}
