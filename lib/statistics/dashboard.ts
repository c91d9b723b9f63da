// The leaders' real-time dashboard: the Decision 766 index of their agencies (the whole
// city for the city office, inspectors and administrators), its trend, the overdue
// dossiers with the named officer holding each and for how long, and the consultations
// other agencies let run over, drilling down from the city to an agency, a procedure and
// a dossier. Scores come from the day buckets; the overdue lists are live, through the
// (agency, status, appointment) index. Outside one's scope an agency does not exist.
import "server-only";
import { fromLocal, toLocal, WORKING_DAY_MINUTES } from "@/lib/clock/calendar";
import { db } from "@/lib/db";
import { DOSSIER_STATUS } from "@/lib/dossiers/status";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { decidedByAgencies } from "@/lib/procedures/queries";
import { isSignedIn, type Actor } from "@/lib/identity/actor";
import { agenciesWithPermission, hasPermission } from "@/lib/identity/permissions";
import { loadWorkingCalendar } from "@/lib/clock/working-calendar";
import { COORDINATING_OFFICE } from "@/lib/processing/escalation";
import { stepOf, type StepKey } from "@/lib/dossiers/steps";
import type { CatalogueFigures, FeedbackFigures, ServiceIndex } from "./score";
import { serviceIndex } from "./score";
import { isoDay, parseStatisticsParams, type ParamProblem } from "./params";
import {
  figuresOf,
  resolveFilters,
  statisticsFreshness,
  sumBuckets,
  sumBucketsBy,
  sumBucketsByMonth,
  type BucketFilter,
  type Figures,
  type Named,
} from "./queries";
import { NO_TOTALS } from "./indicators";
import { currentTime } from "@/lib/time";

export const OVERDUE_PAGE_SIZE = 20;
const RUNNING = [DOSSIER_STATUS.RECEIVED, DOSSIER_STATUS.PROCESSING];

export type DashboardScope = { agencyIds: string[] | "all"; readOnly: boolean };

/**
 * Whom the dashboard shows to, and what: agencies where one has `stats.read`; every agency
 * for city-wide roles and for leaders of the coordinating office. Inspectors (no action
 * permission anywhere) read only. Anyone else gets *not found*.
 */
export async function dashboardScope(actor: Actor): Promise<DashboardScope> {
  if (!isSignedIn(actor)) throw new NotFoundError("statistics");
  let agencyIds = agenciesWithPermission(actor.roles, "stats.read");
  if (agencyIds !== "all" && agencyIds.length === 0) throw new NotFoundError("statistics");
  if (agencyIds !== "all") {
    const office = await db().agency.findUnique({ where: { slug: COORDINATING_OFFICE }, select: { id: true } });
    if (office && agencyIds.includes(office.id)) agencyIds = "all";
  }
  const acts = (
    ["dossier.receive", "dossier.appraise", "dossier.decide", "dossier.assign", "feedback.answer"] as const
  ).some((p) => hasPermission(actor.roles, p));
  return { agencyIds, readOnly: !acts };
}

export type RowFigures = Named & { href: Record<string, string>; figures: Figures; overdueNow: number };
export type OverdueItem = {
  code: string;
  procedure: Named;
  agency: Named;
  holderName: string | null;
  step: StepKey;
  heldSince: Date | null;
  heldDays: number | null;
  appointmentAt: Date;
  overdueDays: number;
};
export type Dashboard = {
  level: "city" | "agency" | "procedure";
  scope: DashboardScope;
  agency?: Named;
  procedure?: Named;
  from: Date;
  to: Date;
  figures: Figures;
  index: ServiceIndex;
  rows: RowFigures[];
  trend: { month: string; figures: Figures }[];
  overdue: { total: number; page: number; items: OverdueItem[] };
  consultations: { agency: Named; overdue: number; oldestDueAt: Date }[];
  asOf: Date;
  pending: number;
};

export type DashboardResult =
  { ok: true; dashboard: Dashboard } | { ok: false; problems: Partial<Record<string, ParamProblem>> };

const inDays = (minutes: number) => Math.floor((minutes / WORKING_DAY_MINUTES) * 10) / 10;

export async function leaderDashboard(
  actor: Actor,
  query: Record<string, string | string[] | undefined>,
  now: Date = currentTime(),
): Promise<DashboardResult> {
  const scope = await dashboardScope(actor);
  const one = (key: string) => (typeof query[key] === "string" ? (query[key] as string) : undefined);
  const parsed = parseStatisticsParams(
    { from: one("from"), to: one("to"), agency: one("agency"), procedure: one("procedure") },
    now,
  );
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const page = Math.min(10_000, Math.max(1, Number.parseInt(one("trang") ?? "1", 10) || 1));
  const { from, to } = parsed.params;
  const filters = await resolveFilters(parsed.params).catch((error: unknown) => {
    // An unknown agency or procedure is simply not there.
    if (error instanceof ValidationError) throw new NotFoundError("statistics");
    throw error;
  });
  if (filters.agency && scope.agencyIds !== "all" && !scope.agencyIds.includes(filters.agency.id))
    throw new NotFoundError("statistics");
  const agencyIds = filters.agency ? [filters.agency.id] : scope.agencyIds === "all" ? undefined : scope.agencyIds;
  const procedureIds = filters.procedure ? [filters.procedure.id] : undefined;
  const filter: BucketFilter = { from, to, agencyIds, procedureIds };
  const level = filters.procedure ? "procedure" : filters.agency ? "agency" : "city";
  const versionIds = procedureIds
    ? (
        await db().procedureVersion.findMany({ where: { procedureId: { in: procedureIds } }, select: { id: true } })
      ).map((v) => v.id)
    : undefined;
  const overdueWhere: Prisma.DossierWhereInput = {
    status: { in: RUNNING },
    appointmentAt: { lt: now },
    ...(agencyIds ? { agencyId: { in: agencyIds } } : {}),
    ...(versionIds ? { procedureVersionId: { in: versionIds } } : {}),
  };
  const trendFrom = new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() - 11, 1));
  const [figures, catalogue, feedback, rows, trend, overdue, consultations, freshness] = await Promise.all([
    sumBuckets(filter),
    catalogueFigures(agencyIds, procedureIds, now),
    feedbackFigures(agencyIds, from, to, now),
    level === "procedure" ? Promise.resolve([]) : breakdown(level, filter, overdueWhere, parsed.params.agency),
    sumBucketsByMonth({ ...filter, from: trendFrom }),
    overdueList(overdueWhere, page, now),
    overdueConsultations(agencyIds, now),
    statisticsFreshness(now),
  ]);
  const strip = (n?: Named & { id: string }) => (n ? { key: n.key, nameVi: n.nameVi, nameEn: n.nameEn } : undefined);
  return {
    ok: true,
    dashboard: {
      level,
      scope,
      agency: strip(filters.agency),
      procedure: strip(filters.procedure),
      from,
      to,
      figures,
      index: serviceIndex(figures.indicators, catalogue, feedback),
      rows,
      trend: trend.map((m) => ({ month: isoDay(m.month).slice(0, 7), figures: m.figures })),
      overdue: { ...overdue, page },
      consultations,
      asOf: freshness.asOf,
      pending: freshness.pending,
    },
  };
}

/** The rows one level down: agencies of the city, or procedures of an agency; with what is overdue now in each. */
async function breakdown(
  level: "city" | "agency",
  filter: BucketFilter,
  overdueWhere: Prisma.DossierWhereInput,
  agencySlug: string | undefined,
): Promise<RowFigures[]> {
  if (level === "city") {
    const [sums, overdue] = await Promise.all([
      sumBucketsBy(filter, "agencyId"),
      db().dossier.groupBy({ by: ["agencyId"], where: overdueWhere, _count: { _all: true } }),
    ]);
    const overdueOf = new Map(overdue.map((o) => [o.agencyId, o._count._all]));
    const ids = [...new Set([...sums.keys(), ...overdueOf.keys()])];
    const agencies = await db().agency.findMany({
      where: { id: { in: ids } },
      select: { id: true, slug: true, nameVi: true, nameEn: true },
    });
    return agencies
      .map((a) => ({
        key: a.slug,
        nameVi: a.nameVi,
        nameEn: a.nameEn,
        href: { agency: a.slug },
        figures: figuresOf(sums.get(a.id) ?? NO_TOTALS),
        overdueNow: overdueOf.get(a.id) ?? 0,
      }))
      .sort(
        (a, b) =>
          b.overdueNow - a.overdueNow ||
          b.figures.totals.submitted - a.figures.totals.submitted ||
          a.nameVi.localeCompare(b.nameVi, "vi"),
      );
  }
  const [sums, overdue] = await Promise.all([
    sumBucketsBy(filter, "procedureId"),
    db().dossier.groupBy({ by: ["procedureVersionId"], where: overdueWhere, _count: { _all: true } }),
  ]);
  const versions = await db().procedureVersion.findMany({
    where: { id: { in: overdue.map((o) => o.procedureVersionId) } },
    select: { id: true, procedureId: true },
  });
  const procedureOf = new Map(versions.map((v) => [v.id, v.procedureId]));
  const overdueOf = new Map<string, number>();
  for (const o of overdue) {
    const id = procedureOf.get(o.procedureVersionId)!;
    overdueOf.set(id, (overdueOf.get(id) ?? 0) + o._count._all);
  }
  const ids = [...new Set([...sums.keys(), ...overdueOf.keys()])];
  const procedures = await db().procedure.findMany({
    where: { id: { in: ids } },
    select: { id: true, slug: true, nameVi: true, nameEn: true },
  });
  return procedures
    .map((p) => ({
      key: p.slug,
      nameVi: p.nameVi,
      nameEn: p.nameEn,
      href: { agency: agencySlug!, procedure: p.slug },
      figures: figuresOf(sums.get(p.id) ?? NO_TOTALS),
      overdueNow: overdueOf.get(p.id) ?? 0,
    }))
    .sort(
      (a, b) =>
        b.overdueNow - a.overdueNow ||
        b.figures.totals.submitted - a.figures.totals.submitted ||
        a.nameVi.localeCompare(b.nameVi, "vi"),
    );
}

/** Running dossiers past their appointment, longest overdue first, a page at a time, with who holds each. */
async function overdueList(
  where: Prisma.DossierWhereInput,
  page: number,
  now: Date,
): Promise<{ total: number; items: OverdueItem[] }> {
  const [total, dossiers, calendar] = await Promise.all([
    db().dossier.count({ where }),
    db().dossier.findMany({
      where,
      orderBy: [{ appointmentAt: "asc" }, { code: "asc" }],
      skip: (page - 1) * OVERDUE_PAGE_SIZE,
      take: OVERDUE_PAGE_SIZE,
      select: {
        code: true,
        agencyId: true,
        procedureVersionId: true,
        assigneeUserId: true,
        stepKey: true,
        stepStartedAt: true,
        appointmentAt: true,
      },
    }),
    loadWorkingCalendar(db()),
  ]);
  const [holders, agencies, versions] = await Promise.all([
    db().user.findMany({
      where: { id: { in: dossiers.flatMap((d) => (d.assigneeUserId ? [d.assigneeUserId] : [])) } },
      select: { id: true, fullName: true },
    }),
    db().agency.findMany({
      where: { id: { in: [...new Set(dossiers.map((d) => d.agencyId))] } },
      select: { id: true, slug: true, nameVi: true, nameEn: true },
    }),
    db().procedureVersion.findMany({
      where: { id: { in: [...new Set(dossiers.map((d) => d.procedureVersionId))] } },
      select: { id: true, procedure: { select: { slug: true, nameVi: true, nameEn: true } } },
    }),
  ]);
  const holderOf = new Map(holders.map((h) => [h.id, h.fullName]));
  const agencyOf = new Map(agencies.map((a) => [a.id, { key: a.slug, nameVi: a.nameVi, nameEn: a.nameEn }]));
  const procedureOf = new Map(
    versions.map((v) => [v.id, { key: v.procedure.slug, nameVi: v.procedure.nameVi, nameEn: v.procedure.nameEn }]),
  );
  const working = (since: Date) => inDays(calendar.workingMinutesBetween(toLocal(since), toLocal(now)));
  return {
    total,
    items: dossiers.map((d) => ({
      code: d.code,
      procedure: procedureOf.get(d.procedureVersionId)!,
      agency: agencyOf.get(d.agencyId)!,
      holderName: d.assigneeUserId ? (holderOf.get(d.assigneeUserId) ?? null) : null,
      step: stepOf(d),
      heldSince: d.stepStartedAt,
      heldDays: d.stepStartedAt ? working(d.stepStartedAt) : null,
      appointmentAt: d.appointmentAt!,
      overdueDays: working(d.appointmentAt!),
    })),
  };
}

/** Questions to other agencies past their deadline and unanswered, by the agency that owes the answer. */
async function overdueConsultations(agencyIds: string[] | undefined, now: Date) {
  const where: Prisma.ConsultationWhereInput = {
    answeredAt: null,
    dueAt: { lt: now },
    ...(agencyIds ? { OR: [{ fromAgencyId: { in: agencyIds } }, { toAgencyId: { in: agencyIds } }] } : {}),
  };
  const groups = await db().consultation.groupBy({
    by: ["toAgencyId"],
    where,
    _count: { _all: true },
    _min: { dueAt: true },
  });
  const agencies = await db().agency.findMany({
    where: { id: { in: groups.map((g) => g.toAgencyId) } },
    select: { id: true, slug: true, nameVi: true, nameEn: true },
  });
  const agencyOf = new Map(agencies.map((a) => [a.id, { key: a.slug, nameVi: a.nameVi, nameEn: a.nameEn }]));
  return groups
    .map((g) => ({ agency: agencyOf.get(g.toAgencyId)!, overdue: g._count._all, oldestDueAt: g._min.dueAt! }))
    .sort((a, b) => b.overdue - a.overdue || a.oldestDueAt.getTime() - b.oldestDueAt.getTime());
}

/**
 * The procedures an agency answers for: those it handles or manages, and for a ward-level
 * agency the procedures every ward's agency of its kind decides (the People's Committee's
 * civil status, the police's residence). Counted by their version in force.
 */
async function catalogueFigures(
  agencyIds: string[] | undefined,
  procedureIds: string[] | undefined,
  now: Date,
): Promise<CatalogueFigures> {
  let where: Prisma.ProcedureWhereInput = { isActive: true };
  if (procedureIds) where = { ...where, id: { in: procedureIds } };
  else if (agencyIds) {
    where = { ...where, OR: [await decidedByAgencies(agencyIds), { managingAgencyId: { in: agencyIds } }] };
  }
  const today = new Date(`${isoDay(now)}T00:00:00Z`);
  const procedures = await db().procedure.findMany({
    where,
    take: 5000,
    select: {
      versions: {
        where: { status: "PUBLISHED", effectiveFrom: { lte: today } },
        orderBy: { effectiveFrom: "desc" },
        take: 1,
        select: { serviceLevel: true, legalBasis: true, _count: { select: { steps: true, documents: true } } },
      },
    },
  });
  const inForce = procedures.flatMap((p) => p.versions);
  return {
    procedures: inForce.length,
    // Published with its legal basis, the documents to give and the steps it goes through.
    complete: inForce.filter((v) => v.legalBasis.length > 0 && v._count.documents > 0 && v._count.steps > 0).length,
    fullyOnline: inForce.filter((v) => v.serviceLevel === "FULL_ONLINE").length,
  };
}

/** Complaints whose deadline fell in the period (and has passed), and how many were answered by it. */
async function feedbackFigures(
  agencyIds: string[] | undefined,
  from: Date,
  to: Date,
  now: Date,
): Promise<FeedbackFigures> {
  // The period is Vietnam days; its end is the next midnight in Vietnam.
  const start = fromLocal({ day: Math.floor(from.getTime() / 86_400_000), minute: 0 });
  const end = new Date(
    Math.min(fromLocal({ day: Math.floor(to.getTime() / 86_400_000) + 1, minute: 0 }).getTime(), now.getTime()),
  );
  const agencies = agencyIds ? Prisma.sql`AND "agencyId" = ANY(${agencyIds}::uuid[])` : Prisma.empty;
  const [row] = await db().$queryRaw<{ due: number; answeredInTime: number }[]>`
    SELECT count(*)::int AS due, count(*) FILTER (WHERE "answeredAt" <= "dueAt")::int AS "answeredInTime"
    FROM "Feedback" WHERE "dueAt" >= ${start} AND "dueAt" < ${end} ${agencies}`;
  const { due, answeredInTime } = row!;
  return { due, answeredInTime };
}
