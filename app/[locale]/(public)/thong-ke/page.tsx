import { titled } from "@/lib/i18n/titles";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ErrorSummary } from "@/components/form/error-summary";
import { FILTER_CONTROL, FilterSelect } from "@/components/form/filter-select";
import { BarList } from "@/components/statistics/bar-list";
import { FiguresTable } from "@/components/statistics/figures-table";
import { formatShare } from "@/lib/statistics/format";
import { ValidationError } from "@/lib/errors";
import { formatDate, formatDateTime, formatNumber } from "@/lib/i18n/format";
import { isLocale, localePath, pick, type Locale } from "@/lib/i18n/locales";
import { isoDay, PARAM_MESSAGES, parseStatisticsParams, type StatisticsParams } from "@/lib/statistics/params";
import { listStatisticsFilters, readStatistics, type PublicStatistics } from "@/lib/statistics/queries";
import { statisticsMessages } from "@/lib/i18n/messages/statistics";

export const dynamic = "force-dynamic";
export const generateMetadata = titled({ vi: "Thống kê giải quyết thủ tục hành chính", en: "Statistics of administrative procedures" });

const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ""));

/** Public: the city's statistics for a period, by agency, field or procedure, as charts and a table. */
export default async function StatisticsPage({ params, searchParams }: PageProps<"/[locale]/thong-ke">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = statisticsMessages[locale].public;
  const query = await searchParams;
  const parsed = parseStatisticsParams(query);
  let problems: Record<string, { vi: string; en: string }> = {};
  let statistics: PublicStatistics | null = null;
  if (!parsed.ok) problems = Object.fromEntries(Object.entries(parsed.problems).map(([k, p]) => [k, PARAM_MESSAGES[p!]]));
  else {
    try {
      statistics = await readStatistics(parsed.params);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      problems = error.fieldErrors;
    }
  }
  const { agencies, fields, procedures } = await listStatisticsFilters();
  const raw = (key: string) => (typeof query[key] === "string" ? (query[key] as string) : undefined);
  const current = parsed.ok ? parsed.params : undefined;
  const by = t.groupings[current?.by ?? "agency"].toLowerCase();
  const error = (key: string) => problems[key];
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p>{t.intro}</p>
      <ErrorSummary state={{ fieldErrors: problems }} locale={locale} title={t.summary} />
      <form method="get" aria-labelledby="filters-heading" className="grid gap-3 rounded border border-slate-300 p-3 sm:grid-cols-2 lg:grid-cols-3" noValidate>
        <h2 id="filters-heading" className="text-xl font-bold sm:col-span-2 lg:col-span-3">{t.filters}</h2>
        <DateInput name="from" label={t.from} value={raw("from") ?? (current ? isoDay(current.from) : "")} error={error("from")} locale={locale} />
        <DateInput name="to" label={t.to} value={raw("to") ?? (current ? isoDay(current.to) : "")} error={error("to")} locale={locale} />
        <FilterSelect name="by" label={t.by} value={current?.by ?? "agency"} options={(["agency", "field", "procedure"] as const).map((g) => [g, t.groupings[g]])} />
        <FilterSelect name="agency" label={t.agency} any={t.all} value={raw("agency")} options={agencies.map((a) => [a.slug, pick(locale, { vi: a.nameVi, en: a.nameEn })])} invalid={!!error("agency")} />
        <FilterSelect name="field" label={t.field} any={t.all} value={raw("field")} options={fields.map((f) => [f.slug, pick(locale, { vi: f.nameVi, en: f.nameEn })])} invalid={!!error("field")} />
        <FilterSelect name="procedure" label={t.procedure} any={t.all} value={raw("procedure")} options={procedures.map((p) => [p.slug, pick(locale, { vi: p.nameVi, en: p.nameEn })])} invalid={!!error("procedure")} />
        <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-3">
          <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 font-semibold text-white">{t.show}</button>
          <Link href={localePath(locale, "/thong-ke")} className="inline-flex min-h-11 items-center font-semibold">{t.clear}</Link>
        </div>
      </form>
      {statistics && current && <Figures locale={locale} statistics={statistics} params={current} by={by} />}
    </div>
  );
}

function DateInput({ name, label, value, error, locale }: { name: string; label: string; value: string; error?: { vi: string; en: string }; locale: Locale }) {
  return (
    <div className={error ? "border-l-4 border-red-700 pl-3" : undefined}>
      <label htmlFor={name} className="block font-semibold">{label}</label>
      {error && <p id={`${name}-error`} className="font-semibold text-red-800">{pick(locale, error)}</p>}
      <input id={name} name={name} type="date" defaultValue={value} className={FILTER_CONTROL} aria-invalid={error ? true : undefined} aria-describedby={error ? `${name}-error` : undefined} />
    </div>
  );
}

function Figures({ locale, statistics, params, by }: { locale: Locale; statistics: PublicStatistics; params: StatisticsParams; by: string }) {
  const t = statisticsMessages[locale].public;
  const i = statistics.total.indicators;
  const most = Math.max(1, ...statistics.rows.map((r) => r.totals.submitted));
  const apiQuery = new URLSearchParams({ from: isoDay(params.from), to: isoDay(params.to), by: params.by, ...(params.agency ? { agency: params.agency } : {}), ...(params.field ? { field: params.field } : {}), ...(params.procedure ? { procedure: params.procedure } : {}) });
  const name = (r: { nameVi: string; nameEn: string }) => pick(locale, { vi: r.nameVi, en: r.nameEn });
  const tiles: [string, string][] = [
    [t.received, formatNumber(i.submitted, locale)],
    [t.decided, formatNumber(i.decided, locale)],
    [t.onTime, formatShare(i.onTimeRate, locale)],
    [t.online, formatShare(i.onlineShare, locale)],
    [t.paidOnline, formatShare(i.onlinePaymentShare, locale)],
    [t.days, i.averageProcessingDays === null ? "—" : `${formatNumber(i.averageProcessingDays, locale, 1)} ${t.daysUnit}`],
    [t.satisfaction, formatShare(i.satisfaction, locale)],
  ];
  return (
    <section aria-labelledby="figures-heading" className="space-y-5">
      <h2 id="figures-heading" className="text-2xl font-bold">{fill(t.period, { from: formatDate(isoDay(params.from)), to: formatDate(isoDay(params.to)) })}</h2>
      <p className="text-muted">{fill(t.asOf, { time: formatDateTime(statistics.asOf, locale) })}{statistics.pending > 0 ? ` ${fill(t.pending, { n: statistics.pending })}` : ""}</p>
      <h3 className="sr-only">{t.tiles}</h3>
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" data-testid="statistics-tiles">
        {tiles.map(([label, value]) => (
          <div key={label} className="rounded border-2 border-slate-300 p-3">
            <dt className="text-sm font-semibold">{label}</dt>
            <dd className="text-2xl font-bold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      {statistics.rows.length === 0 ? <p>{t.none}</p> : (
        <>
          <div className="grid gap-4 lg:grid-cols-2">
            <BarList id="chart-on-time" caption={fill(t.chartOnTime, { by })} note={t.chartOnTimeNote} empty={t.noneDecided}
              bars={statistics.rows.filter((r) => r.indicators.decided > 0).map((r) => ({
                key: r.key, label: name(r), value: r.indicators.onTimeRate ?? 0, tone: (r.indicators.onTimeRate ?? 0) >= 0.9 ? "good" : "bad",
                text: fill(t.onTimeOf, { rate: formatShare(r.indicators.onTimeRate, locale), n: r.indicators.onTime, d: r.indicators.decided }),
              }))} />
            <BarList id="chart-volume" caption={fill(t.chartVolume, { by })} note={fill(t.chartVolumeNote, { by })}
              bars={statistics.rows.filter((r) => r.totals.submitted > 0).map((r) => ({
                key: r.key, label: name(r), value: r.totals.submitted / most,
                text: fill(t.volumeOf, { n: formatNumber(r.totals.submitted, locale), online: formatShare(r.indicators.onlineShare, locale) }),
              }))} />
          </div>
          <FiguresTable id="statistics-table" locale={locale} caption={fill(t.table, { by })} nameHeading={t.groupings[params.by]} total={statistics.total}
            rows={statistics.rows.map((r) => ({ key: r.key, name: name(r), figures: r }))} />
        </>
      )}
      <section aria-labelledby="open-data-heading" className="space-y-1">
        <h3 id="open-data-heading" className="text-xl font-bold">{t.openData}</h3>
        <p>{t.openDataText}{" "}
          <a href={`/api/open-data/v1/statistics?${apiQuery}`}>{t.json}</a>{" · "}
          <a href={`/api/open-data/v1/statistics?${apiQuery}&format=csv`}>{t.csv}</a>{" · "}
          <a href="/api/open-data/v1/openapi.json">{t.openapi}</a>
        </p>
      </section>
    </section>
  );
}
