// The one-stop reception desk (docs/domain.md §3): the queue of dossiers waiting for
// reception, and two of its outcomes: receive (Mẫu 01: the clock starts, the appointment
// is computed) and refuse (Mẫu 03, with reasons). Every action names the dossier version
// it saw, so of two clerks acting at once only the first succeeds.
import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/mutations";
import { appointment } from "@/lib/clock/deadline";
import { db } from "@/lib/db";
import { timeLimitOf } from "@/lib/procedures/dto";
import { changeDossier } from "@/lib/dossiers/lifecycle";
import { clocksOf } from "@/lib/dossiers/clock";
import { loadTimeline } from "@/lib/dossiers/timeline";
import { asStatus, DOSSIER_STATUS, nextStatus } from "@/lib/dossiers/status";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { documentStorage } from "@/lib/documents/mutations";
import { isUuid } from "@/lib/db/ids";
import type { Actor } from "@/lib/identity/actor";
import { hasPermission } from "@/lib/identity/permissions";
import { formatDateTime, formatTimeLimit } from "@/lib/i18n/format";
import { dossierMessages } from "@/lib/notifications/dossier-messages";
import { openIdentity, openJson, sealJson } from "@/lib/security/identity-sealing";
import type { FormValues } from "@/lib/forms/compile";
import type { Prisma } from "@/lib/generated/prisma/client";
import { loadWorkingCalendar } from "@/lib/clock/working-calendar";
import { staffDossier, staffScope } from "@/lib/dossiers/staff-access";
import { listSlips } from "@/lib/dossiers/slips";
import { codeOrApplicant } from "./work-queue";
import { workflowStateFor } from "./workflow";
import { listConsultableAgencies, listConsultationsOfDossier } from "./consultations";
import { currentTime } from "@/lib/time";

const PAGE_SIZE = 20;

const queueParams = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  q: z.string().trim().max(100).catch(""),
});

/** Dossiers waiting for reception at the actor's agencies, oldest first, a page at a time. */
export async function listReceptionQueue(actor: Actor, params: unknown) {
  const { where } = staffScope(actor, "dossier.receive");
  const { page, q } = queueParams.parse(params ?? {});
  const search: Prisma.DossierWhereInput = q ? await codeOrApplicant(q) : {};
  const filter: Prisma.DossierWhereInput = { ...where, status: DOSSIER_STATUS.SUBMITTED, ...search };
  const [total, rows] = await Promise.all([
    db().dossier.count({ where: filter }),
    db().dossier.findMany({
      where: filter,
      orderBy: { submittedAt: "asc" },
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { code: true, submittedAt: true, applicantUserId: true, procedureVersionId: true, agencyId: true },
    }),
  ]);
  const [people, versions] = await Promise.all([
    db().user.findMany({
      where: { id: { in: rows.map((r) => r.applicantUserId) } },
      select: { id: true, fullName: true },
    }),
    db().procedureVersion.findMany({
      where: { id: { in: [...new Set(rows.map((r) => r.procedureVersionId))] } },
      select: { id: true, procedure: { select: { nameVi: true, nameEn: true } } },
    }),
  ]);
  const nameOf = new Map(people.map((p) => [p.id, p.fullName]));
  const procedureOf = new Map(versions.map((v) => [v.id, { vi: v.procedure.nameVi, en: v.procedure.nameEn }]));
  return {
    total,
    page,
    pageSize: PAGE_SIZE,
    q,
    items: rows.map((r) => ({
      code: r.code,
      submittedAt: r.submittedAt,
      applicantName: nameOf.get(r.applicantUserId) ?? "",
      procedureName: procedureOf.get(r.procedureVersionId)!,
    })),
  };
}

/** How many dossiers wait for reception at the person's agencies (the staff home's count). */
export async function countReceptionQueue(actor: Actor): Promise<number> {
  const { where } = staffScope(actor, "dossier.receive");
  return db().dossier.count({ where: { ...where, status: DOSSIER_STATUS.SUBMITTED } });
}

export type ReceptionResult = { code: string; version: number };

/**
 * Receives a dossier: status 2, the clock starting now (or at the next opening), the
 * appointment from the version's time limit and the working calendar, Mẫu 01 issued, the
 * applicant notified — all in one transaction, and only if the dossier is still the
 * version the clerk saw.
 */
export async function receiveDossier(actor: Actor, code: string, seenVersion: number): Promise<ReceptionResult> {
  const { me, dossier } = await staffDossier(actor, code, "dossier.receive");
  return db().$transaction(async (tx) => {
    const now = currentTime();
    const version = await tx.procedureVersion.findUniqueOrThrow({
      where: { id: dossier.procedureVersionId },
      select: {
        timeLimitValue: true,
        timeLimitUnit: true,
        sameDayCutoff: true,
        outOfHoursNextWorkingDay: true,
        inPersonVi: true,
        procedure: { select: { nameVi: true, code: true } },
        documents: { select: { key: true, nameVi: true } },
      },
    });
    const limit = {
      value: version.timeLimitValue,
      unit: version.timeLimitUnit,
      sameDayCutoff: version.sameDayCutoff,
      outOfHoursNextWorkingDay: version.outOfHoursNextWorkingDay,
    };
    const appointmentAt = appointment(now, limit, await loadWorkingCalendar(tx));
    const [agency, applicant, attached] = await Promise.all([
      tx.agency.findUniqueOrThrow({ where: { id: dossier.agencyId }, select: { nameVi: true, addressVi: true } }),
      tx.user.findUniqueOrThrow({
        where: { id: dossier.applicantUserId },
        select: { fullName: true, sealedIdentity: true },
      }),
      tx.dossierDocument.findMany({ where: { dossierId: dossier.id }, select: { documentKey: true } }),
    ]);
    const moved = await changeDossier(tx, dossier, {
      action: "receive",
      seenVersion,
      set: { receivedAt: now, receivedByUserId: me.userId, appointmentAt },
      event: {
        type: "received",
        actorUserId: me.userId,
        details: { appointmentAt: appointmentAt.toISOString(), role: "RECEPTION_CLERK", agencyId: dossier.agencyId },
      },
      notify: {
        kind: "dossier.received",
        message: dossierMessages.received(dossier.code, agency.nameVi, now, appointmentAt),
      },
      audit: { actorUserId: me.userId, action: "dossier.receive", details: { code: dossier.code } },
    });
    const documentName = new Map(version.documents.map((d) => [d.key, d.nameVi]));
    const values = openJson<Record<string, unknown>>(dossier.sealedValues);
    const known = openIdentity(applicant.sealedIdentity);
    const content = {
      agency: agency.nameVi,
      receptionUnit: `Bộ phận Một cửa – ${agency.nameVi}`,
      code: dossier.code,
      applicant: {
        name: applicant.fullName,
        address: known.address ?? String(values.address ?? values.requesterAddress ?? ""),
        phone: known.phone ?? String(values.phone ?? ""),
        email: known.contactEmail ?? "",
      },
      procedure: `${version.procedure.nameVi} (${version.procedure.code})`,
      // The declaration first, where the procedure has one: the e-form filed stands for the paper form.
      documents: [
        ...(documentName.has("to-khai") ? [`${documentName.get("to-khai")}: biểu mẫu điện tử đã nộp trên Cổng`] : []),
        ...attached.map((d) => documentName.get(d.documentKey) ?? d.documentKey),
      ],
      sets: 1,
      timeLimit: formatTimeLimit({ ...limit, note: null }, "vi"),
      receivedAt: formatDateTime(now),
      appointmentAt: formatDateTime(appointmentAt),
      delivery: version.inPersonVi
        ? "Bản điện tử trên Cổng dịch vụ công; phần thực hiện trực tiếp ghi dưới đây"
        : "Nhận kết quả trực tuyến trên Cổng dịch vụ công (bản điện tử)",
      // A partly online procedure: what the applicant still does in person (docs/domain.md §6).
      ...(version.inPersonVi ? { inPerson: version.inPersonVi } : {}),
      officer: me.fullName,
    };
    await tx.dossierSlip.create({
      data: { dossierId: dossier.id, kind: "MAU_01", issuedBy: me.userId, sealedContent: sealJson(content) },
    });
    return { code: dossier.code, version: moved.version };
  });
}

const reasonsSchema = z
  .string()
  .trim()
  .min(10, "Hãy nêu lý do cụ thể (ít nhất 10 ký tự).")
  .max(2000, "Lý do quá dài (tối đa 2.000 ký tự).");

/** Refuses a dossier at reception with specific reasons (Mẫu 03); status 3. */
export async function refuseDossier(
  actor: Actor,
  code: string,
  seenVersion: number,
  reasons: unknown,
): Promise<ReceptionResult> {
  const { me, dossier } = await staffDossier(actor, code, "dossier.receive");
  const parsed = reasonsSchema.safeParse(reasons);
  if (!parsed.success)
    throw new ValidationError({
      reasons: { vi: parsed.error.issues[0]!.message, en: "Give specific reasons (10 to 2,000 characters)." },
    });
  return db().$transaction(async (tx) => {
    const moved = await changeDossier(tx, dossier, {
      action: "refuse",
      seenVersion,
      event: {
        type: "refused",
        actorUserId: me.userId,
        details: { reasons: parsed.data, role: "RECEPTION_CLERK", agencyId: dossier.agencyId },
      },
      notify: { kind: "dossier.refused", message: dossierMessages.refused(dossier.code, parsed.data) },
      audit: { actorUserId: me.userId, action: "dossier.refuse", details: { code: dossier.code } },
    });
    const [agency, applicant, version] = await Promise.all([
      tx.agency.findUniqueOrThrow({ where: { id: dossier.agencyId }, select: { nameVi: true } }),
      tx.user.findUniqueOrThrow({ where: { id: dossier.applicantUserId }, select: { fullName: true } }),
      tx.procedureVersion.findUniqueOrThrow({
        where: { id: dossier.procedureVersionId },
        select: { procedure: { select: { nameVi: true } } },
      }),
    ]);
    const content = {
      agency: agency.nameVi,
      code: dossier.code,
      applicant: applicant.fullName,
      procedure: version.procedure.nameVi,
      reasons: parsed.data,
      refusedAt: formatDateTime(currentTime()),
      officer: me.fullName,
    };
    await tx.dossierSlip.create({
      data: { dossierId: dossier.id, kind: "MAU_03", issuedBy: me.userId, sealedContent: sealJson(content) },
    });
    return { code: dossier.code, version: moved.version };
  });
}

/**
 * A dossier as staff see it, with every answer: opening it is logged, because it shows
 * the applicant's personal data (the applicant can see who looked and when).
 */
export async function getDossierForStaff(actor: Actor, code: string) {
  // Reception clerks read what they receive; other staff read with dossier.read.
  const { me, dossier } = await staffDossier(actor, code, ...READ_DOSSIER);
  const values = openJson<FormValues>(dossier.sealedValues);
  const consulting =
    dossier.assigneeUserId === me.userId &&
    dossier.status === DOSSIER_STATUS.PROCESSING &&
    hasPermission(me.roles, "dossier.appraise", dossier.agencyId);
  // Everything the page shows, read at once.
  const [
    applicant,
    version,
    agency,
    events,
    slips,
    workflow,
    consultations,
    consultableAgencies,
    supplementRequests,
    clocks,
    results,
  ] = await Promise.all([
    db()
      .user.findUniqueOrThrow({
        where: { id: dossier.applicantUserId },
        select: { fullName: true, sealedIdentity: true },
      })
      .then((u) => {
        const { phone, contactEmail } = openIdentity(u.sealedIdentity);
        return { fullName: u.fullName, phone, contactEmail };
      }),
    db().procedureVersion.findUniqueOrThrow({
      where: { id: dossier.procedureVersionId },
      select: {
        formDefinition: true,
        timeLimitValue: true,
        timeLimitUnit: true,
        sameDayCutoff: true,
        procedure: { select: { nameVi: true, nameEn: true, code: true } },
      },
    }),
    db().agency.findUniqueOrThrow({ where: { id: dossier.agencyId }, select: { nameVi: true, nameEn: true } }),
    loadTimeline(dossier),
    listSlips(dossier.id),
    workflowStateFor(me, { ...dossier, values }),
    listConsultationsOfDossier(dossier.id),
    consulting ? listConsultableAgencies(dossier.agencyId) : Promise.resolve([]),
    db().supplementRequest.count({ where: { dossierId: dossier.id } }),
    clocksOf([dossier]),
    db().resultDocument.findMany({
      where: { dossierId: dossier.id },
      orderBy: { issuedAt: "asc" },
      select: { code: true, titleVi: true, outcome: true, issuedAt: true, replacedByCode: true },
    }),
  ]);
  const documents = await listDossierDocuments(dossier.id, dossier.procedureVersionId);
  await recordAudit({
    actorUserId: me.userId,
    action: "dossier.personal-data.viewed",
    targetType: "dossier",
    targetId: dossier.id,
    details: { code: dossier.code },
  });
  return {
    code: dossier.code,
    status: asStatus(dossier.status),
    version: dossier.version,
    submittedAt: dossier.submittedAt,
    receivedAt: dossier.receivedAt,
    appointmentAt: dossier.appointmentAt,
    applicant,
    agency: { vi: agency.nameVi, en: agency.nameEn },
    values,
    definition: version.formDefinition,
    procedure: { code: version.procedure.code, name: { vi: version.procedure.nameVi, en: version.procedure.nameEn } },
    timeLimit: timeLimitOf(version),
    events,
    slips,
    workflow,
    consultations,
    consultableAgencies,
    supplementRequests,
    results,
    documents,
    clock: clocks.get(dossier.id) ?? null,
    canReceive:
      dossier.status === DOSSIER_STATUS.SUBMITTED && hasPermission(me.roles, "dossier.receive", dossier.agencyId),
    canRequestSupplement:
      nextStatus(asStatus(dossier.status), "request-supplement", dossier.receivedAt !== null) !== null &&
      hasPermission(me.roles, dossier.receivedAt ? "dossier.appraise" : "dossier.receive", dossier.agencyId) &&
      !(dossier.receivedAt && dossier.assigneeUserId && dossier.assigneeUserId !== me.userId),
  };
}

/** The request form of a procedure (its key in the catalogue), which an online dossier's e-form itself is. */
const REQUEST_FORM_KEY = "to-khai";

/** The permissions that let a member of staff read a dossier, its answers and its documents. */
const READ_DOSSIER = ["dossier.read", "dossier.receive", "dossier.appraise", "dossier.decide"] as const;

/**
 * The procedure's documents, each with what was given for it, then anything given for no
 * listed document: what reception checks for completeness, and what every member of staff
 * who may read the dossier opens.
 */
async function listDossierDocuments(dossierId: string, procedureVersionId: string) {
  const [attached, listed] = await Promise.all([
    db().dossierDocument.findMany({
      where: { dossierId },
      take: 100,
      select: {
        documentKey: true,
        document: { select: { id: true, originalName: true, mimeType: true, sizeBytes: true } },
      },
    }),
    db().requiredDocument.findMany({
      where: { versionId: procedureVersionId },
      orderBy: { sortOrder: "asc" },
      take: 100,
      select: { key: true, nameVi: true, nameEn: true, required: true },
    }),
  ]);
  const files = (key: string) =>
    attached
      .filter((a) => a.documentKey === key)
      .map((a) => ({
        id: a.document.id,
        fileName: a.document.originalName,
        mimeType: a.document.mimeType,
        sizeBytes: a.document.sizeBytes,
      }));
  const keys = new Set(listed.map((d) => d.key));
  return [
    ...listed.map((d) => ({
      key: d.key,
      name: { vi: d.nameVi, en: d.nameEn } as { vi: string; en: string } | null,
      required: d.required,
      byEForm: d.key === REQUEST_FORM_KEY,
      files: files(d.key),
    })),
    ...[...new Set(attached.map((a) => a.documentKey).filter((k) => !keys.has(k)))].map((key) => ({
      key,
      name: null,
      required: false,
      byEForm: false,
      files: files(key),
    })),
  ];
}

/**
 * One document of a dossier, for a member of staff who may read the dossier (anyone else:
 * not found). Every opening is written to the citizen's access log, as opening the dossier is.
 */
export async function getDossierDocumentForStaff(actor: Actor, code: string, documentId: string) {
  const { me, dossier } = await staffDossier(actor, code, ...READ_DOSSIER);
  const attached = isUuid(documentId)
    ? await db().dossierDocument.findFirst({
        where: { dossierId: dossier.id, documentId },
        select: { documentKey: true, document: { select: { originalName: true, mimeType: true, storageKey: true } } },
      })
    : null;
  if (!attached) throw new NotFoundError("document");
  const bytes = await documentStorage().get(attached.document.storageKey);
  await recordAudit({
    actorUserId: me.userId,
    action: "dossier.personal-data.viewed",
    targetType: "dossier",
    targetId: dossier.id,
    details: { code: dossier.code, document: attached.documentKey },
  });
  return { name: attached.document.originalName, mimeType: attached.document.mimeType, bytes };
}

/**
 * A result issued on a dossier (the sealed PDF, exactly as issued), for a member of staff
 * who may read the dossier; anyone else: not found. Written to the citizen's access log.
 */
export async function getResultDocumentForStaff(actor: Actor, code: string, resultCode: string) {
  const { me, dossier } = await staffDossier(actor, code, ...READ_DOSSIER);
  const result =
    resultCode.length <= 70
      ? await db().resultDocument.findFirst({
          where: { dossierId: dossier.id, code: resultCode },
          select: { code: true, documentId: true },
        })
      : null;
  if (!result) throw new NotFoundError("result");
  const stored = await db().storedDocument.findUniqueOrThrow({
    where: { id: result.documentId },
    select: { mimeType: true, storageKey: true },
  });
  const bytes = await documentStorage().get(stored.storageKey);
  await recordAudit({
    actorUserId: me.userId,
    action: "dossier.personal-data.viewed",
    targetType: "dossier",
    targetId: dossier.id,
    details: { code: dossier.code, result: result.code },
  });
  return { name: `${result.code}.pdf`, mimeType: stored.mimeType, bytes };
}
