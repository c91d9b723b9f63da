// Supplement requests (Mẫu 02): staff list everything missing or wrong at once, with a
// reason for each; the applicant answers online with new documents and corrected
// answers; the dossier returns to where it was. After reception the waiting time is
// excluded from the clock, and the appointment moves by exactly that much.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { applicantScope, plausibleCode } from "@/lib/dossiers/access";
import { lockDossier } from "@/lib/dossiers/events";
import { changeDossier, dossierChanged } from "@/lib/dossiers/lifecycle";
import { DOSSIER_STATUS } from "@/lib/dossiers/status";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { scalarSchema, type FormValues } from "@/lib/forms/compile";
import { openJson, sealJson } from "@/lib/security/identity-sealing";
import { formDefinitionSchema, type ScalarField } from "@/lib/forms/definition";
import { formErrorMessage } from "@/lib/forms/messages";
import { isSignedIn, type Actor } from "@/lib/identity/actor";
import { hasPermission } from "@/lib/identity/permissions";
import { formatDateTime } from "@/lib/i18n/format";
import { dossierMessages } from "@/lib/notifications/dossier-messages";
import { appointmentWithPauses } from "@/lib/dossiers/pauses";
import { refusedOrHidden, staffScope } from "@/lib/dossiers/staff-access";
import { isUuid } from "@/lib/db/ids";
import { currentTime } from "@/lib/time";

export type SupplementItem = { kind: "document" | "field"; key: string; label: string; reason: string };

const requestSchema = z.object({
  items: z
    .array(
      z.object({
        kind: z.enum(["document", "field"]),
        key: z.string().min(1).max(60),
        reason: z.string().trim().min(5, "reason").max(500, "reason"),
      }),
    )
    .min(1, "items")
    .max(30),
  note: z.string().trim().max(1000).optional(),
  /** Items given a reason but not chosen: a request never drops what the clerk wrote. */
  reasonedButNotChosen: z.array(z.string().max(80)).max(60).optional(),
  officerPhone: z
    .string()
    .trim()
    .regex(/^(0|\+84)[0-9 .]{8,13}$/, "phone"),
});

const MESSAGES = {
  items: {
    vi: "Chọn ít nhất một giấy tờ hoặc thông tin cần bổ sung.",
    en: "Choose at least one document or answer to supplement.",
  },
  reason: { vi: "Nêu lý do cho từng mục (5 đến 500 ký tự).", en: "Give a reason for each item (5 to 500 characters)." },
  phone: { vi: "Nhập số điện thoại của cán bộ hướng dẫn.", en: "Enter the guiding officer's phone number." },
};

/** What a request may name: the version's required documents and the form's answers. */
async function requestableItems(procedureVersionId: string) {
  const version = await db().procedureVersion.findUniqueOrThrow({
    where: { id: procedureVersionId },
    select: { formDefinition: true, documents: { orderBy: { sortOrder: "asc" }, select: { key: true, nameVi: true } } },
  });
  // A procedure without an e-form has no answers to name, only its documents.
  const parsed = formDefinitionSchema.safeParse(version.formDefinition);
  const definition = parsed.success ? parsed.data : null;
  // An answer is named with its page ("Người mẹ – Năm sinh"): several pages ask the same question
  // of different people, and the label goes on to Mẫu 02 and the applicant's page. The
  // deciding agency is not asked again: a dossier filed with the wrong one is refused.
  const fields = (definition?.pages ?? []).flatMap((p) =>
    p.fields
      .filter(
        (f): f is ScalarField =>
          f.type !== "group" && f.type !== "attachment" && f.type !== "ward" && !f.prefill?.startsWith("identity.id"),
      )
      .map((f) => ({ page: p.title.vi, f })),
  );
  return {
    documents: version.documents.map((d) => ({ key: d.key, label: d.nameVi })),
    fields: fields.map(({ page, f }) => ({
      key: f.id,
      label: `${page} – ${f.label.vi}`,
      page,
      fieldLabel: f.label.vi,
      field: f,
    })),
    definition,
  };
}

/** Everything a clerk may ask for on this dossier (for the request form). */
export async function listRequestableItems(actor: Actor, code: string) {
  const { where } = staffScope(actor, "dossier.receive", "dossier.appraise");
  const dossier = await db().dossier.findFirst({ where: { code, ...where }, select: { procedureVersionId: true } });
  if (!dossier) throw new NotFoundError("dossier");
  const items = await requestableItems(dossier.procedureVersionId);
  return {
    documents: items.documents,
    fields: items.fields.map(({ key, label, page, fieldLabel }) => ({ key, label, page, fieldLabel })),
  };
}

/** Asks the applicant for supplements, all at once (status 5, Mẫu 02). */
export async function requestSupplement(
  actor: Actor,
  code: string,
  seenVersion: number,
  input: unknown,
): Promise<void> {
  if (!isSignedIn(actor) || !plausibleCode(code)) throw new NotFoundError("dossier");
  const dossier = await db().dossier.findFirst({ where: { code } });
  // The reception desk asks before reception; the appraising specialist after it.
  const permission = dossier?.receivedAt ? "dossier.appraise" : "dossier.receive";
  if (!dossier) throw new NotFoundError("dossier");
  if (!hasPermission(actor.roles, permission, dossier.agencyId))
    throw await refusedOrHidden(actor, dossier, "request-supplement");
  // After reception, a dossier someone holds is theirs to ask about (issue 19 finding 8).
  if (dossier.receivedAt && dossier.assigneeUserId && dossier.assigneeUserId !== actor.userId) {
    throw new ForbiddenError(
      "Chỉ người đang xử lý hồ sơ mới yêu cầu bổ sung được.",
      "Only the person processing the dossier can ask for a supplement.",
    );
  }
  const parsed = requestSchema.safeParse(input);
  if (!parsed.success) {
    const keys = [...new Set(parsed.error.issues.map((i) => (i.message in MESSAGES ? i.message : "items")))] as Array<
      keyof typeof MESSAGES
    >;
    throw new ValidationError(Object.fromEntries(keys.map((k) => [k, MESSAGES[k]])));
  }
  const received = dossier.receivedAt !== null;
  const allowed = await requestableItems(dossier.procedureVersionId);
  const labelOf = new Map([
    ...allowed.documents.map((d) => [`document:${d.key}`, d.label] as const),
    ...allowed.fields.map((f) => [`field:${f.key}`, f.label] as const),
  ]);
  const forgotten = (parsed.data.reasonedButNotChosen ?? []).flatMap(
    (item) => labelOf.get(item as `document:${string}`) ?? [],
  );
  if (forgotten.length)
    throw new ValidationError({
      items: {
        vi: `Bạn đã ghi lý do cho “${forgotten.join("”, “")}” nhưng chưa chọn: hãy chọn mục đó hoặc xoá lý do.`,
        en: `You wrote a reason for “${forgotten.join("”, “")}” without choosing it: choose it or clear the reason.`,
      },
    });
  const items: SupplementItem[] = parsed.data.items.map((i) => {
    const label = labelOf.get(`${i.kind}:${i.key}`);
    if (!label)
      throw new ValidationError({
        items: {
          vi: "Chỉ được yêu cầu giấy tờ và thông tin thuộc thành phần hồ sơ đã công bố.",
          en: "Only documents and answers the procedure publishes may be requested.",
        },
      });
    return { ...i, label };
  });
  await db().$transaction(async (tx) => {
    const now = currentTime();
    const [agency, applicant, version] = await Promise.all([
      tx.agency.findUniqueOrThrow({ where: { id: dossier.agencyId }, select: { nameVi: true } }),
      tx.user.findUniqueOrThrow({ where: { id: dossier.applicantUserId }, select: { fullName: true } }),
      tx.procedureVersion.findUniqueOrThrow({
        where: { id: dossier.procedureVersionId },
        select: { procedure: { select: { nameVi: true } } },
      }),
    ]);
    // The change first: it locks the dossier's row before the rows that refer to it are written
    // (two requests at once would otherwise deadlock on those references).
    await changeDossier(tx, dossier, {
      action: "request-supplement",
      seenVersion,
      event: {
        type: "supplement.requested",
        actorUserId: actor.userId,
        details: {
          items: items.map((i) => `${i.kind}:${i.key}`),
          role: permission === "dossier.receive" ? "RECEPTION_CLERK" : "SPECIALIST",
          agencyId: dossier.agencyId,
        },
      },
      notify: {
        kind: "dossier.supplement-requested",
        message: dossierMessages.supplementRequested(
          dossier.code,
          agency.nameVi,
          items.map((i) => i.label),
        ),
      },
      audit: { actorUserId: actor.userId, action: "dossier.request-supplement", details: { code: dossier.code } },
    });
    await tx.supplementRequest.create({
      data: {
        dossierId: dossier.id,
        afterReception: received,
        items,
        note: parsed.data.note || null,
        requestedAt: now,
        requestedByUserId: actor.userId,
        officerName: actor.fullName,
        officerPhone: parsed.data.officerPhone,
      },
    });
    const content = {
      agency: agency.nameVi,
      code: dossier.code,
      applicant: applicant.fullName,
      procedure: version.procedure.nameVi,
      items,
      note: parsed.data.note ?? "",
      officer: actor.fullName,
      officerPhone: parsed.data.officerPhone,
      requestedAt: formatDateTime(now),
    };
    await tx.dossierSlip.create({
      data: { dossierId: dossier.id, kind: "MAU_02", issuedBy: actor.userId, sealedContent: sealJson(content) },
    });
  });
}

/** The open request of one of the applicant's dossiers, with the fields it names. */
export async function getOpenSupplementForApplicant(actor: Actor, code: string) {
  if (!isSignedIn(actor) || !plausibleCode(code)) throw new NotFoundError("dossier");
  const dossier = await db().dossier.findFirst({
    where: { code, ...applicantScope(actor) },
    select: { id: true, status: true, procedureVersionId: true, sealedValues: true },
  });
  if (!dossier) throw new NotFoundError("dossier");
  if (dossier.status !== DOSSIER_STATUS.SUPPLEMENT_REQUESTED) return null;
  const request = await db().supplementRequest.findFirst({
    where: { dossierId: dossier.id, answeredAt: null },
    orderBy: { requestedAt: "desc" },
  });
  if (!request) return null;
  const { fields } = await requestableItems(dossier.procedureVersionId);
  const items = request.items as SupplementItem[];
  return {
    requestedAt: request.requestedAt,
    officerName: request.officerName,
    officerPhone: request.officerPhone,
    note: request.note,
    items,
    fields: fields.filter((f) => items.some((i) => i.kind === "field" && i.key === f.key)).map((f) => f.field),
    values: openJson<FormValues>(dossier.sealedValues),
  };
}

/**
 * The applicant's answer: every requested document replaced by one of their own data
 * store, every requested answer corrected and valid. The dossier goes back to reception
 * (or to processing, with the appointment moved by the time spent waiting).
 */
export async function answerSupplement(
  actor: Actor,
  code: string,
  input: { documents: Record<string, string>; values: Record<string, unknown> },
): Promise<void> {
  if (!isSignedIn(actor) || !plausibleCode(code)) throw new NotFoundError("dossier");
  const dossier = await db().dossier.findFirst({ where: { code, ...applicantScope(actor) } });
  if (!dossier) throw new NotFoundError("dossier");
  const request = await db().supplementRequest.findFirst({
    where: { dossierId: dossier.id, answeredAt: null },
    orderBy: { requestedAt: "desc" },
  });
  if (dossier.status !== DOSSIER_STATUS.SUPPLEMENT_REQUESTED || !request)
    throw new ConflictError(
      "Hồ sơ không có yêu cầu bổ sung nào đang chờ.",
      "No supplement request is waiting on this dossier.",
    );
  const items = request.items as SupplementItem[];
  const { fields } = await requestableItems(dossier.procedureVersionId);
  const errors: Record<string, { vi: string; en: string }> = {};
  const newValues: FormValues = {};
  for (const item of items.filter((i) => i.kind === "field")) {
    // A request made before a question stopped being requestable (the deciding agency) keeps its answer.
    const field = fields.find((f) => f.key === item.key)?.field;
    if (!field) continue;
    const value = input.values[item.key];
    if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) {
      errors[item.key] = formErrorMessage("required");
      continue;
    }
    const parsed = scalarSchema(field).safeParse(typeof value === "string" ? value.trim() : value);
    if (!parsed.success) errors[item.key] = formErrorMessage(parsed.error.issues[0]?.message ?? "invalid");
    else newValues[item.key] = parsed.data;
  }
  for (const item of items.filter((i) => i.kind === "document")) {
    const id = input.documents[item.key];
    const owned = isUuid(id) && (await db().storedDocument.count({ where: { id, ownerUserId: actor.userId } })) > 0;
    if (!owned) errors[`document.${item.key}`] = { vi: "Vui lòng tải lên giấy tờ này.", en: "Upload this document." };
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
  await db().$transaction(async (tx) => {
    // The dossier's row first, before the rows that refer to it (see requestSupplement).
    if (!(await lockDossier(tx, dossier.id))) throw dossierChanged();
    const now = currentTime();
    const provenance = {
      ...(dossier.provenance as Record<string, string>),
      ...Object.fromEntries(Object.keys(newValues).map((k) => [k, "TYPED"])),
    };
    const answered = await tx.supplementRequest.updateMany({
      where: { id: request.id, answeredAt: null },
      data: { answeredAt: now },
    });
    if (answered.count === 0) throw dossierChanged();
    // The clock did not run while the dossier waited: the appointment moves by that time.
    const appointmentAt = request.afterReception ? await appointmentWithPauses(tx, dossier.id, now) : null;
    // The applicant answers the request that is open, whatever the dossier's version.
    await changeDossier(tx, dossier, {
      action: "supplement-answered",
      seenVersion: "current",
      set: {
        sealedValues: sealJson({ ...openJson<FormValues>(dossier.sealedValues), ...newValues }),
        provenance,
        ...(appointmentAt ? { appointmentAt } : {}),
      },
      event: {
        type: "supplement.answered",
        actorUserId: actor.userId,
        details: {
          fields: Object.keys(newValues),
          documents: items.filter((i) => i.kind === "document").map((i) => i.key),
        },
      },
      notify: { kind: "dossier.supplement-answered", message: dossierMessages.supplementAnswered(dossier.code) },
    });
    for (const item of items.filter((i) => i.kind === "document")) {
      await tx.dossierDocument.deleteMany({ where: { dossierId: dossier.id, documentKey: item.key } });
      await tx.dossierDocument.create({
        data: { dossierId: dossier.id, documentId: input.documents[item.key]!, documentKey: item.key },
      });
    }
  });
}
