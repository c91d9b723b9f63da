// Dossier reads for applicants: their drafts and their dossiers (or their organisation's,
// while acting for it). Anything else is *not found*.
import "server-only";
import { db } from "@/lib/db";
import { timeLimitOf } from "@/lib/procedures/dto";
import { listSlips } from "@/lib/dossiers/slips";
import type { StepKey } from "@/lib/dossiers/steps";
import { clocksOf } from "./clock";
import { loadTimeline } from "./timeline";
import { NotFoundError } from "@/lib/errors";
import { formDefinitionSchema } from "@/lib/forms/definition";
import { compileForm, type FormValues } from "@/lib/forms/compile";
import { feeDue } from "@/lib/procedures/fees";
import type { Provenance } from "@/lib/forms/prefill";
import { dossierAnswerSections } from "@/lib/forms/display";
import { formatDateTime } from "@/lib/i18n/format";
import { wardAgencyNames } from "@/lib/procedures/queries";
import { isSignedIn, type Actor } from "@/lib/identity/actor";
import { applicantScope, plausibleCode } from "./access";
import { asStatus, DOSSIER_STATUS, nextStatus } from "./status";
import { isUuid } from "@/lib/db/ids";
import { openJson } from "@/lib/security/identity-sealing";

/** One of the applicant's own drafts, with its form definition. */
/** The code of the dossier a draft became, for its applicant; null when it was not submitted (or is not theirs). */
export async function dossierSubmittedFrom(actor: Actor, draftId: string): Promise<string | null> {
  if (!isSignedIn(actor) || !isUuid(draftId)) return null;
  const dossier = await db().dossier.findFirst({
    where: { fromDraftId: draftId, applicantUserId: actor.userId },
    select: { code: true },
  });
  return dossier?.code ?? null;
}

export async function getDraftForOwner(actor: Actor, draftId: string) {
  if (!isSignedIn(actor) || !isUuid(draftId)) throw new NotFoundError("draft");
  const draft = await db().dossierDraft.findFirst({
    where: { id: draftId, userId: actor.userId },
    select: {
      id: true,
      sealedValues: true,
      provenance: true,
      idempotencyKey: true,
      revision: true,
      updatedAt: true,
      procedureVersionId: true,
    },
  });
  if (!draft) throw new NotFoundError("draft");
  const version = await db().procedureVersion.findUniqueOrThrow({
    where: { id: draft.procedureVersionId },
    select: {
      formDefinition: true,
      competentKind: true,
      procedure: { select: { slug: true, nameVi: true, nameEn: true, code: true } },
      timeLimitValue: true,
      timeLimitUnit: true,
      sameDayCutoff: true,
      fees: { select: { sortOrder: true, channel: true, labelVi: true, labelEn: true, amountVnd: true } },
    },
  });
  const definition = formDefinitionSchema.parse(version.formDefinition);
  const values = openJson<FormValues>(draft.sealedValues);
  const parsed = compileForm(definition).schema.safeParse(values);
  return {
    id: draft.id,
    idempotencyKey: draft.idempotencyKey,
    /** Counts the draft's saves; an autosave names the one its page was shown at. */
    revision: draft.revision,
    updatedAt: draft.updatedAt,
    values,
    provenance: draft.provenance as Provenance,
    definition,
    /** What filing online will cost with the answers so far. */
    fee: feeDue(version.fees, definition.feeRules, parsed.success ? parsed.data : values),
    procedure: {
      slug: version.procedure.slug,
      code: version.procedure.code,
      name: { vi: version.procedure.nameVi, en: version.procedure.nameEn },
    },
    timeLimit: timeLimitOf(version),
    /** Which kind of agency decides it: the wards the form offers are of this kind. */
    competentKind: version.competentKind,
  };
}

/** The applicant's drafts, newest first. */
export async function listDraftsForOwner(actor: Actor, take = 20) {
  if (!isSignedIn(actor)) return [];
  const drafts = await db().dossierDraft.findMany({
    where: { userId: actor.userId },
    orderBy: { updatedAt: "desc" },
    take,
    select: { id: true, updatedAt: true, procedureVersionId: true },
  });
  const versions = await db().procedureVersion.findMany({
    where: { id: { in: drafts.map((d) => d.procedureVersionId) } },
    select: { id: true, procedure: { select: { nameVi: true, nameEn: true } } },
  });
  const nameOf = new Map(versions.map((v) => [v.id, { vi: v.procedure.nameVi, en: v.procedure.nameEn }]));
  return drafts.map((d) => ({ id: d.id, updatedAt: d.updatedAt, procedureName: nameOf.get(d.procedureVersionId)! }));
}

/** A dossier by code, for its applicant or a representative acting for its organisation. */
export async function getDossierForApplicant(actor: Actor, code: string) {
  if (!isSignedIn(actor) || !plausibleCode(code)) throw new NotFoundError("dossier");
  const dossier = await db().dossier.findFirst({
    where: { code, ...applicantScope(actor) },
    select: {
      id: true,
      code: true,
      status: true,
      version: true,
      submittedAt: true,
      receivedAt: true,
      appointmentAt: true,
      agencyId: true,
      reusedValueCount: true,
      totalValueCount: true,
      procedureVersionId: true,
      stepKey: true,
      assigneeUserId: true,
    },
  });
  if (!dossier) throw new NotFoundError("dossier");
  const [agency, version, slips, events, clocks, holder, attached, messages] = await Promise.all([
    db().agency.findUniqueOrThrow({ where: { id: dossier.agencyId }, select: { nameVi: true, nameEn: true } }),
    db().procedureVersion.findUniqueOrThrow({
      where: { id: dossier.procedureVersionId },
      select: {
        timeLimitValue: true,
        timeLimitUnit: true,
        sameDayCutoff: true,
        inPersonVi: true,
        inPersonEn: true,
        procedure: { select: { nameVi: true, nameEn: true, code: true } },
        documents: { select: { key: true, nameVi: true, nameEn: true } },
      },
    }),
    listSlips(dossier.id),
    loadTimeline(dossier),
    clocksOf([dossier]),
    // The named person responsible for the current step, shown to the applicant too.
    dossier.assigneeUserId
      ? db().user.findUnique({ where: { id: dossier.assigneeUserId }, select: { fullName: true } })
      : null,
    // The documents given with the dossier (downloadable by whoever stored them).
    db().dossierDocument.findMany({
      where: { dossierId: dossier.id },
      take: 100,
      select: {
        documentKey: true,
        document: { select: { id: true, originalName: true, sizeBytes: true, ownerUserId: true } },
      },
    }),
    // The messages this person received about the dossier (the notification centre's, for this dossier).
    db().notification.findMany({
      where: { userId: actor.userId, dossierId: dossier.id, channel: "IN_APP" },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: { titleVi: true, titleEn: true, bodyVi: true, bodyEn: true, createdAt: true },
    }),
  ]);
  const requiredName = new Map(version.documents.map((d) => [d.key, { vi: d.nameVi, en: d.nameEn }]));
  const clock = clocks.get(dossier.id) ?? null;
  // Sent by post: where to, and the tracking number, sealed in the return's event.
  const returned =
    dossier.status === DOSSIER_STATUS.RESULT_RETURNED
      ? await db().dossierEvent.findFirst({
          where: { dossierId: dossier.id, type: "result.returned" },
          orderBy: { id: "desc" },
          select: { details: true },
        })
      : null;
  const sealedPost = (returned?.details as { post?: unknown } | null)?.post;
  return {
    code: dossier.code,
    status: asStatus(dossier.status),
    /** The version the page shows, which an action on it names (lib/dossiers/lifecycle.ts). */
    version: dossier.version,
    submittedAt: dossier.submittedAt,
    receivedAt: dossier.receivedAt,
    appointmentAt: dossier.appointmentAt,
    slips,
    events,
    canWithdraw: nextStatus(asStatus(dossier.status), "withdraw", dossier.receivedAt !== null) !== null,
    agency: { vi: agency.nameVi, en: agency.nameEn },
    procedure: { code: version.procedure.code, name: { vi: version.procedure.nameVi, en: version.procedure.nameEn } },
    timeLimit: timeLimitOf(version),
    /** What the applicant still does in person, for a partly online procedure (docs/domain.md §6). */
    inPerson: version.inPersonVi ? { vi: version.inPersonVi, en: version.inPersonEn ?? version.inPersonVi } : null,
    reuse: { reused: dossier.reusedValueCount, total: dossier.totalValueCount },
    holder: holder ? { name: holder.fullName, step: (dossier.stepKey ?? "appraisal") as StepKey } : null,
    delivery:
      typeof sealedPost === "string" ? openJson<{ address: string; trackingNumber: string | null }>(sealedPost) : null,
    clock,
    documents: attached.map((a) => ({
      name: a.document.originalName,
      sizeBytes: a.document.sizeBytes,
      stands: requiredName.get(a.documentKey) ?? null,
      downloadId: a.document.ownerUserId === actor.userId ? a.document.id : null,
    })),
    messages: messages.map((m) => ({
      at: m.createdAt,
      title: { vi: m.titleVi, en: m.titleEn },
      body: { vi: m.bodyVi, en: m.bodyEn },
    })),
  };
}

/** The data of the applicant's PDF copy: every answer as submitted, for the applicant only. */
export async function getSubmissionCopyForApplicant(actor: Actor, code: string, locale: "vi" | "en" = "vi") {
  const summary = await getDossierForApplicant(actor, code);
  const dossier = await db().dossier.findUniqueOrThrow({
    where: { code: summary.code },
    select: { sealedValues: true, procedureVersionId: true },
  });
  const version = await db().procedureVersion.findUniqueOrThrow({
    where: { id: dossier.procedureVersionId },
    select: { formDefinition: true },
  });
  const wardNames = await wardAgencyNames(locale);
  return {
    code: summary.code,
    procedureName: summary.procedure.name[locale],
    agencyName: summary.agency[locale],
    submittedAt: formatDateTime(summary.submittedAt),
    sections: dossierAnswerSections(
      version.formDefinition,
      openJson<FormValues>(dossier.sealedValues),
      locale,
      wardNames,
    ),
  };
}

const DOSSIER_PAGE_SIZE = 10;

/**
 * The applicant's dossiers (and, while acting for it, their organisation's): those waiting
 * for them (a supplement or a payment) first, then the others newest first, a page at a
 * time; each with its agency, appointment and clock.
 */
export async function listDossiersForApplicant(actor: Actor, page = 1) {
  if (!isSignedIn(actor)) return { items: [], waiting: [], total: 0, page: 1, pageSize: DOSSIER_PAGE_SIZE };
  const scope = applicantScope(actor);
  const waitingWhere = {
    ...scope,
    status: { in: [DOSSIER_STATUS.SUPPLEMENT_REQUESTED, DOSSIER_STATUS.PAYMENT_REQUESTED] },
  };
  const othersWhere = {
    ...scope,
    status: { notIn: [DOSSIER_STATUS.SUPPLEMENT_REQUESTED, DOSSIER_STATUS.PAYMENT_REQUESTED] },
  };
  const select = {
    id: true,
    code: true,
    status: true,
    submittedAt: true,
    receivedAt: true,
    appointmentAt: true,
    feeVnd: true,
    agencyId: true,
    procedureVersionId: true,
  } as const;
  const [total, waiting, rows] = await Promise.all([
    db().dossier.count({ where: othersWhere }),
    db().dossier.findMany({ where: waitingWhere, orderBy: { submittedAt: "desc" }, take: 20, select }),
    db().dossier.findMany({
      where: othersWhere,
      orderBy: { submittedAt: "desc" },
      skip: (page - 1) * DOSSIER_PAGE_SIZE,
      take: DOSSIER_PAGE_SIZE,
      select,
    }),
  ]);
  const all = [...waiting, ...rows];
  const [versions, agencies, clocks] = await Promise.all([
    db().procedureVersion.findMany({
      where: { id: { in: [...new Set(all.map((r) => r.procedureVersionId))] } },
      select: {
        id: true,
        timeLimitValue: true,
        timeLimitUnit: true,
        sameDayCutoff: true,
        procedure: { select: { nameVi: true, nameEn: true } },
      },
    }),
    db().agency.findMany({
      where: { id: { in: [...new Set(all.map((r) => r.agencyId))] } },
      select: { id: true, nameVi: true, nameEn: true },
    }),
    clocksOf(all),
  ]);
  const nameOf = new Map(versions.map((v) => [v.id, { vi: v.procedure.nameVi, en: v.procedure.nameEn }]));
  const limitOf = new Map(versions.map((v) => [v.id, timeLimitOf(v)]));
  const agencyOf = new Map(agencies.map((a) => [a.id, { vi: a.nameVi, en: a.nameEn }]));
  const view = ({ id, procedureVersionId, agencyId, ...r }: (typeof all)[number]) => ({
    ...r,
    status: asStatus(r.status),
    procedureName: nameOf.get(procedureVersionId)!,
    timeLimit: limitOf.get(procedureVersionId)!,
    agencyName: agencyOf.get(agencyId)!,
    clock: clocks.get(id) ?? null,
  });
  return {
    total,
    page,
    pageSize: DOSSIER_PAGE_SIZE,
    waiting: page === 1 ? waiting.map(view) : [],
    items: rows.map(view),
  };
}

/** Who among staff opened the dossier's personal data, and when (newest first). */
export async function listDataAccessForApplicant(actor: Actor, code: string, take = 50) {
  if (!isSignedIn(actor) || !plausibleCode(code)) throw new NotFoundError("dossier");
  const dossier = await db().dossier.findFirst({ where: { code, ...applicantScope(actor) }, select: { id: true } });
  if (!dossier) throw new NotFoundError("dossier");
  // One line per person: how many times, first and last (a page reload is another look).
  const views = await db().auditEvent.groupBy({
    by: ["actorUserId"],
    where: { targetId: dossier.id, action: "dossier.personal-data.viewed" },
    _count: { _all: true },
    _min: { at: true },
    _max: { at: true },
    orderBy: { _max: { at: "desc" } },
    take,
  });
  const people = await db().user.findMany({
    where: { id: { in: views.flatMap((v) => (v.actorUserId ? [v.actorUserId] : [])) } },
    select: { id: true, fullName: true },
  });
  const nameOf = new Map(people.map((p) => [p.id, p.fullName]));
  return views.map((v) => ({
    name: (v.actorUserId && nameOf.get(v.actorUserId)) || "—",
    times: v._count._all,
    first: v._min.at!,
    last: v._max.at!,
  }));
}
