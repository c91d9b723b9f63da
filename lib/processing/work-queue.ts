// The processing queue (DOMAIN.md §3): every received dossier at a step the person works,
// at the agencies where they work it, with the named person holding it. Sorted by
// appointment; tabs with counts (all, mine, due within one working day, overdue); filters
// by status, procedure, step, assignee and a search by code or applicant name; a page at a time.
import "server-only";
import { z } from "zod";
import { fromLocal, toLocal, WORKING_DAY_MINUTES } from "@/lib/clock/calendar";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/db/ids";
import { DOSSIER_STATUS } from "@/lib/dossiers/status";
import { NotFoundError } from "@/lib/errors";
import { isSignedIn, type Actor, type PersonActor } from "@/lib/identity/actor";
import { agenciesWithPermission } from "@/lib/identity/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { loadWorkingCalendar } from "./calendar";
import { staffWhere, staffWithPermission } from "./scope";
import { STEP_PERMISSION, type StepKey } from "./steps";

export const WORK_TABS = ["all", "mine", "due-soon", "overdue"] as const;
export type WorkTab = (typeof WORK_TABS)[number];
export const WORK_STEPS = ["appraisal", "approval", "return"] as const satisfies readonly StepKey[];
/** The statuses a dossier can have while it is in a processing queue. */
export const WORK_STATUSES = [DOSSIER_STATUS.RECEIVED, DOSSIER_STATUS.PROCESSING, DOSSIER_STATUS.SUPPLEMENT_REQUESTED, DOSSIER_STATUS.PAYMENT_REQUESTED, DOSSIER_STATUS.DECIDED] as const;
const PAGE_SIZE = 20;

/** Query-string parameters; anything unreadable falls back to "no filter" rather than an error page. */
const paramsSchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  tab: z.enum(WORK_TABS).catch("all"),
  q: z.string().trim().max(100).catch(""),
  status: z.coerce.number().pipe(z.union(WORK_STATUSES.map((s) => z.literal(s)))).optional().catch(undefined),
  step: z.enum(WORK_STEPS).optional().catch(undefined),
  procedure: z.string().refine(isUuid).optional().catch(undefined),
  assignee: z.union([z.enum(["me", "none"]), z.string().refine(isUuid)]).optional().catch(undefined),
});
export type WorkQueueParams = z.infer<typeof paramsSchema>;

/** Dossiers at a step, in the statuses it covers (paused ones stay at their step). */
function atStep(step: StepKey): Prisma.DossierWhereInput {
  if (step === "return") return { status: DOSSIER_STATUS.DECIDED };
  const running: Prisma.DossierWhereInput = {
    OR: [
      { status: { in: step === "appraisal" ? [DOSSIER_STATUS.RECEIVED, DOSSIER_STATUS.PROCESSING] : [DOSSIER_STATUS.PROCESSING] } },
      // Supplement and payment requests after reception pause the dossier at its step.
      { status: { in: [DOSSIER_STATUS.SUPPLEMENT_REQUESTED, DOSSIER_STATUS.PAYMENT_REQUESTED] }, receivedAt: { not: null } },
    ],
  };
  return { AND: [running, step === "appraisal" ? { OR: [{ stepKey: null }, { stepKey: step }] } : { stepKey: step }] };
}

/** The agencies whose queues the person works or supervises; null for all of them. */
function queueAgencies(me: PersonActor): string[] | null {
  const scopes = [...WORK_STEPS.map((step) => agenciesWithPermission(me.roles, STEP_PERMISSION[step])), agenciesWithPermission(me.roles, "dossier.assign")];
  return scopes.includes("all") ? null : [...new Set(scopes.flatMap((s) => (s === "all" ? [] : s)))];
}

/** Whom the list may be filtered by: colleagues with an account at the person's agencies. */
const colleaguesOf = (me: PersonActor) => staffWithPermission(queueAgencies(me), WORK_STEPS.map((step) => STEP_PERMISSION[step]));

/** Procedures at the administrative levels of the person's agencies, for the procedure filter. */
async function proceduresOf(me: PersonActor) {
  const agencyIds = queueAgencies(me);
  const levels = agencyIds ? [...new Set((await db().agency.findMany({ where: { id: { in: agencyIds } }, select: { level: true } })).map((a) => a.level))] : null;
  return db().procedure.findMany({ where: { isActive: true, ...(levels ? { level: { in: levels } } : {}) }, select: { id: true, nameVi: true, nameEn: true }, orderBy: { nameVi: "asc" }, take: 300 });
}

/** Applicants whose name contains the text (a bounded set, for the search box; a trigram index serves it). */
export async function applicantsNamed(q: string): Promise<string[]> {
  const people = await db().user.findMany({ where: { fullName: { contains: q, mode: "insensitive" } }, select: { id: true }, take: 200 });
  return people.map((p) => p.id);
}

/** The search box's filter: a dossier code (or its start), or else an applicant's name. */
export async function codeOrApplicant(q: string): Promise<Prisma.DossierWhereInput> {
  const code = { code: { startsWith: q.toUpperCase() } };
  // Codes are digits, dots, dashes and the agency's letters; names have letters and spaces only.
  return /\d/.test(q) && /^[\dA-Za-z.\-]+$/.test(q) ? code : { OR: [code, { applicantUserId: { in: await applicantsNamed(q) } }] };
}

export async function listWorkQueue(actor: Actor, rawParams: unknown = {}) {
  if (!isSignedIn(actor)) throw new NotFoundError("dossier");
  const me: PersonActor = actor;
  const params = paramsSchema.parse(rawParams ?? {});
  const steps = WORK_STEPS.flatMap((step): Prisma.DossierWhereInput[] => {
    // Leaders see every step of their agencies' queues, to assign them.
    const scope = staffWhere(me, STEP_PERMISSION[step], "dossier.assign");
    return scope && (!params.step || params.step === step) ? [{ AND: [scope, atStep(step)] }] : [];
  });
  // What the person holds stays in their list even at a step they could not pick up themselves.
  const held: Prisma.DossierWhereInput[] = params.step ? [{ assigneeUserId: me.userId, ...atStep(params.step) }] : [{ assigneeUserId: me.userId, status: { in: WORK_STATUSES.filter((s) => s !== DOSSIER_STATUS.DECIDED) } }];
  const filters: Prisma.DossierWhereInput[] = [{ OR: [...held, ...steps] }];
  if (params.status) filters.push({ status: params.status });
  if (params.procedure) {
    const versions = await db().procedureVersion.findMany({ where: { procedureId: params.procedure }, select: { id: true } });
    filters.push({ procedureVersionId: { in: versions.map((v) => v.id) } });
  }
  if (params.assignee) filters.push({ assigneeUserId: params.assignee === "me" ? me.userId : params.assignee === "none" ? null : params.assignee });
  if (params.q) filters.push(await codeOrApplicant(params.q));
  const base: Prisma.DossierWhereInput = { AND: filters };

  const now = new Date();
  const calendar = await loadWorkingCalendar(db());
  const soon = fromLocal(calendar.addWorkingMinutes(calendar.nextOpening(toLocal(now)), WORKING_DAY_MINUTES));
  const tabs: Record<WorkTab, Prisma.DossierWhereInput> = {
    all: base,
    mine: { AND: [base, { assigneeUserId: me.userId }] },
    "due-soon": { AND: [base, { appointmentAt: { gte: now, lte: soon } }] },
    overdue: { AND: [base, { appointmentAt: { lt: now } }] },
  };
  const [counts, rows, colleagues, procedures] = await Promise.all([
    Promise.all(WORK_TABS.map((t) => db().dossier.count({ where: tabs[t] }))),
    db().dossier.findMany({
      where: tabs[params.tab], orderBy: [{ appointmentAt: "asc" }, { submittedAt: "asc" }], skip: (params.page - 1) * PAGE_SIZE, take: PAGE_SIZE,
      select: { code: true, status: true, stepKey: true, appointmentAt: true, assigneeUserId: true, applicantUserId: true, procedureVersionId: true },
    }),
    colleaguesOf(me),
    proceduresOf(me),
  ]);
  const [versions, people] = await Promise.all([
    db().procedureVersion.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.procedureVersionId))] } }, select: { id: true, procedure: { select: { nameVi: true, nameEn: true } } } }),
    db().user.findMany({ where: { id: { in: [...new Set(rows.flatMap((r) => [r.applicantUserId, ...(r.assigneeUserId ? [r.assigneeUserId] : [])]))] } }, select: { id: true, fullName: true } }),
  ]);
  const procedureOf = new Map(versions.map((v) => [v.id, { vi: v.procedure.nameVi, en: v.procedure.nameEn }]));
  const nameOf = new Map(people.map((p) => [p.id, p.fullName]));
  return {
    params, counts: Object.fromEntries(WORK_TABS.map((t, i) => [t, counts[i]!])) as Record<WorkTab, number>, total: counts[WORK_TABS.indexOf(params.tab)]!, pageSize: PAGE_SIZE,
    options: { colleagues, procedures },
    items: rows.map((r) => ({
      code: r.code, status: r.status, step: (r.stepKey ?? (r.status === DOSSIER_STATUS.DECIDED ? "return" : "appraisal")) as StepKey,
      appointmentAt: r.appointmentAt, overdue: r.appointmentAt !== null && r.appointmentAt < now,
      mine: r.assigneeUserId === me.userId, assigneeName: r.assigneeUserId ? (nameOf.get(r.assigneeUserId) ?? null) : null,
      applicantName: nameOf.get(r.applicantUserId) ?? "", procedureName: procedureOf.get(r.procedureVersionId)!,
    })),
  };
}
