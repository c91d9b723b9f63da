// Consultations with other agencies (lấy ý kiến / liên thông): the specialist holding a
// dossier asks another agency a question with a deadline in working days; the question
// appears in that agency's list; the answer is attached to the dossier's history. A
// question still open at its deadline is escalated to the coordinating office (the City
// People's Committee in the demo) by a background job, and shown to leaders.
import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/mutations";
import { toLocal, fromLocal, WORKING_DAY_MINUTES } from "@/lib/clock/calendar";
import { db } from "@/lib/db";
import { recordOnDossier } from "@/lib/dossiers/events";
import { DOSSIER_STATUS } from "@/lib/dossiers/status";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { isSignedIn, type Actor } from "@/lib/identity/actor";
import { agenciesWithPermission, hasPermission } from "@/lib/identity/permissions";
import { notifyConsultationAnswered, notifyConsulted } from "@/lib/notifications/staff";
import { loadWorkingCalendar } from "@/lib/clock/working-calendar";
import { refusedOrHidden, staffWithPermission } from "@/lib/dossiers/staff-access";
import { isUuid } from "@/lib/db/ids";
import { currentTime } from "@/lib/time";

const requestSchema = z.object({
  toAgency: z.string().min(1).max(80),
  question: z.string().trim().min(10).max(4000),
  workingDays: z.coerce.number().int().min(1).max(30),
});

/** Asks another agency; only the person holding the dossier's appraisal may. */
export async function requestConsultation(actor: Actor, code: string, input: unknown): Promise<void> {
  if (!isSignedIn(actor) || code.length > 60) throw new NotFoundError("dossier");
  const dossier = await db().dossier.findFirst({ where: { code } });
  if (!dossier) throw new NotFoundError("dossier");
  if (!hasPermission(actor.roles, "dossier.appraise", dossier.agencyId))
    throw await refusedOrHidden(actor, dossier, "consult");
  if (dossier.assigneeUserId !== actor.userId || dossier.status !== DOSSIER_STATUS.PROCESSING)
    throw new ConflictError(
      "Chỉ người đang xử lý hồ sơ mới lấy ý kiến được.",
      "Only the person processing the dossier can consult.",
    );
  const parsed = requestSchema.safeParse(input);
  if (!parsed.success)
    throw new ValidationError({
      question: {
        vi: "Chọn cơ quan, nêu nội dung cần lấy ý kiến (ít nhất 10 ký tự) và thời hạn (1–30 ngày làm việc).",
        en: "Choose the agency, write the question (10 characters or more) and the time limit (1–30 working days).",
      },
    });
  const target = await db().agency.findFirst({
    where: { slug: parsed.data.toAgency, isActive: true },
    select: { id: true, nameVi: true },
  });
  if (!target || target.id === dossier.agencyId)
    throw new ValidationError({ question: { vi: "Chọn một cơ quan khác.", en: "Choose another agency." } });
  // Whoever at the consulted agency may answer is told (and the staff home counts the question).
  const [answerers, from] = await Promise.all([
    staffWithPermission([target.id], ["dossier.appraise", "dossier.decide"]),
    db().agency.findUniqueOrThrow({ where: { id: dossier.agencyId }, select: { nameVi: true } }),
  ]);
  await db().$transaction(async (tx) => {
    const now = currentTime();
    const calendar = await loadWorkingCalendar(tx);
    const dueAt = fromLocal(
      calendar.addWorkingMinutes(calendar.nextOpening(toLocal(now)), parsed.data.workingDays * WORKING_DAY_MINUTES),
    );
    const consultation = await tx.consultation.create({
      data: {
        dossierId: dossier.id,
        fromAgencyId: dossier.agencyId,
        toAgencyId: target.id,
        requestedByUserId: actor.userId,
        question: parsed.data.question,
        requestedAt: now,
        dueAt,
      },
    });
    await notifyConsulted(
      tx,
      answerers.map((p) => p.id),
      dossier,
      from.nameVi,
      dueAt,
    );
    await recordOnDossier(tx, dossier.id, {
      type: "consultation.requested",
      actorUserId: actor.userId,
      details: {
        consultationId: consultation.id,
        toAgencyId: target.id,
        toAgency: target.nameVi,
        dueAt: dueAt.toISOString(),
        role: "SPECIALIST",
        agencyId: dossier.agencyId,
      },
    });
    await recordAudit(
      {
        actorUserId: actor.userId,
        action: "dossier.consult",
        targetType: "dossier",
        targetId: dossier.id,
        details: { code, toAgency: parsed.data.toAgency },
      },
      tx,
    );
  });
}

/** The agencies whose questions the person answers; null for all of them. */
function answeringAgencies(actor: Actor): string[] | null {
  if (!isSignedIn(actor)) return [];
  const scopes = (["dossier.appraise", "dossier.decide"] as const).map((p) => agenciesWithPermission(actor.roles, p));
  return scopes.includes("all") ? null : [...new Set(scopes.flatMap((s) => (s === "all" ? [] : s)))];
}

/** Questions to the person's agencies still waiting for an answer (the staff home's count). */
export async function countOpenConsultations(actor: Actor): Promise<number> {
  const agencies = answeringAgencies(actor);
  if (agencies !== null && agencies.length === 0) return 0;
  return db().consultation.count({
    where: { answeredAt: null, ...(agencies ? { toAgencyId: { in: agencies } } : {}) },
  });
}

/** Consultations addressed to the actor's agencies (open first), and those escalated to them as coordinating office. */
export async function listConsultationsForStaff(actor: Actor) {
  const agencies = answeringAgencies(actor);
  if (agencies !== null && agencies.length === 0) return [];
  const rows = await db().consultation.findMany({
    where: agencies ? { toAgencyId: { in: agencies } } : {},
    orderBy: [{ answeredAt: { sort: "asc", nulls: "first" } }, { dueAt: "asc" }],
    take: 50,
    include: { dossier: { select: { code: true } } },
  });
  const agencyNames = new Map(
    (
      await db().agency.findMany({
        where: { id: { in: rows.map((r) => r.fromAgencyId) } },
        select: { id: true, nameVi: true },
      })
    ).map((a) => [a.id, a.nameVi]),
  );
  return rows.map((r) => ({
    id: r.id,
    dossierCode: r.dossier.code,
    fromAgency: agencyNames.get(r.fromAgencyId) ?? "",
    question: r.question,
    requestedAt: r.requestedAt,
    dueAt: r.dueAt,
    answer: r.answer,
    answeredAt: r.answeredAt,
    escalatedAt: r.escalatedAt,
  }));
}

/** The consulted agency answers, once. */
export async function answerConsultation(actor: Actor, consultationId: string, answer: unknown): Promise<void> {
  if (!isSignedIn(actor) || !isUuid(consultationId)) throw new NotFoundError("consultation");
  const consultation = await db().consultation.findUnique({ where: { id: consultationId } });
  if (
    !consultation ||
    !(
      hasPermission(actor.roles, "dossier.appraise", consultation.toAgencyId) ||
      hasPermission(actor.roles, "dossier.decide", consultation.toAgencyId)
    )
  )
    throw new NotFoundError("consultation");
  const parsed = z.string().trim().min(5).max(4000).safeParse(answer);
  if (!parsed.success)
    throw new ValidationError({
      answer: { vi: "Nhập ý kiến trả lời (ít nhất 5 ký tự).", en: "Write the answer (5 characters or more)." },
    });
  await db().$transaction(async (tx) => {
    const updated = await tx.consultation.updateMany({
      where: { id: consultationId, answeredAt: null },
      data: { answer: parsed.data, answeredAt: currentTime(), answeredByUserId: actor.userId },
    });
    if (updated.count === 0)
      throw new ConflictError("Đã có ý kiến trả lời cho nội dung này.", "This consultation has already been answered.");
    await recordOnDossier(tx, consultation.dossierId, {
      type: "consultation.answered",
      actorUserId: actor.userId,
      details: { consultationId, agencyId: consultation.toAgencyId },
    });
    // The person who asked is told, in the portal and by e-mail.
    const [dossier, answering] = await Promise.all([
      tx.dossier.findUniqueOrThrow({ where: { id: consultation.dossierId }, select: { id: true, code: true } }),
      tx.agency.findUniqueOrThrow({ where: { id: consultation.toAgencyId }, select: { nameVi: true, nameEn: true } }),
    ]);
    await notifyConsultationAnswered(tx, consultation.requestedByUserId, dossier, answering);
    await recordAudit(
      {
        actorUserId: actor.userId,
        action: "consultation.answer",
        targetType: "consultation",
        targetId: consultationId,
      },
      tx,
    );
  });
}

/** Escalated consultations, for leaders (of the asking or the asked agency, or city-wide). */
export async function listEscalatedConsultations(actor: Actor) {
  if (!isSignedIn(actor)) return [];
  const scope = agenciesWithPermission(actor.roles, "stats.read");
  if (scope !== "all" && scope.length === 0) return [];
  const rows = await db().consultation.findMany({
    where: {
      escalatedAt: { not: null },
      answeredAt: null,
      ...(scope === "all" ? {} : { OR: [{ fromAgencyId: { in: scope } }, { toAgencyId: { in: scope } }] }),
    },
    orderBy: { dueAt: "asc" },
    take: 50,
    include: { dossier: { select: { code: true } } },
  });
  const names = new Map(
    (
      await db().agency.findMany({
        where: { id: { in: rows.map((r) => r.toAgencyId) } },
        select: { id: true, nameVi: true },
      })
    ).map((a) => [a.id, a.nameVi]),
  );
  return rows.map((r) => ({
    id: r.id,
    dossierCode: r.dossier.code,
    toAgency: names.get(r.toAgencyId) ?? "",
    dueAt: r.dueAt,
    escalatedAt: r.escalatedAt!,
  }));
}

/** A dossier's consultations, for staff who may see the dossier, and the agencies one may consult. */
export async function listConsultationsOfDossier(dossierId: string) {
  const rows = await db().consultation.findMany({ where: { dossierId }, orderBy: { requestedAt: "asc" } });
  const names = new Map(
    (
      await db().agency.findMany({
        where: { id: { in: rows.map((r) => r.toAgencyId) } },
        select: { id: true, nameVi: true },
      })
    ).map((a) => [a.id, a.nameVi]),
  );
  return rows.map((r) => ({
    id: r.id,
    toAgency: names.get(r.toAgencyId) ?? "",
    question: r.question,
    dueAt: r.dueAt,
    answer: r.answer,
    answeredAt: r.answeredAt,
    escalatedAt: r.escalatedAt,
  }));
}

export async function listConsultableAgencies(exceptAgencyId: string) {
  return db().agency.findMany({
    where: { isActive: true, id: { not: exceptAgencyId } },
    orderBy: [{ level: "asc" }, { nameVi: "asc" }],
    select: { slug: true, nameVi: true },
    take: 200,
  });
}
