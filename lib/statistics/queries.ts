// Statistics read from the month and day buckets (StatisticsMonth, StatisticsDay), never
// from the dossiers: a year of the whole city sums twelve months of procedures × agencies
// and the days at the period's ends.
// The public page, the open-data API and the leaders' dashboard all read figures here.
import "server-only";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { addTotals, indicatorsOf, NO_TOTALS, type Indicators, type Totals } from "./indicators";
import { PARAM_MESSAGES, splitPeriod, type Grouping, type StatisticsParams } from "./params";
import { currentTime } from "@/lib/time";

export type Named = { key: string; nameVi: string; nameEn: string };
export type Figures = { totals: Totals; indicators: Indicators };
export type StatisticsRow = Named & Figures;

/** Where to sum: a period, and optionally agencies and procedures. */
export type BucketFilter = { from: Date; to: Date; agencyIds?: string[]; procedureIds?: string[] };

const SUM_FIELDS = {
  submitted: true,
  submittedOnline: true,
  withFee: true,
  paidOnline: true,
  identityVerified: true,
  reusedValues: true,
  totalValues: true,
  finished: true,
  onTime: true,
  timed: true,
  processingMinutes: true,
  complaintOrNegative: true,
  digitised: true,
} as const;

type Sums = { [K in keyof Totals]?: number | bigint | null };
function totalsOfSums(sums: Sums): Totals {
  const totals = { ...NO_TOTALS };
  for (const key of Object.keys(totals) as (keyof Totals)[]) totals[key] = Number(sums[key] ?? 0);
  return totals;
}
export const figuresOf = (totals: Totals): Figures => ({ totals, indicators: indicatorsOf(totals) });

function filterOf(f: BucketFilter) {
  return {
    ...(f.agencyIds ? { agencyId: { in: f.agencyIds } } : {}),
    ...(f.procedureIds ? { procedureId: { in: f.procedureIds } } : {}),
  };
}

/** The sum of every bucket the filter takes. */
export async function sumBuckets(f: BucketFilter): Promise<Figures> {
  const { months, days } = splitPeriod(f.from, f.to);
  const parts = await Promise.all([
    ...(months
      ? [
          db().statisticsMonth.aggregate({
            where: { month: { gte: months.from, lte: months.to }, ...filterOf(f) },
            _sum: SUM_FIELDS,
          }),
        ]
      : []),
    ...days.map((d) =>
      db().statisticsDay.aggregate({ where: { day: { gte: d.from, lte: d.to }, ...filterOf(f) }, _sum: SUM_FIELDS }),
    ),
  ]);
  return figuresOf(parts.map((p) => totalsOfSums(p._sum)).reduce(addTotals, NO_TOTALS));
}

/** Sums by agency or by procedure, keyed by id. */
export async function sumBucketsBy(f: BucketFilter, by: "agencyId" | "procedureId"): Promise<Map<string, Totals>> {
  const { months, days } = splitPeriod(f.from, f.to);
  const parts = await Promise.all([
    ...(months
      ? [
          db().statisticsMonth.groupBy({
            by: [by],
            where: { month: { gte: months.from, lte: months.to }, ...filterOf(f) },
            _sum: SUM_FIELDS,
          }),
        ]
      : []),
    ...days.map((d) =>
      db().statisticsDay.groupBy({
        by: [by],
        where: { day: { gte: d.from, lte: d.to }, ...filterOf(f) },
        _sum: SUM_FIELDS,
      }),
    ),
  ]);
  const sums = new Map<string, Totals>();
  for (const group of parts.flat())
    sums.set(group[by], addTotals(sums.get(group[by]) ?? NO_TOTALS, totalsOfSums(group._sum)));
  return sums;
}

/** Month by month, the first day of each month with its figures (months without buckets are absent). */
export async function sumBucketsByMonth(f: BucketFilter): Promise<{ month: Date; figures: Figures }[]> {
  const agencies = f.agencyIds ? Prisma.sql`AND "agencyId" = ANY(${f.agencyIds}::uuid[])` : Prisma.empty;
  const procedures = f.procedureIds ? Prisma.sql`AND "procedureId" = ANY(${f.procedureIds}::uuid[])` : Prisma.empty;
  const sums = Prisma.sql`sum(submitted) AS submitted, sum("submittedOnline") AS "submittedOnline", sum("withFee")
    AS "withFee", sum("paidOnline") AS "paidOnline",
           sum("identityVerified") AS "identityVerified", sum("reusedValues") AS "reusedValues", sum("totalValues")
    AS "totalValues",
           sum(finished) AS finished, sum("onTime") AS "onTime", sum(timed) AS timed, sum("processingMinutes") AS
    "processingMinutes",
           sum("complaintOrNegative") AS "complaintOrNegative", sum(digitised) AS digitised`;
  const { months, days } = splitPeriod(f.from, f.to);
  const parts = await Promise.all([
    ...(months
      ? [
          db().$queryRaw<(Sums & { month: Date })[]>`
      SELECT "month", ${sums} FROM "StatisticsMonth" WHERE "month" >= ${months.from}::date AND "month" <=
            ${months.to}::date ${agencies} ${procedures} GROUP BY 1`,
        ]
      : []),
    ...days.map(
      (d) => db().$queryRaw<(Sums & { month: Date })[]>`
      SELECT date_trunc('month', "day")::date AS month, ${sums} FROM "StatisticsDay" WHERE "day" >= ${d.from}::date
        AND "day" <= ${d.to}::date ${agencies} ${procedures} GROUP BY 1`,
    ),
  ]);
  const byMonth = new Map<number, Totals>();
  for (const { month, ...row } of parts.flat())
    byMonth.set(month.getTime(), addTotals(byMonth.get(month.getTime()) ?? NO_TOTALS, totalsOfSums(row)));
  return [...byMonth.entries()]
    .sort(([a], [b]) => a - b)
    .map(([month, totals]) => ({ month: new Date(month), figures: figuresOf(totals) }));
}

/**
 * How current the figures are: the oldest change still waiting to be counted, or else the
 * last refresh (so that unchanged figures keep their ETag); and how many changes wait.
 */
export async function statisticsFreshness(now: Date = currentTime()): Promise<{ asOf: Date; pending: number }> {
  const [oldest, pending, latest] = await Promise.all([
    db().statisticsMark.findFirst({ orderBy: { markedAt: "asc" }, select: { markedAt: true } }),
    db().statisticsMark.count(),
    db().dossierFact.findFirst({ orderBy: { refreshedAt: "desc" }, select: { refreshedAt: true } }),
  ]);
  return { asOf: oldest?.markedAt ?? latest?.refreshedAt ?? now, pending };
}

type Filters = { agency?: Named & { id: string }; field?: Named & { id: string }; procedure?: Named & { id: string } };

/** The filters of a request as rows; an unknown slug is the caller's mistake, said per parameter. */
export async function resolveFilters(p: Pick<StatisticsParams, "agency" | "field" | "procedure">): Promise<Filters> {
  const named = { id: true, slug: true, nameVi: true, nameEn: true } as const;
  const [agency, field, procedure] = await Promise.all([
    p.agency ? db().agency.findUnique({ where: { slug: p.agency }, select: named }) : null,
    p.field ? db().procedureField.findUnique({ where: { slug: p.field }, select: named }) : null,
    p.procedure ? db().procedure.findUnique({ where: { slug: p.procedure }, select: named }) : null,
  ]);
  const problems: Record<string, { vi: string; en: string }> = {};
  if (p.agency && !agency) problems.agency = PARAM_MESSAGES.agency;
  if (p.field && !field) problems.field = PARAM_MESSAGES.field;
  if (p.procedure && !procedure) problems.procedure = PARAM_MESSAGES.procedure;
  if (Object.keys(problems).length) throw new ValidationError(problems);
  const asNamed = (r: { id: string; slug: string; nameVi: string; nameEn: string } | null) =>
    r ? { id: r.id, key: r.slug, nameVi: r.nameVi, nameEn: r.nameEn } : undefined;
  return { agency: asNamed(agency), field: asNamed(field), procedure: asNamed(procedure) };
}

/** The procedures a field or procedure filter takes; undefined when it takes all. */
export async function procedureIdsOf(filters: Filters): Promise<string[] | undefined> {
  if (filters.procedure)
    return filters.field &&
      !(await db().procedure.count({ where: { id: filters.procedure.id, fieldId: filters.field.id } }))
      ? []
      : [filters.procedure.id];
  if (filters.field)
    return (await db().procedure.findMany({ where: { fieldId: filters.field.id }, select: { id: true } })).map(
      (p) => p.id,
    );
  return undefined;
}

export type PublicStatistics = {
  from: Date;
  to: Date;
  by: Grouping;
  filters: { agency?: Named; field?: Named; procedure?: Named };
  total: Figures;
  rows: StatisticsRow[];
  asOf: Date;
  pending: number;
};

const strip = (n: (Named & { id: string }) | undefined): Named | undefined =>
  n ? { key: n.key, nameVi: n.nameVi, nameEn: n.nameEn } : undefined;

/** The figures of a period, filtered and grouped as asked: the public page and the open-data API. */
export async function readStatistics(params: StatisticsParams): Promise<PublicStatistics> {
  const filters = await resolveFilters(params);
  const filter: BucketFilter = {
    from: params.from,
    to: params.to,
    agencyIds: filters.agency ? [filters.agency.id] : undefined,
    procedureIds: await procedureIdsOf(filters),
  };
  const [total, grouped, freshness] = await Promise.all([
    sumBuckets(filter),
    sumBucketsBy(filter, params.by === "agency" ? "agencyId" : "procedureId"),
    statisticsFreshness(),
  ]);
  const rows = await nameRows(grouped, params.by);
  return {
    from: params.from,
    to: params.to,
    by: params.by,
    filters: { agency: strip(filters.agency), field: strip(filters.field), procedure: strip(filters.procedure) },
    total,
    rows,
    asOf: freshness.asOf,
    pending: freshness.pending,
  };
}

/** Rows named and sorted, most dossiers first; by field, procedures' sums are folded into their fields. */
async function nameRows(grouped: Map<string, Totals>, by: Grouping): Promise<StatisticsRow[]> {
  const ids = [...grouped.keys()];
  let named: { id: string; slug: string; nameVi: string; nameEn: string }[];
  let sums = grouped;
  if (by === "agency")
    named = await db().agency.findMany({
      where: { id: { in: ids } },
      select: { id: true, slug: true, nameVi: true, nameEn: true },
    });
  else {
    const procedures = await db().procedure.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        slug: true,
        nameVi: true,
        nameEn: true,
        field: { select: { id: true, slug: true, nameVi: true, nameEn: true } },
      },
    });
    if (by === "procedure") named = procedures;
    else {
      sums = new Map();
      for (const p of procedures) {
        sums.set(p.field.id, addTotals(sums.get(p.field.id) ?? NO_TOTALS, grouped.get(p.id)!));
      }
      named = [...new Map(procedures.map((p) => [p.field.id, p.field])).values()];
    }
  }
  return named
    .map((n) => ({ key: n.slug, nameVi: n.nameVi, nameEn: n.nameEn, ...figuresOf(sums.get(n.id)!) }))
    .sort(
      (a, b) =>
        b.totals.submitted + b.totals.finished - (a.totals.submitted + a.totals.finished) ||
        a.nameVi.localeCompare(b.nameVi, "vi"),
    );
}

/** What the public statistics may be filtered by: active agencies, the fields, active procedures, each in Vietnamese
 * order. */
export async function listStatisticsFilters() {
  const [agencies, fields, procedures] = await Promise.all([
    db().agency.findMany({
      where: { isActive: true },
      select: { slug: true, nameVi: true, nameEn: true },
      orderBy: { nameVi: "asc" },
      take: 500,
    }),
    db().procedureField.findMany({
      select: { slug: true, nameVi: true, nameEn: true },
      orderBy: { sortOrder: "asc" },
      take: 200,
    }),
    db().procedure.findMany({
      where: { isActive: true },
      select: { slug: true, nameVi: true, nameEn: true },
      orderBy: { nameVi: "asc" },
      take: 1000,
    }),
  ]);
  return { agencies, fields, procedures };
}
