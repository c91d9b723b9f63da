import { titled } from "@/lib/i18n/titles";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ErrorSummary } from "@/components/form/error-summary";
import { FilterSelect } from "@/components/form/filter-select";
import { ValidationError } from "@/lib/errors";
import { isLocale, localePath, pick } from "@/lib/i18n/locales";
import { isoDay, PARAM_MESSAGES, parseStatisticsParams } from "@/lib/statistics/params";
import { listStatisticsFilters, readStatistics, type PublicStatistics } from "@/lib/statistics/queries";
import { statisticsMessages } from "@/lib/i18n/messages/statistics";
import { DateInput, Figures } from "./_components/statistics-view";

export const dynamic = "force-dynamic";
export const generateMetadata = titled({
  vi: "Thống kê giải quyết thủ tục hành chính",
  en: "Statistics of administrative procedures",
});

/** Public: the city's statistics for a period, by agency, field or procedure, as charts and a table. */
export default async function StatisticsPage({ params, searchParams }: PageProps<"/[locale]/thong-ke">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = statisticsMessages[locale].public;
  const query = await searchParams;
  const parsed = parseStatisticsParams(query);
  let problems: Record<string, { vi: string; en: string }> = {};
  let statistics: PublicStatistics | null = null;
  if (!parsed.ok)
    problems = Object.fromEntries(Object.entries(parsed.problems).map(([k, p]) => [k, PARAM_MESSAGES[p!]]));
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
      <form
        method="get"
        aria-labelledby="filters-heading"
        className="grid gap-3 rounded border border-slate-300 p-3 sm:grid-cols-2 lg:grid-cols-3"
        noValidate
      >
        <h2 id="filters-heading" className="text-xl font-bold sm:col-span-2 lg:col-span-3">
          {t.filters}
        </h2>
        <DateInput
          name="from"
          label={t.from}
          value={raw("from") ?? (current ? isoDay(current.from) : "")}
          error={error("from")}
          locale={locale}
        />
        <DateInput
          name="to"
          label={t.to}
          value={raw("to") ?? (current ? isoDay(current.to) : "")}
          error={error("to")}
          locale={locale}
        />
        <FilterSelect
          name="by"
          label={t.by}
          value={current?.by ?? "agency"}
          options={(["agency", "field", "procedure"] as const).map((g) => [g, t.groupings[g]])}
        />
        <FilterSelect
          name="agency"
          label={t.agency}
          any={t.all}
          value={raw("agency")}
          options={agencies.map((a) => [a.slug, pick(locale, { vi: a.nameVi, en: a.nameEn })])}
          invalid={!!error("agency")}
        />
        <FilterSelect
          name="field"
          label={t.field}
          any={t.all}
          value={raw("field")}
          options={fields.map((f) => [f.slug, pick(locale, { vi: f.nameVi, en: f.nameEn })])}
          invalid={!!error("field")}
        />
        <FilterSelect
          name="procedure"
          label={t.procedure}
          any={t.all}
          value={raw("procedure")}
          options={procedures.map((p) => [p.slug, pick(locale, { vi: p.nameVi, en: p.nameEn })])}
          invalid={!!error("procedure")}
        />
        <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-3">
          <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 font-semibold text-white">
            {t.show}
          </button>
          <Link href={localePath(locale, "/thong-ke")} className="inline-flex min-h-11 items-center font-semibold">
            {t.clear}
          </Link>
        </div>
      </form>
      {statistics && current && <Figures locale={locale} statistics={statistics} params={current} by={by} />}
    </div>
  );
}
