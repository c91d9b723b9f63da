// The leaders' dashboard as it is shown: the period form, the service index, the figures by
// agency and procedure, and the overdue dossiers with the officer holding each.
import Link from "next/link";
import { FILTER_CONTROL } from "@/components/form/filter-select";
import { PageLinks } from "@/components/layout/page-links";
import { BarList } from "@/components/statistics/bar-list";
import { FiguresTable } from "@/components/statistics/figures-table";
import { formatPercent, formatShare } from "@/lib/statistics/format";
import { formatDate, formatDateTime, formatNumber } from "@/lib/i18n/format";
import { localePath, pick, type Locale } from "@/lib/i18n/locales";
import { STEP_NAMES } from "@/lib/dossiers/steps";
import { isoDay } from "@/lib/statistics/params";
import type { GroupKey } from "@/lib/statistics/score";
import { statisticsMessages } from "@/lib/i18n/messages/statistics";
import { OVERDUE_PAGE_SIZE, type Dashboard } from "@/lib/statistics/dashboard";
import { format } from "@/lib/i18n/template";

export function PeriodForm({
  locale,
  from,
  to,
  agency,
  procedure,
}: {
  locale: Locale;
  from: string;
  to: string;
  agency?: string;
  procedure?: string;
}) {
  const t = statisticsMessages[locale].dashboard;
  return (
    <form
      method="get"
      aria-label={t.period}
      className="flex flex-wrap items-end gap-3 rounded border border-slate-300 p-3"
      noValidate
    >
      {agency && <input type="hidden" name="agency" value={agency} />}
      {procedure && <input type="hidden" name="procedure" value={procedure} />}
      <div>
        <label htmlFor="from" className="block font-semibold">
          {t.from}
        </label>
        <input id="from" name="from" type="date" defaultValue={from} className={FILTER_CONTROL} />
      </div>
      <div>
        <label htmlFor="to" className="block font-semibold">
          {t.to}
        </label>
        <input id="to" name="to" type="date" defaultValue={to} className={FILTER_CONTROL} />
      </div>
      <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 font-semibold text-white">
        {t.show}
      </button>
    </form>
  );
}

export function DashboardView({ locale, d }: { locale: Locale; d: Dashboard }) {
  const t = statisticsMessages[locale].dashboard;
  const name = (n: { nameVi: string; nameEn: string }) => pick(locale, { vi: n.nameVi, en: n.nameEn });
  const path = localePath(locale, "/clerk/thong-ke");
  const period = { from: isoDay(d.from), to: isoDay(d.to) };
  const href = (extra: Record<string, string>) => `${path}?${new URLSearchParams({ ...extra, ...period })}`;
  const top = d.scope.agencyIds === "all" ? t.city : t.yourAgencies;
  const here = d.procedure ? name(d.procedure) : d.agency ? name(d.agency) : top;
  const overdueTotal = d.rows.reduce((sum, r) => sum + r.overdueNow, 0);
  return (
    <div className="space-y-6">
      <nav aria-label={t.breadcrumb}>
        <ol className="flex flex-wrap gap-2 text-sm">
          <li>{d.level === "city" ? <span aria-current="page">{top}</span> : <Link href={href({})}>{top}</Link>}</li>
          {d.agency && (
            <li>
              ›{" "}
              {d.level === "agency" ? (
                <span aria-current="page">{name(d.agency)}</span>
              ) : (
                <Link href={href({ agency: d.agency.key })}>{name(d.agency)}</Link>
              )}
            </li>
          )}
          {d.procedure && (
            <li>
              › <span aria-current="page">{name(d.procedure)}</span>
            </li>
          )}
        </ol>
      </nav>
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="text-xl font-semibold" data-testid="dashboard-scope">
        {here}
      </p>
      {d.scope.readOnly && (
        <p className="border-l-4 border-brand-700 pl-3" data-testid="read-only">
          {t.readOnly}
        </p>
      )}
      <PeriodForm
        locale={locale}
        from={period.from}
        to={period.to}
        agency={d.agency?.key}
        procedure={d.procedure?.key}
      />
      <p className="text-muted">
        {formatDate(period.from)} – {formatDate(period.to)}. {format(t.asOf, { time: formatDateTime(d.asOf, locale) })}
        {d.pending > 0 ? ` ${format(t.pending, { n: d.pending })}` : ""}
      </p>

      <section aria-labelledby="index-heading" className="space-y-3">
        <h2 id="index-heading" className="text-2xl font-bold">
          {t.index}
        </h2>
        <p className="text-3xl font-bold tabular-nums" data-testid="index-total">
          {d.index.total === null ? t.notMeasured : format(t.outOf, { points: formatNumber(d.index.total, locale, 1) })}
        </p>
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="index-caption">
          <table className="w-full min-w-[40rem] text-left" data-testid="index-table">
            <caption id="index-caption" className="sr-only">
              {t.index}
            </caption>
            <thead>
              <tr className="border-b-2 border-gray-700">
                {[t.group, t.indicator, t.value, t.target, t.points].map((h) => (
                  <th key={h} scope="col" className="py-2 pr-3">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {d.index.groups.map((g) =>
                g.indicators.map((i, n) => (
                  <tr
                    key={i.key}
                    className={
                      n === g.indicators.length - 1 ? "border-b-2 border-gray-400" : "border-b border-gray-200"
                    }
                  >
                    {n === 0 && (
                      <th scope="rowgroup" rowSpan={g.indicators.length} className="py-2 pr-3 align-top">
                        {t.groups[g.key as GroupKey]}
                        <br />
                        <span className="font-normal tabular-nums">
                          {g.points === null ? t.notMeasured : `${formatNumber(g.points, locale, 1)}/${g.weight}`}
                        </span>
                      </th>
                    )}
                    <td className="py-2 pr-3">{t.indicators[i.key]}</td>
                    <td className="py-2 pr-3 tabular-nums">{formatShare(i.value, locale)}</td>
                    <td className="whitespace-nowrap py-2 pr-3 tabular-nums">
                      ≥{"\u00a0"}
                      {formatPercent(i.target, locale)}
                    </td>
                    <td className="py-2 pr-3 tabular-nums">
                      {i.points === null ? "—" : `${formatNumber(i.points, locale, 1)}/${i.weight}`}
                    </td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      </section>

      <BarList
        id="trend"
        caption={t.trend}
        note={t.trendNote}
        bars={d.trend.map((m) => ({
          key: m.month,
          label: `${m.month.slice(5)}/${m.month.slice(0, 4)}`,
          value: m.figures.indicators.onTimeRate ?? 0,
          tone: (m.figures.indicators.onTimeRate ?? 1) >= 0.9 ? "good" : "bad",
          text:
            m.figures.indicators.decided === 0
              ? format(t.trendNone, { n: m.figures.indicators.submitted })
              : format(t.trendOf, {
                  rate: formatShare(m.figures.indicators.onTimeRate, locale),
                  d: m.figures.indicators.decided,
                  n: m.figures.indicators.submitted,
                }),
        }))}
      />

      {d.level !== "procedure" && (
        <FiguresTable
          id="drill-down"
          locale={locale}
          caption={d.level === "city" ? t.byAgency : t.byProcedure}
          nameHeading={d.level === "city" ? t.agencyCol : t.procedureCol}
          total={d.figures}
          extra={{ heading: t.overdueNow, total: formatNumber(overdueTotal, locale) }}
          rows={d.rows.map((r) => ({
            key: r.key,
            name: name(r),
            href: href(r.href),
            figures: r.figures,
            extra: formatNumber(r.overdueNow, locale),
          }))}
        />
      )}

      <section aria-labelledby="overdue-heading" className="space-y-3">
        <h2 id="overdue-heading" className="text-2xl font-bold">
          {format(t.overdue, { n: formatNumber(d.overdue.total, locale) })}
        </h2>
        {d.overdue.items.length === 0 ? (
          <p>{t.overdueNone}</p>
        ) : (
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="overdue-heading">
            <table className="w-full min-w-[48rem] text-left" data-testid="overdue-table">
              <thead>
                <tr className="border-b-2 border-gray-700">
                  {[t.code, t.procedure, t.agency, t.step, t.holder, t.heldSince, t.due, t.late].map((h) => (
                    <th key={h} scope="col" className="py-2 pr-3">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {d.overdue.items.map((o) => (
                  <tr key={o.code} className="border-b border-gray-300" data-testid="overdue-row">
                    <td className="py-2 pr-3 font-mono">
                      <Link href={localePath(locale, `/clerk/ho-so/${encodeURIComponent(o.code)}?tu=thong-ke`)}>
                        {o.code}
                      </Link>
                    </td>
                    <td className="py-2 pr-3">{name(o.procedure)}</td>
                    <td className="py-2 pr-3">{name(o.agency)}</td>
                    <td className="py-2 pr-3">{pick(locale, STEP_NAMES[o.step])}</td>
                    <td className="py-2 pr-3 font-semibold" data-testid="overdue-holder">
                      {o.holderName ?? t.nobody}
                    </td>
                    <td className="py-2 pr-3">
                      {o.heldSince
                        ? `${formatDateTime(o.heldSince, locale)} ` +
                          `(${format(t.days, { n: formatNumber(o.heldDays, locale, 1) })})`
                        : "—"}
                    </td>
                    <td className="py-2 pr-3">{formatDateTime(o.appointmentAt, locale)}</td>
                    <td className="py-2 pr-3 font-semibold text-red-800">
                      {format(t.days, { n: formatNumber(o.overdueDays, locale, 1) })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <PageLinks
          locale={locale}
          page={d.overdue.page}
          total={d.overdue.total}
          pageSize={OVERDUE_PAGE_SIZE}
          label={t.overduePages}
          hrefOf={(p) =>
            href({
              ...(d.agency ? { agency: d.agency.key } : {}),
              ...(d.procedure ? { procedure: d.procedure.key } : {}),
              trang: String(p),
            })
          }
        />
      </section>

      <section aria-labelledby="consultations-heading" className="space-y-3">
        <h2 id="consultations-heading" className="text-2xl font-bold">
          {t.consultations}
        </h2>
        <p>{t.consultationsNote}</p>
        {d.consultations.length === 0 ? (
          <p>{t.consultationsNone}</p>
        ) : (
          <table className="w-full text-left" data-testid="consultations-table">
            <thead>
              <tr className="border-b-2 border-gray-700">
                {[t.askedAgency, t.consultationsCount, t.oldest].map((h) => (
                  <th key={h} scope="col" className="py-2 pr-3">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {d.consultations.map((c) => (
                <tr key={c.agency.key} className="border-b border-gray-300">
                  <th scope="row" className="py-2 pr-3 font-normal">
                    {name(c.agency)}
                  </th>
                  <td className="py-2 pr-3 tabular-nums">{formatNumber(c.overdue, locale)}</td>
                  <td className="py-2 pr-3">{formatDateTime(c.oldestDueAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
