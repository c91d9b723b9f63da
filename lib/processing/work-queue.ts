// The processing queue (docs/domain.md §3): every received dossier at a step the person works,
// at the agencies where they work it, with the named person holding it. Sorted by
// appointment; tabs with counts (all, mine, due within one working day, overdue); filters
// by status, procedure, step, assignee and a search by code or applicant name; a page at a time.
import "server-only";
import { z } from "zod";
import { fromLocal, toLocal, WORKING_DAY_MINUTES } from "@/lib/clock/calendar";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/db/ids";
import { likeLiteral } from "@/lib/db/like";
import { asStatus, DOSSIER_STATUS } from "@/lib/dossiers/status";
import { NotFoundError } from "@/lib/errors";
import { isSignedIn, type Actor, type PersonActor } from "@/lib/identity/actor";
import { agenciesWithPermission } from "@/lib/identity/permissions";
import { Prisma } from "@/lib/generated/prisma/client";
import { decidedByAgencies } from "@/lib/procedures/queries";
import { loadWorkingCalendar } from "@/lib/clock/working-calendar";
import { staffWithPermission } from "@/lib/dossiers/staff-access";
import { STEP_PERMISSION, type StepKey } from "@/lib/dossiers/steps";
import { currentTime } from "@/lib/time";

export const WORK_TABS = ["all", "mine", "due-soon", "overdue"] as const;
export type WorkTab = (typeof WORK_TABS)[number];
export const WORK_STEPS = ["appraisal", "approval", "return"] as const satisfies readonly StepKey[];
/** The statuses a dossier can have while it is in a processing queue. */
export const WORK_STATUSES = [
  DOSSIER_STATUS.RECEIVED,
  DOSSIER_STATUS.PROCESSING,
  DOSSIER_STATUS.SUPPLEMENT_REQUESTED,
  DOSSIER_STATUS.PAYMENT_REQUESTED,
  DOSSIER_STATUS.DECIDED,
] as const;
const PAGE_SIZE = 20;

/** Query-string parameters; anything unreadable falls back to "no filter" rather than an error page. */
const paramsSchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  tab: z.enum(WORK_TABS).catch("all"),
  q: z.string().trim().max(100).catch(""),
  status: z.coerce
    .number()
    .pipe(z.union(WORK_STATUSES.map((s) => z.literal(s))))
    .optional()
    .catch(undefined),
  step: z.enum(WORK_STEPS).optional().catch(undefined),
  procedure: z.string().refine(isUuid).optional().catch(undefined),
  assignee: z
    .union([z.enum(["me", "none"]), z.string().refine(isUuid)])
    .optional()
    .catch(undefined),
  agency: z.string().refine(isUuid).optional().catch(undefined),
});
export type WorkQueueParams = z.infer<typeof paramsSchema>;

/** The statuses of every queue (the partial indexes on the queue cover exactly these). */
const QUEUE_STATUSES = Prisma.sql`status IN (2, 4, 5, 6, 9)`;

/**
 * Dossiers at a step, in the statuses it covers (paused ones stay at their step), as SQL:
 * supplement and payment requests after reception pause the dossier at its step.
 */
function atStep(step: StepKey): Prisma.Sql {
  if (step === "return") return Prisma.sql`status = ${DOSSIER_STATUS.DECIDED}`;
  const running =
    step === "appraisal" ? [DOSSIER_STATUS.RECEIVED, DOSSIER_STATUS.PROCESSING] : [DOSSIER_STATUS.PROCESSING];
  const paused = Prisma.sql`(status = ANY(${running}::int[]) OR (status IN (${DOSSIER_STATUS.SUPPLEMENT_REQUESTED},
    ${DOSSIER_STATUS.PAYMENT_REQUESTED})
    AND "receivedAt" IS NOT NULL))`;
  return step === "appraisal"
    ? Prisma.sql`${paused} AND ("stepKey" IS NULL OR "stepKey" = ${step})`
    : Prisma.sql`${paused} AND "stepKey" = ${step}`;
}

/** The agencies whose queues the person works or supervises; null for all of them. */
function queueAgencies(me: PersonActor): string[] | null {
  const scopes = [
    ...WORK_STEPS.map((step) => agenciesWithPermission(me.roles, STEP_PERMISSION[step])),
    agenciesWithPermission(me.roles, "dossier.assign"),
    agenciesWithPermission(me.roles, "dossier.read"),
  ];
  return scopes.includes("all") ? null : [...new Set(scopes.flatMap((s) => (s === "all" ? [] : s)))];
}

/** The agencies whose dossiers the person's queue holds, for the agency filter (more than one only). */
async function agenciesOf(me: PersonActor) {
  const ids = queueAgencies(me);
  return db().agency.findMany({
    where: { isActive: true, ...(ids ? { id: { in: ids } } : {}) },
    select: { id: true, nameVi: true, nameEn: true },
    orderBy: [{ level: "asc" }, { nameVi: "asc" }],
    take: 500,
  });
}

/** Whom the list may be filtered by: colleagues with an account at the person's agencies. */
const colleaguesOf = (me: PersonActor) =>
  staffWithPermission(
    queueAgencies(me),
    WORK_STEPS.map((step) => STEP_PERMISSION[step]),
  );

/** Procedures the person's agencies decide, for the procedure filter. */
async function proceduresOf(me: PersonActor) {
  const agencyIds = queueAgencies(me);
  const decided = agencyIds ? await decidedByAgencies(agencyIds) : {};
  return db().procedure.findMany({
    where: { isActive: true, ...decided },
    select: { id: true, nameVi: true, nameEn: true },
    orderBy: { nameVi: "asc" },
    take: 300,
  });
}

/**
 * The queue as a union of disjoint branches that each read one partial, covering index (the
 * agency's queue at a step, the person's own dossiers) without touching the table: one
 * statement for the counts and the page, whatever the size of the case store.
 */
function queueBranches(me: PersonActor, onlyStep?: StepKey): Prisma.Sql[] {
  const branches = WORK_STEPS.flatMap((step): Prisma.Sql[] => {
    // Leaders see every step of their agencies' queues, to assign them.
    const scopes = [
      agenciesWithPermission(me.roles, STEP_PERMISSION[step]),
      agenciesWithPermission(me.roles, "dossier.assign"),
    ];
    if (onlyStep && onlyStep !== step) return [];
    if (scopes.includes("all")) return [atStep(step)];
    const agencies = [...new Set(scopes.flatMap((scope) => (scope === "all" ? [] : scope)))];
    return agencies.length ? [Prisma.sql`"agencyId" = ANY(${agencies}::uuid[]) AND ${atStep(step)}`] : [];
  });
  // Someone who works no step but reads dossiers (the inspector) sees every dossier in
  // processing that they may read, at whichever step.
  const reading = agenciesWithPermission(me.roles, "dossier.read");
  if (branches.length === 0 && (reading === "all" || reading.length > 0)) {
    const stepOnly = onlyStep ? atStep(onlyStep) : Prisma.sql`true`;
    branches.push(reading === "all" ? stepOnly : Prisma.sql`"agencyId" = ANY(${reading}::uuid[]) AND ${stepOnly}`);
  }
  // What the person holds stays in their list even at a step they could not pick up themselves;
  // what the steps' branches already list is left out here, so the branches never overlap
  // and their union needs no de-duplication.
  const held = onlyStep
    ? atStep(onlyStep)
    : Prisma.sql`status = ANY(${WORK_STATUSES.filter((s) => s !== DOSSIER_STATUS.DECIDED)}::int[])`;
  const listedBySteps = branches.length
    ? Prisma.sql` AND NOT COALESCE((${Prisma.join(
        branches.map((b) => Prisma.sql`(${b})`),
        " OR ",
      )}), false)`
    : Prisma.empty;
  branches.push(Prisma.sql`"assigneeUserId" = ${me.userId}::uuid AND ${held}${listedBySteps}`);
  return branches;
}

/**
 * What waits for the person, for the staff home: dossiers at each step of their queues, those
 * they hold, those overdue. One statement over the same branches as the queue.
 */
export async function countWorkQueue(
  actor: Actor,
): Promise<{ appraisal: number; approval: number; return: number; mine: number; overdue: number }> {
  if (!isSignedIn(actor)) throw new NotFoundError("dossier");
  const columns = Prisma.sql`status, "stepKey", "assigneeUserId", "appointmentAt"`;
  const union = Prisma.join(
    queueBranches(actor).map(
      (branch) => Prisma.sql`SELECT ${columns} FROM "Dossier" WHERE ${QUEUE_STATUSES} AND ${branch}`,
    ),
    " UNION ALL ",
  );
  const [row] = await db().$queryRaw<Array<Record<"appraisal" | "approval" | "return" | "mine" | "overdue", bigint>>>`
    SELECT count(*) FILTER (WHERE status <> ${DOSSIER_STATUS.DECIDED} AND COALESCE("stepKey", 'appraisal') =
      'appraisal') AS appraisal,
           count(*) FILTER (WHERE status <> ${DOSSIER_STATUS.DECIDED} AND "stepKey" = 'approval') AS approval,
           count(*) FILTER (WHERE status = ${DOSSIER_STATUS.DECIDED}) AS "return",
           count(*) FILTER (WHERE "assigneeUserId" = ${actor.userId}::uuid) AS mine,
           count(*) FILTER (WHERE "appointmentAt" < ${currentTime()}) AS overdue
    FROM (${union}) queue`;
  return {
    appraisal: Number(row!.appraisal),
    approval: Number(row!.approval),
    return: Number(row!.return),
    mine: Number(row!.mine),
    overdue: Number(row!.overdue),
  };
}

/** Applicants whose name contains the text (a bounded set, for the search box; a trigram index serves it). */
export async function applicantsNamed(q: string): Promise<string[]> {
  const people = await db().user.findMany({
    where: { fullName: { contains: likeLiteral(q), mode: "insensitive" } },
    select: { id: true },
    take: 200,
  });
  return people.map((p) => p.id);
}

/** Codes are digits, dots, dashes and the agency's letters; names have letters and spaces only. */
const looksLikeCode = (q: string) => /\d/.test(q) && /^[\dA-Za-z.\-]+$/.test(q);

/** The search box's filter: a dossier code (or its start), or else an applicant's name. */
export async function codeOrApplicant(q: string): Promise<Prisma.DossierWhereInput> {
  const code = { code: { startsWith: likeLiteral(q.toUpperCase()) } };
  return looksLikeCode(q) ? code : { OR: [code, { applicantUserId: { in: await applicantsNamed(q) } }] };
}

/** The same filter as SQL, for the queue. */
async function codeOrApplicantSql(q: string): Promise<Prisma.Sql> {
  const code = Prisma.sql`code LIKE ${`${likeLiteral(q.toUpperCase())}%`}`;
  return looksLikeCode(q)
    ? code
    : Prisma.sql`(${code} OR "applicantUserId" = ANY(${await applicantsNamed(q)}::uuid[]))`;
}

type QueueRow = {
  all: bigint;
  mine: bigint;
  dueSoon: bigint;
  overdue: bigint;
  code: string | null;
  status: number;
  stepKey: string | null;
  appointmentAt: Date | null;
  assigneeUserId: string | null;
  applicantUserId: string;
  procedureVersionId: string;
};

export async function listWorkQueue(actor: Actor, rawParams: unknown = {}) {
  if (!isSignedIn(actor)) throw new NotFoundError("dossier");
  const me: PersonActor = actor;
  const params = paramsSchema.parse(rawParams ?? {});
  const branches = queueBranches(me, params.step);
  const filters: Prisma.Sql[] = [];
  if (params.status) filters.push(Prisma.sql`status = ${params.status}`);
  if (params.procedure) {
    const versions = await db().procedureVersion.findMany({
      where: { procedureId: params.procedure },
      select: { id: true },
    });
    filters.push(Prisma.sql`"procedureVersionId" = ANY(${versions.map((v) => v.id)}::uuid[])`);
  }
  if (params.agency) filters.push(Prisma.sql`"agencyId" = ${params.agency}::uuid`);
  if (params.assignee === "none") filters.push(Prisma.sql`"assigneeUserId" IS NULL`);
  else if (params.assignee)
    filters.push(Prisma.sql`"assigneeUserId" = ${params.assignee === "me" ? me.userId : params.assignee}::uuid`);
  if (params.q) filters.push(await codeOrApplicantSql(params.q));
  const filtered = filters.length ? Prisma.sql` AND ${Prisma.join(filters, " AND ")}` : Prisma.empty;
  const columns = Prisma.sql`id, code, status, "stepKey", "appointmentAt", "submittedAt", "assigneeUserId",
    "applicantUserId", "procedureVersionId"`;
  const union = Prisma.join(
    branches.map(
      (branch) => Prisma.sql`SELECT ${columns} FROM "Dossier" WHERE ${QUEUE_STATUSES} AND ${branch}${filtered}`,
    ),
    " UNION ALL ",
  );

  const now = currentTime();
  const calendar = await loadWorkingCalendar(db());
  const soon = fromLocal(calendar.addWorkingMinutes(calendar.nextOpening(toLocal(now)), WORKING_DAY_MINUTES));
  const tabs: Record<WorkTab, Prisma.Sql> = {
    all: Prisma.sql`true`,
    mine: Prisma.sql`"assigneeUserId" = ${me.userId}::uuid`,
    "due-soon": Prisma.sql`"appointmentAt" >= ${now} AND "appointmentAt" <= ${soon}`,
    overdue: Prisma.sql`"appointmentAt" < ${now}`,
  };
  const [rows, colleagues, procedures, agencies] = await Promise.all([
    db().$queryRaw<QueueRow[]>`
      WITH queue AS MATERIALIZED (${union}),
           counts AS (SELECT count(*) AS "all", count(*) FILTER (WHERE ${tabs.mine}) AS mine,
                             count(*) FILTER (WHERE ${tabs["due-soon"]}) AS "dueSoon", count(*) FILTER (WHERE
      ${tabs.overdue})
                               AS overdue FROM queue)
      SELECT c.*, p.* FROM counts c LEFT JOIN LATERAL (
        SELECT code, status, "stepKey", "appointmentAt", "assigneeUserId", "applicantUserId", "procedureVersionId"
                               FROM queue WHERE ${tabs[params.tab]}
        ORDER BY "appointmentAt" ASC NULLS LAST, "submittedAt" ASC, id ASC OFFSET ${(params.page - 1) * PAGE_SIZE}
      LIMIT ${PAGE_SIZE}
      ) p ON true`,
    colleaguesOf(me),
    proceduresOf(me),
    agenciesOf(me),
  ]);
  const first = rows[0]!;
  const counts: Record<WorkTab, number> = {
    all: Number(first.all),
    mine: Number(first.mine),
    "due-soon": Number(first.dueSoon),
    overdue: Number(first.overdue),
  };
  const page = rows.filter((r): r is QueueRow & { code: string } => r.code !== null);
  const [versions, people] = await Promise.all([
    db().procedureVersion.findMany({
      where: { id: { in: [...new Set(page.map((r) => r.procedureVersionId))] } },
      select: { id: true, procedure: { select: { nameVi: true, nameEn: true } } },
    }),
    db().user.findMany({
      where: {
        id: {
          in: [...new Set(page.flatMap((r) => [r.applicantUserId, ...(r.assigneeUserId ? [r.assigneeUserId] : [])]))],
        },
      },
      select: { id: true, fullName: true },
    }),
  ]);
  const procedureOf = new Map(versions.map((v) => [v.id, { vi: v.procedure.nameVi, en: v.procedure.nameEn }]));
  const nameOf = new Map(people.map((p) => [p.id, p.fullName]));
  return {
    params,
    counts,
    total: counts[params.tab],
    pageSize: PAGE_SIZE,
    options: { colleagues, procedures, agencies: agencies.length > 1 ? agencies : [] },
    items: page.map((r) => ({
      code: r.code,
      status: asStatus(r.status),
      step: (r.stepKey ?? (r.status === DOSSIER_STATUS.DECIDED ? "return" : "appraisal")) as StepKey,
      appointmentAt: r.appointmentAt,
      overdue: r.appointmentAt !== null && r.appointmentAt < now,
      mine: r.assigneeUserId === me.userId,
      assigneeName: r.assigneeUserId ? (nameOf.get(r.assigneeUserId) ?? null) : null,
      applicantName: nameOf.get(r.applicantUserId) ?? "",
      procedureName: procedureOf.get(r.procedureVersionId)!,
    })),
  };
}
