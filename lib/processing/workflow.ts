// Processing after reception (docs/domain.md §3): each step of the version (appraisal by a
// specialist, approval by a leader, return by the one-stop desk) has a named person
// responsible; every hand-off is an event naming who handed over and who received, with
// the step's timing for the control slip; the leader's approval issues the result,
// signed with the agency's key, into the applicant's data store.
import "server-only";
import { z } from "zod";
import { dueWithinOneWorkingDay, stepTiming } from "@/lib/clock/deadline";
import { db } from "@/lib/db";
import { changeDossier, dossierChanged, noteOnDossier } from "@/lib/dossiers/lifecycle";
import { asStatus, DOSSIER_STATUS, nextStatus, RUNNING_STATUSES } from "@/lib/dossiers/status";
import { ValidationError } from "@/lib/errors";
import type { FormValues } from "@/lib/forms/compile";
import type { Actor, PersonActor } from "@/lib/identity/actor";
import { hasPermission } from "@/lib/identity/permissions";
import { dossierMessages } from "@/lib/notifications/dossier-messages";
import { notifyStepReceiver } from "@/lib/notifications/staff";
import { loadWorkingCalendar } from "@/lib/clock/working-calendar";
import {
  checkTexts,
  composeResult,
  decisionSources,
  nextRegisterNumber,
  postedTexts,
  registerYear,
  reservedRegisterNumber,
  resultFields,
  resultPdf,
  type Outcome,
} from "@/lib/results/issue";
import { discard, sealAndStore } from "@/lib/documents/sealed-pdf";
import { documentStorage } from "@/lib/documents/mutations";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { confirmWithCode } from "@/lib/signing/confirm";
import {
  requestAttributesSignature,
  SigningRefusedError,
  SigningUnavailableError,
  signerCertificate,
  trustedCaCertificate,
} from "@/lib/signing/client";
import { attributesToSign, completePdfSignature, preparePdfSignature } from "@/lib/signing/pdf-seal";
import { checkSignature, signerUid } from "@/lib/signing/verify";
import { refusal, staffDossier, staffWithPermission } from "@/lib/dossiers/staff-access";
import { NEXT_STEP, STEP_NAMES, STEP_PERMISSION, stepOf, type StepKey } from "@/lib/dossiers/steps";
import { isUuid } from "@/lib/db/ids";
import { openIdentity, sealJson, openJson } from "@/lib/security/identity-sealing";
import { currentTime } from "@/lib/time";

const STALE = dossierChanged;

const dossierFor = (actor: Actor, code: string) =>
  staffDossier(actor, code, "dossier.appraise", "dossier.decide", "dossier.receive", "dossier.read");

/**
 * Taking or giving the current step: from status 2 it starts processing (status 4, the
 * citizen told by whom); in status 4 the status stays. The event records the status either way.
 */
function stepChange(starting: boolean, holder: string, dossier: { code: string }) {
  return starting
    ? {
        action: "start-processing" as const,
        notify: { kind: "dossier.processing", message: dossierMessages.processingStarted(dossier.code, holder) },
      }
    : { action: null, within: [DOSSIER_STATUS.PROCESSING], statusInEvent: true };
}

/** The colleague a step is given to: someone with an account whose roles work the step at the agency. */
async function receiverFor(toUserId: string, step: StepKey, agencyId: string, field: "to" | "assignTo") {
  const receiver = isUuid(toUserId)
    ? await db().user.findUnique({ where: { id: toUserId }, select: { id: true, fullName: true, idNumberHash: true } })
    : null;
  const receiverRoles = receiver?.idNumberHash
    ? await db().staffAssignment.findMany({
        where: { idNumberHash: receiver.idNumberHash },
        select: { role: true, agencyId: true },
      })
    : [];
  if (!receiver || !hasPermission(receiverRoles, STEP_PERMISSION[step], agencyId)) {
    throw new ValidationError({
      [field]: { vi: "Chọn người nhận có thẩm quyền ở bước này.", en: "Choose someone who works this step." },
    });
  }
  return receiver;
}

/** Takes the dossier's current step as its named person responsible. */
export async function claimStep(actor: Actor, code: string, seenVersion: number): Promise<void> {
  const { me, dossier } = await dossierFor(actor, code);
  const step = stepOf(dossier);
  if (!hasPermission(me.roles, STEP_PERMISSION[step]!, dossier.agencyId)) throw await refusal(me, dossier, "claim");
  const starting = dossier.status === DOSSIER_STATUS.RECEIVED;
  if (!(starting || dossier.status === DOSSIER_STATUS.PROCESSING) || dossier.assigneeUserId) throw STALE();
  const now = currentTime();
  await db().$transaction((tx) =>
    changeDossier(tx, dossier, {
      ...stepChange(starting, me.fullName, dossier),
      seenVersion,
      heldBy: null,
      set: {
        assigneeUserId: me.userId,
        stepKey: step,
        ...(starting || !dossier.stepStartedAt ? { stepStartedAt: dossier.receivedAt ?? now } : {}),
      },
      event: { type: "step.claimed", actorUserId: me.userId, details: { step, agencyId: dossier.agencyId } },
      audit: { actorUserId: me.userId, action: "dossier.claim", details: { code, step } },
    }),
  );
}

/**
 * Gives the dossier's current step to a named colleague who works it: a leader assigning
 * work (phân công), or the person holding the step passing it on. The step's clock runs on;
 * the colleague is told, and the history names who assigned it to whom.
 */
export async function assignStep(actor: Actor, code: string, seenVersion: number, toUserId: string): Promise<void> {
  const { me, dossier } = await dossierFor(actor, code);
  const step = stepOf(dossier);
  const supervising = hasPermission(me.roles, "dossier.assign", dossier.agencyId);
  if (!supervising && dossier.assigneeUserId !== me.userId) throw await refusal(me, dossier, "assign");
  const starting = dossier.status === DOSSIER_STATUS.RECEIVED;
  if (!(starting || dossier.status === DOSSIER_STATUS.PROCESSING)) throw STALE();
  const receiver = await receiverFor(toUserId, step, dossier.agencyId, "assignTo");
  if (receiver.id === dossier.assigneeUserId)
    throw new ValidationError({
      assignTo: { vi: "Người này đang xử lý bước này.", en: "This person already holds the step." },
    });
  const now = currentTime();
  await db().$transaction(async (tx) => {
    await changeDossier(tx, dossier, {
      ...stepChange(starting, receiver.fullName, dossier),
      seenVersion,
      set: {
        assigneeUserId: receiver.id,
        stepKey: step,
        ...(dossier.stepStartedAt ? {} : { stepStartedAt: dossier.receivedAt ?? now }),
      },
      event: {
        type: "step.assigned",
        actorUserId: me.userId,
        details: {
          step,
          fromUserId: dossier.assigneeUserId,
          toUserId: receiver.id,
          toName: receiver.fullName,
          agencyId: dossier.agencyId,
        },
      },
      audit: { actorUserId: me.userId, action: "dossier.assign", details: { code, step } },
    });
    await notifyStepReceiver(tx, receiver.id, dossier, me.fullName, STEP_NAMES[step], "assigned");
  });
}

/** People with an account at the agency whose roles work the step. */
const colleaguesFor = (agencyId: string, step: StepKey) =>
  staffWithPermission([agencyId], [STEP_PERMISSION[step]], 100);

/** Colleagues at the dossier's agency who can take its next step. */
export async function listNextStepColleagues(actor: Actor, code: string) {
  const { dossier } = await dossierFor(actor, code);
  const next = NEXT_STEP[stepOf(dossier)];
  return next ? { step: next, people: await colleaguesFor(dossier.agencyId, next) } : { step: null, people: [] };
}

/**
 * What the appraising specialist found and proposes (issue 26, item 10), recorded with the
 * hand-over to the leader who decides: findings, a proposal to approve or refuse with reasons
 * for a refusal, and for a building permit the site inspection.
 */
export const appraisalSchema = z
  .object({
    findings: z.string().trim().min(10, { message: "findings" }).max(4000, { message: "findings" }),
    proposal: z.enum(["approve", "refuse"], { message: "proposal" }),
    proposalReasons: z.string().trim().max(2000, { message: "proposalReasons" }).optional().default(""),
    siteInspection: z.string().trim().max(2000, { message: "siteInspection" }).optional().default(""),
  })
  .refine((a) => a.proposal === "approve" || a.proposalReasons.length >= 10, {
    path: ["proposalReasons"],
    message: "proposalReasons",
  });
export type Appraisal = z.infer<typeof appraisalSchema>;

const APPRAISAL_MESSAGES: Record<string, { vi: string; en: string }> = {
  findings: {
    vi: "Ghi kết quả thẩm định (10 đến 4.000 ký tự).",
    en: "Write the appraisal's findings (10 to 4,000 characters).",
  },
  proposal: { vi: "Chọn đề xuất: giải quyết hoặc không giải quyết.", en: "Choose the proposal: approve or refuse." },
  proposalReasons: {
    vi: "Nêu lý do đề xuất không giải quyết (10 đến 2.000 ký tự).",
    en: "Give the reasons for proposing a refusal (10 to 2,000 characters).",
  },
  siteInspection: {
    vi: "Kết quả kiểm tra thực địa quá dài (tối đa 2.000 ký tự).",
    en: "The site inspection is too long (2,000 characters at most).",
  },
};

/** Hands the dossier to a named colleague for the next step; the step's timing is recorded, and from appraisal, the
 * appraisal. */
export async function handOver(
  actor: Actor,
  code: string,
  seenVersion: number,
  toUserId: string,
  appraisalInput?: unknown,
): Promise<void> {
  const { me, dossier } = await dossierFor(actor, code);
  const step = stepOf(dossier);
  const next = NEXT_STEP[step];
  // Not the holder: a colleague who works the step was overtaken; anyone else is refused.
  if (dossier.assigneeUserId !== me.userId && !hasPermission(me.roles, STEP_PERMISSION[step]!, dossier.agencyId))
    throw await refusal(me, dossier, "hand-over");
  if (dossier.assigneeUserId !== me.userId || dossier.status !== DOSSIER_STATUS.PROCESSING || !next) throw STALE();
  let appraisal: Appraisal | null = null;
  let resultDraft: string | null = null;
  if (step === "appraisal") {
    const parsed = appraisalSchema.safeParse(appraisalInput ?? {});
    if (!parsed.success)
      throw new ValidationError(
        Object.fromEntries(
          [...new Set(parsed.error.issues.map((i) => (i.message in APPRAISAL_MESSAGES ? i.message : "findings")))].map(
            (key) => [key, APPRAISAL_MESSAGES[key]!],
          ),
        ),
      );
    appraisal = parsed.data;
    // What the result will say, drafted for the leader: required when proposing to approve.
    const sources = await decisionSources(dossier, openJson<FormValues>(dossier.sealedValues));
    if (sources.template?.decision.length) {
      const texts = postedTexts(sources.template, (appraisalInput as { result?: unknown } | null)?.result);
      if (appraisal.proposal === "approve") checkTexts(sources.template, texts);
      resultDraft = sealJson(texts);
    }
  }
  const receiver = await receiverFor(toUserId, next, dossier.agencyId, "to");
  await db().$transaction(async (tx) => {
    const now = currentTime();
    const version = await tx.procedureVersion.findUniqueOrThrow({
      where: { id: dossier.procedureVersionId },
      select: { steps: { select: { key: true, allottedHours: true } } },
    });
    const allotted = version.steps.find((s) => s.key === step)?.allottedHours ?? 8;
    const timing = stepTiming(
      dossier.stepStartedAt ?? dossier.receivedAt ?? now,
      now,
      allotted,
      await loadWorkingCalendar(tx),
    );
    await changeDossier(tx, dossier, {
      action: null,
      within: [DOSSIER_STATUS.PROCESSING],
      seenVersion,
      heldBy: me.userId,
      set: { stepKey: next, assigneeUserId: receiver.id, stepStartedAt: now },
      event: {
        type: "step.handed-over",
        actorUserId: me.userId,
        details: {
          fromStep: step,
          toStep: next,
          fromUserId: me.userId,
          toUserId: receiver.id,
          toName: receiver.fullName,
          timing,
          agencyId: dossier.agencyId,
          ...(appraisal ? { appraisal } : {}),
          ...(resultDraft ? { resultDraft } : {}),
        },
      },
      audit: { actorUserId: me.userId, action: "dossier.hand-over", details: { code, toStep: next } },
    });
    await notifyStepReceiver(tx, receiver.id, dossier, me.fullName, STEP_NAMES[next], "handed-over");
  });
}

const decisionSchema = z.discriminatedUnion("outcome", [
  z.object({ outcome: z.literal("approve"), result: z.unknown().optional() }),
  z.object({ outcome: z.literal("deny"), reasons: z.string().trim().min(10).max(2000) }),
]);

/** How long a decision may hold its dossier and register number while the result is sealed. */
const DECISION_TIMEOUT_MS = 30_000;

/** What a pending decision keeps, sealed, between the leader's approval and the one-time code. */
type PendingContent = {
  outcome: Outcome;
  resultCode: string;
  issuedAt: string;
  register: { number: string; book: string } | null;
  title: string;
  holder: string;
  contentsAt: number;
  room: number;
  certificate: string;
  requestId: string;
  /** A correction: the result it replaces, why, and whether its holder asked. */
  replaces: Replacement | null;
  demoOtp?: string;
};

type Replacement = { code: string; issuedAt: string; reason: string; atHoldersRequest: boolean };

const signingUnavailable = () =>
  new ConflictError(
    "Dịch vụ ký số đang không trả lời. Quyết định chưa được ký; hãy thử lại sau ít phút.",
    "The signing service is not answering. Nothing was signed; try again in a few minutes.",
  );

/**
 * The leader's decision, first half: the result (approval: in its legal form with the texts
 * the leader approved, drafted at appraisal and seen in the preview; denial: a reasoned
 * notice) is prepared for the leader's own signature, and the signing service sends the
 * leader a one-time code (`signDecision` completes it). A decision asked again replaces the
 * one waiting. Nothing changes on the dossier yet.
 */
export async function decide(
  actor: Actor,
  code: string,
  seenVersion: number,
  input: unknown,
): Promise<{ expiresAt: string }> {
  const { me, dossier } = await dossierFor(actor, code);
  if (!hasPermission(me.roles, "dossier.decide", dossier.agencyId)) throw await refusal(me, dossier, "decide");
  if (
    dossier.assigneeUserId !== me.userId ||
    dossier.version !== seenVersion ||
    stepOf(dossier) !== "approval" ||
    nextStatus(asStatus(dossier.status), "decide", true) === null
  )
    throw STALE();
  const parsed = decisionSchema.safeParse(input);
  if (!parsed.success)
    throw new ValidationError({
      reasons: {
        vi: "Nêu lý do không giải quyết (10 đến 2.000 ký tự).",
        en: "Give the reasons for the denial (10 to 2,000 characters).",
      },
    });
  if (!me.idNumber)
    throw new ConflictError("Tài khoản chưa có số định danh để ký.", "The account has no ID number to sign with.");
  await purgeExpiredDecisions();
  const sources = await decisionSources(dossier, openJson<FormValues>(dossier.sealedValues));
  const outcome: Outcome =
    parsed.data.outcome === "approve"
      ? { outcome: "approve", texts: postedTexts(sources.template, parsed.data.result) }
      : { outcome: "deny", reasons: parsed.data.reasons };
  if (outcome.outcome === "approve") checkTexts(sources.template, outcome.texts);
  return prepareForSignature(me, dossier, sources, outcome, seenVersion, null);
}

const replacementSchema = z.object({
  reason: z.string().trim().min(10).max(2000),
  atHoldersRequest: z.boolean(),
  result: z.unknown().optional(),
});

/**
 * A correction of an issued result (docs/domain.md §3a), started by a leader of the agency,
 * on its own or at the holder's request: a new result with the corrected texts and a new
 * code, signed by the leader like a decision (`signDecision` completes it); signing it
 * revokes the one it replaces, which says by which on the verification page. Both stay in
 * the holder's data store. The dossier's status does not change.
 */
export async function replaceResult(
  actor: Actor,
  code: string,
  seenVersion: number,
  resultCode: string,
  input: unknown,
): Promise<{ expiresAt: string }> {
  const { me, dossier } = await dossierFor(actor, code);
  if (!hasPermission(me.roles, "dossier.decide", dossier.agencyId)) throw await refusal(me, dossier, "replace");
  if (dossier.version !== seenVersion || !REPLACEABLE_STATUSES.includes(asStatus(dossier.status))) throw STALE();
  const current = await db().resultDocument.findFirst({
    where: { code: resultCode.slice(0, 70), dossierId: dossier.id, outcome: "APPROVED", revokedAt: null },
    select: { code: true, issuedAt: true },
  });
  if (!current) throw new NotFoundError("result");
  const parsed = replacementSchema.safeParse(input);
  if (!parsed.success)
    throw new ValidationError({
      replaceReason: {
        vi: "Nêu lý do thay thế kết quả (10 đến 2.000 ký tự).",
        en: "Give the reason for replacing the result (10 to 2,000 characters).",
      },
    });
  if (!me.idNumber)
    throw new ConflictError("Tài khoản chưa có số định danh để ký.", "The account has no ID number to sign with.");
  await purgeExpiredDecisions();
  const sources = await decisionSources(dossier, openJson<FormValues>(dossier.sealedValues));
  const texts = postedTexts(sources.template, parsed.data.result);
  checkTexts(sources.template, texts);
  return prepareForSignature(me, dossier, sources, { outcome: "approve", texts }, seenVersion, {
    code: current.code,
    issuedAt: current.issuedAt.toISOString(),
    reason: parsed.data.reason,
    atHoldersRequest: parsed.data.atHoldersRequest,
  });
}

/** Where a result can be replaced: decided, or handed over. */
const REPLACEABLE_STATUSES: number[] = [DOSSIER_STATUS.DECIDED, DOSSIER_STATUS.RESULT_RETURNED];

/**
 * Lays out the result of a decision (or of a correction, `replaces`), prepares it for the
 * leader's own signature, asks the signing service for it (the leader gets a one-time code)
 * and keeps it as the dossier's pending decision, replacing any other.
 */
async function prepareForSignature(
  me: PersonActor,
  dossier: Parameters<typeof decisionSources>[0] & { id: string; code: string; receivedAt: Date | null },
  sources: Awaited<ReturnType<typeof decisionSources>>,
  outcome: Outcome,
  seenVersion: number,
  replaces: Replacement | null,
): Promise<{ expiresAt: string }> {
  const issuedAt = currentTime();
  const resultCode = await nextResultCode(dossier);
  const register =
    outcome.outcome === "approve" && sources.template?.register
      ? await reservedRegisterNumber(dossier.agencyId, sources.version.procedure.id, registerYear(issuedAt))
      : null;
  const composed = composeResult(sources, dossier, outcome, { code: resultCode, issuedAt }, register, me.fullName, {
    replaces,
  });
  const signer = { kind: "PERSON", id: me.idNumber!, name: me.fullName } as const;
  const what = replaces
    ? `thay thế ${replaces.code}`
    : outcome.outcome === "approve"
      ? "phê duyệt"
      : "không giải quyết";
  try {
    const certificate = await signerCertificate(signer);
    const prepared = await preparePdfSignature(
      await resultPdf(composed, resultCode),
      { name: me.fullName, reason: `Ký ${what}: ${composed.title} số ${resultCode}` },
      certificate,
    );
    const request = await requestAttributesSignature(
      signer,
      prepared.toBeSigned,
      `Ký ${what}: ${composed.title} số ${resultCode} (hồ sơ ${dossier.code}) trên Cổng dịch vụ công Một Cửa Số.`,
    );
    const storageKey = await documentStorage().put(prepared.prepared.pdf);
    const pending: PendingContent = {
      outcome,
      resultCode,
      issuedAt: issuedAt.toISOString(),
      register,
      title: composed.title,
      holder: composed.holder,
      contentsAt: prepared.prepared.contentsAt,
      room: prepared.prepared.room,
      certificate,
      requestId: request.requestId,
      replaces,
      ...(request.demoOtp ? { demoOtp: request.demoOtp } : {}),
    };
    const expiresAt = new Date(request.expiresAt);
    const earlier = await db().$transaction(async (tx) => {
      const before = await tx.pendingDecision.findUnique({ where: { dossierId: dossier.id } });
      await tx.pendingDecision.deleteMany({ where: { dossierId: dossier.id } });
      await tx.pendingDecision.create({
        data: {
          dossierId: dossier.id,
          leaderUserId: me.userId,
          seenVersion,
          sealedDecision: sealJson(pending),
          storageKey,
          expiresAt,
        },
      });
      return before;
    });
    if (earlier)
      await documentStorage()
        .delete(earlier.storageKey)
        .catch(() => undefined);
    return { expiresAt: request.expiresAt };
  } catch (error) {
    if (error instanceof SigningUnavailableError) throw signingUnavailable();
    throw error;
  }
}

/**
 * Inside the signing transaction of a correction: the result it replaces is revoked (once:
 * two corrections of one result cannot both be signed), says which replaces it and why,
 * and the dossier's history and its applicant learn of it.
 */
async function recordReplacement(
  tx: Prisma.TransactionClient,
  me: PersonActor,
  dossier: { id: string; code: string; applicantUserId: string; agencyId: string },
  content: PendingContent,
  replaces: Replacement,
  sha256: string,
): Promise<void> {
  const revoked = await tx.resultDocument.updateMany({
    where: { code: replaces.code, dossierId: dossier.id, revokedAt: null },
    data: {
      revokedAt: currentTime(),
      replacedByCode: content.resultCode,
      sealedRevocation: sealJson({
        reason: replaces.reason,
        atHoldersRequest: replaces.atHoldersRequest,
        byUserId: me.userId,
        byName: me.fullName,
      }),
    },
  });
  if (revoked.count !== 1)
    throw new ConflictError(
      "Kết quả này đã được thay thế bởi một văn bản khác. Không có gì được ban hành.",
      "This result was already replaced by another. Nothing was issued.",
    );
  await noteOnDossier(tx, dossier, {
    event: {
      type: "result.replaced",
      actorUserId: me.userId,
      details: {
        resultCode: content.resultCode,
        replaces: replaces.code,
        atHoldersRequest: replaces.atHoldersRequest,
        sha256,
        role: "LEADER",
        agencyId: dossier.agencyId,
      },
    },
    notify: {
      kind: "dossier.result-replaced",
      message: dossierMessages.resultReplaced(dossier.code, content.title, replaces.code, content.resultCode),
    },
    audit: {
      actorUserId: me.userId,
      action: "dossier.result.replace",
      details: { code: dossier.code, resultCode: content.resultCode, replaces: replaces.code },
    },
  });
}

/** The code the dossier's next result takes: `<dossier code>-KQ<n>` (docs/domain.md §4). */
async function nextResultCode(dossier: { id: string; code: string }): Promise<string> {
  return `${dossier.code}-KQ${(await db().resultDocument.count({ where: { dossierId: dossier.id } })) + 1}`;
}

/** Decisions whose code expired unused, and their prepared files: a few at each new decision. */
async function purgeExpiredDecisions(): Promise<void> {
  const expired = await db().pendingDecision.findMany({
    where: { expiresAt: { lt: currentTime() } },
    select: { dossierId: true, storageKey: true },
    take: 20,
  });
  if (expired.length === 0) return;
  await db().pendingDecision.deleteMany({
    where: { dossierId: { in: expired.map((e) => e.dossierId) }, expiresAt: { lt: currentTime() } },
  });
  for (const { storageKey } of expired)
    await documentStorage()
      .delete(storageKey)
      .catch(() => undefined);
}

/** The decision waiting for this leader's code on the dossier, as the page shows it; null when none or expired. */
export async function pendingDecisionOf(me: PersonActor, dossierId: string) {
  const row = await db().pendingDecision.findUnique({ where: { dossierId } });
  if (!row || row.leaderUserId !== me.userId || row.expiresAt <= currentTime()) return null;
  const content = openJson<PendingContent>(row.sealedDecision);
  return {
    resultCode: content.resultCode,
    title: content.title,
    approve: content.outcome.outcome === "approve",
    expiresAt: row.expiresAt,
    demoOtp: content.demoOtp ?? null,
  };
}

/** Drops the decision waiting for the leader's code (the leader changed their mind). */
export async function cancelDecision(actor: Actor, code: string): Promise<void> {
  const { me, dossier } = await dossierFor(actor, code);
  if (!hasPermission(me.roles, "dossier.decide", dossier.agencyId)) throw await refusal(me, dossier, "decide");
  const row = await db().pendingDecision.findUnique({ where: { dossierId: dossier.id } });
  if (!row || row.leaderUserId !== me.userId) return;
  await db().pendingDecision.deleteMany({ where: { dossierId: dossier.id, leaderUserId: me.userId } });
  await documentStorage()
    .delete(row.storageKey)
    .catch(() => undefined);
}

/**
 * The leader's decision, second half: with the one-time code, the signing service signs the
 * prepared result with the leader's key; the portal checks that signature, puts it in the
 * PDF, adds the agency's seal after it (an incremental update: both stay valid), and records
 * the decision (status 9, the result to the return step) with the register number it was
 * prepared with: if another result took that number meanwhile, nothing is issued and the
 * leader decides again. A second click after success finds the result already issued.
 */
export async function signDecision(actor: Actor, code: string, otp: string): Promise<{ resultCode: string }> {
  const { me, dossier } = await dossierFor(actor, code);
  if (!hasPermission(me.roles, "dossier.decide", dossier.agencyId)) throw await refusal(me, dossier, "decide");
  const row = await db().pendingDecision.findUnique({ where: { dossierId: dossier.id } });
  if (!row || row.leaderUserId !== me.userId || row.expiresAt <= currentTime())
    throw new ConflictError(
      "Không có quyết định nào đang chờ ký, hoặc mã đã hết hạn. Hãy phê duyệt lại để nhận mã mới.",
      "No decision is waiting for your signature, or its code expired. Decide again for a new code.",
    );
  const content = openJson<PendingContent>(row.sealedDecision);
  if (
    dossier.version !== row.seenVersion ||
    (content.replaces
      ? !REPLACEABLE_STATUSES.includes(asStatus(dossier.status))
      : dossier.assigneeUserId !== me.userId || stepOf(dossier) !== "approval")
  )
    throw STALE();
  // A code that cannot be one is refused here, without using up one of the signer's tries.
  if (!/^\d{6}$/.test(otp.trim()))
    throw new ValidationError({
      otp: { vi: "Nhập đủ 6 chữ số của mã xác nhận.", en: "Type the 6 digits of the code." },
    });
  let signed;
  try {
    signed = await confirmWithCode(me.userId, content.requestId, otp);
  } catch (error) {
    if (error instanceof SigningRefusedError && error.reason === "invalid_otp")
      throw new ValidationError({
        otp: {
          vi: `Mã xác nhận không đúng. Còn ${error.attemptsLeft} lần thử.`,
          en: `The code is not right. ${error.attemptsLeft} tries left.`,
        },
      });
    if (error instanceof SigningRefusedError)
      throw new ConflictError(
        "Mã xác nhận đã hết hạn. Hãy phê duyệt lại để nhận mã mới.",
        "The code has expired. Decide again for a new code.",
      );
    if (error instanceof SigningUnavailableError) throw signingUnavailable();
    throw error;
  }
  const prepared = {
    pdf: await documentStorage().get(row.storageKey),
    contentsAt: content.contentsAt,
    room: content.room,
  };
  const caCertificate = await trustedCaCertificate();
  const check = checkSignature({
    signedBytes: attributesToSign(prepared, content.certificate),
    signature: signed.signature,
    certificate: signed.certificate,
    caCertificate,
    signerUid: signerUid("PERSON", me.idNumber ?? ""),
    signedAt: new Date(signed.signedAt),
  });
  if (
    !check.certificateTrusted ||
    !check.signerMatches ||
    !check.signatureValid ||
    signed.certificate !== content.certificate
  )
    throw new ConflictError("Chữ ký nhận được không hợp lệ.", "The signature received is not valid.");
  const leaderSigned = completePdfSignature(prepared, { ...signed, caCertificate });
  const sources = await decisionSources(dossier, openJson<FormValues>(dossier.sealedValues));
  const stored = await sealAndStore(sources.agency, leaderSigned);
  const approved = content.outcome.outcome === "approve";
  const issuedAt = new Date(content.issuedAt);
  try {
    await db().$transaction(
      async (tx) => {
        if (content.register) {
          const taken = await nextRegisterNumber(
            tx,
            dossier.agencyId,
            sources.version.procedure.id,
            registerYear(issuedAt),
          );
          if (taken.number !== content.register.number)
            throw new ConflictError(
              "Số trong sổ đăng ký đã được dùng cho kết quả khác trong lúc chờ ký. Hãy phê duyệt lại để ký với số mới.",
              "The register number was taken by another result meanwhile. Decide again to sign with the next.",
            );
        }
        const { sha256, sealed, storageKey, sizeBytes } = stored;
        if (content.replaces) await recordReplacement(tx, me, dossier, content, content.replaces, sha256);
        else
          await changeDossier(tx, dossier, {
            action: "decide",
            seenVersion: row.seenVersion,
            heldBy: me.userId,
            set: { stepKey: "return", assigneeUserId: null, stepStartedAt: currentTime() },
            event: {
              type: "decided",
              actorUserId: me.userId,
              details: {
                outcome: approved ? "APPROVED" : "DENIED",
                resultCode: content.resultCode,
                sha256,
                role: "LEADER",
                agencyId: dossier.agencyId,
              },
            },
            notify: {
              kind: "dossier.decided",
              message: dossierMessages.decided(dossier.code, approved, content.title, content.resultCode),
            },
            audit: {
              actorUserId: me.userId,
              action: "dossier.decide",
              details: { code, resultCode: content.resultCode, signedBy: "leader" },
            },
          });
        const document = await tx.storedDocument.create({
          data: {
            ownerUserId: dossier.applicantUserId,
            originalName: `${content.resultCode}.pdf`,
            mimeType: "application/pdf",
            sizeBytes,
            sha256,
            storageKey,
          },
        });
        await tx.resultDocument.create({
          data: {
            code: content.resultCode,
            dossierId: dossier.id,
            documentId: document.id,
            titleVi: content.title,
            outcome: approved ? "APPROVED" : "DENIED",
            sha256,
            signerName: sources.agency.nameVi,
            signedByName: me.fullName,
            signature: sealed.signature,
            certificate: sealed.certificate,
            issuedAt,
            sealedContent: sealJson({
              holder: content.holder,
              texts: content.outcome.outcome === "approve" ? content.outcome.texts : {},
              register: content.register,
            }),
          },
        });
        await tx.pendingDecision.delete({ where: { dossierId: dossier.id } });
      },
      { timeout: DECISION_TIMEOUT_MS, maxWait: DECISION_TIMEOUT_MS },
    );
  } catch (error) {
    await discard(stored);
    if (error instanceof ConflictError && content.register) await cancelDecision(actor, code);
    throw error;
  }
  await documentStorage()
    .delete(row.storageKey)
    .catch(() => undefined);
  return { resultCode: content.resultCode };
}

/**
 * The result the leader is about to sign, unsigned and marked as a preview: the same
 * document with the texts given (the register number is given at signing). For the leader
 * holding the approval step; anyone else gets what `decide` would refuse.
 */
export async function previewResult(actor: Actor, code: string, raw: unknown): Promise<Uint8Array> {
  const { me, dossier } = await dossierFor(actor, code);
  if (!hasPermission(me.roles, "dossier.decide", dossier.agencyId)) throw await refusal(me, dossier, "decide");
  if (dossier.assigneeUserId !== me.userId || stepOf(dossier) !== "approval") throw STALE();
  const sources = await decisionSources(dossier, openJson<FormValues>(dossier.sealedValues));
  const texts = postedTexts(sources.template, raw);
  const issuedAt = currentTime();
  const resultCode = await nextResultCode(dossier);
  const register = sources.template?.register
    ? { number: "(số cấp khi ký)", book: String(registerYear(issuedAt)) }
    : null;
  const composed = composeResult(
    sources,
    dossier,
    { outcome: "approve", texts },
    { code: resultCode, issuedAt },
    register,
    me.fullName,
    { preview: true },
  );
  return resultPdf(composed, resultCode, { qrCode: false });
}

const returnSchema = z.discriminatedUnion("method", [
  z.object({ method: z.literal("ONLINE") }),
  z.object({ method: z.literal("COUNTER") }),
  z.object({
    method: z.literal("POST"),
    address: z.string().trim().min(10).max(500),
    trackingNumber: z.string().trim().max(60).optional(),
  }),
]);
const RETURN_TEXT = {
  ONLINE: {
    vi: "trực tuyến: bản điện tử có trong kho dữ liệu của bạn",
    en: "online: the electronic copy is in your data store",
  },
  COUNTER: { vi: "tại bộ phận một cửa", en: "at the one-stop desk" },
  POST: { vi: "qua bưu chính", en: "by post" },
};

/**
 * Records that the result was handed over (status 10): how, by whom, and for the post the
 * address it went to and the tracking number. The applicant is told.
 */
export async function returnResult(actor: Actor, code: string, seenVersion: number, input: unknown): Promise<void> {
  const { me, dossier } = await dossierFor(actor, code);
  if (!hasPermission(me.roles, "dossier.receive", dossier.agencyId)) throw await refusal(me, dossier, "return");
  const how = returnSchema.safeParse(input);
  if (!how.success) {
    const method = (input as { method?: unknown } | null)?.method;
    throw new ValidationError(
      method === "POST"
        ? {
            address: {
              vi: "Ghi địa chỉ gửi kết quả qua bưu chính (10 đến 500 ký tự).",
              en: "Give the postal address the result is sent to (10 to 500 characters).",
            },
          }
        : { method: { vi: "Chọn cách trả kết quả.", en: "Choose how the result was handed over." } },
    );
  }
  if (nextStatus(asStatus(dossier.status), "return-result", true) === null) throw STALE();
  // The address and tracking number are personal data: sealed in the event, and left out of
  // the messages (issue 19, low); the applicant reads them on the dossier's page.
  const post =
    how.data.method === "POST"
      ? { post: sealJson({ address: how.data.address, trackingNumber: how.data.trackingNumber || null }) }
      : {};
  await db().$transaction((tx) =>
    changeDossier(tx, dossier, {
      action: "return-result",
      seenVersion,
      set: { stepKey: null, assigneeUserId: null },
      event: {
        type: "result.returned",
        actorUserId: me.userId,
        details: { method: how.data.method, ...post, role: "RECEPTION_CLERK", agencyId: dossier.agencyId },
      },
      notify: {
        kind: "dossier.returned",
        message: dossierMessages.returned(dossier.code, RETURN_TEXT[how.data.method], "post" in post, me.fullName),
      },
      audit: { actorUserId: me.userId, action: "dossier.return-result", details: { code, method: how.data.method } },
    }),
  );
}

async function postalAddressOf({
  applicantUserId,
  values,
}: {
  applicantUserId: string;
  values: FormValues;
}): Promise<string> {
  const applicant = await db().user.findUnique({ where: { id: applicantUserId }, select: { sealedIdentity: true } });
  const fromDossier = [values.address, values.requesterAddress, values.currentAddress].find(
    (v) => typeof v === "string" && v.trim(),
  );
  return openIdentity(applicant?.sealedIdentity).address ?? (fromDossier as string | undefined) ?? "";
}

/** What the person may do at the dossier's step now (the staff page offers exactly this). */
export async function workflowStateFor(
  me: PersonActor,
  dossier: {
    id: string;
    code: string;
    status: number;
    agencyId: string;
    applicantUserId: string;
    procedureVersionId: string;
    values: FormValues;
    stepKey: string | null;
    assigneeUserId: string | null;
    receivedAt: Date | null;
    appointmentAt: Date | null;
  },
) {
  const processing = dossier.status === DOSSIER_STATUS.RECEIVED || dossier.status === DOSSIER_STATUS.PROCESSING;
  const step = dossier.status === DOSSIER_STATUS.DECIDED ? "return" : processing ? stepOf(dossier) : null;
  const assignee = dossier.assigneeUserId
    ? await db().user.findUnique({ where: { id: dossier.assigneeUserId }, select: { fullName: true } })
    : null;
  const mine = dossier.assigneeUserId === me.userId;
  const canHandOver = processing && mine && Boolean(NEXT_STEP[stepOf(dossier)]);
  const canDecide =
    processing && mine && stepOf(dossier) === "approval" && hasPermission(me.roles, "dossier.decide", dossier.agencyId);
  const appraises = canHandOver && stepOf(dossier) === "appraisal";
  const appraisal = dossier.receivedAt ? await latestAppraisal(dossier.id) : null;
  // What the result's texts are drafted from, read once for the page, and only where it shows them.
  let sources: ReturnType<typeof decisionSources> | undefined;
  const sourcesOf = () => (sources ??= decisionSources(dossier, dossier.values));
  const replaceable =
    REPLACEABLE_STATUSES.includes(dossier.status) && hasPermission(me.roles, "dossier.decide", dossier.agencyId)
      ? await replaceableResult(dossier, sourcesOf)
      : null;
  const canAssign = processing && (mine || hasPermission(me.roles, "dossier.assign", dossier.agencyId));
  const canReturn =
    dossier.status === DOSSIER_STATUS.DECIDED && hasPermission(me.roles, "dossier.receive", dossier.agencyId);
  return {
    step: step as StepKey | null,
    assigneeName: assignee?.fullName ?? null,
    canClaim:
      processing &&
      !dossier.assigneeUserId &&
      hasPermission(me.roles, STEP_PERMISSION[stepOf(dossier)]!, dossier.agencyId),
    canHandOver,
    canDecide,
    canReturn,
    // For the post: the address the applicant gave the state already (profile, then the dossier).
    returnAddress: canReturn ? await postalAddressOf(dossier) : "",
    canApologise:
      dossier.appointmentAt !== null &&
      RUNNING_STATUSES.includes(asStatus(dossier.status)) &&
      hasPermission(me.roles, "dossier.decide", dossier.agencyId) &&
      (await db().dossierSlip.count({ where: { dossierId: dossier.id, kind: "MAU_04" } })) === 0 &&
      // Not offered when it would be refused: at the latest one working day before the appointment.
      !dueWithinOneWorkingDay(dossier.appointmentAt, currentTime(), await loadWorkingCalendar(db())),
    canRequestPayment:
      mine &&
      nextStatus(asStatus(dossier.status), "request-payment", dossier.receivedAt !== null) !== null &&
      hasPermission(me.roles, "dossier.appraise", dossier.agencyId),
    canStop:
      nextStatus(asStatus(dossier.status), "stop", dossier.receivedAt !== null) !== null &&
      hasPermission(me.roles, "dossier.decide", dossier.agencyId),
    // The dossier is already loaded: look up the step's people directly.
    colleagues: canHandOver ? await colleaguesFor(dossier.agencyId, NEXT_STEP[stepOf(dossier)]!) : [],
    // Handing over from appraisal records the appraisal; the leader reads the latest one.
    appraises,
    appraisal,
    // A decision waiting for the leader's one-time code shows the code form instead of the decision.
    pendingDecision: canDecide || replaceable ? await pendingDecisionOf(me, dossier.id) : null,
    replaceable,
    // What the result will say: drafted at appraisal, read and approved (or corrected) by the leader.
    resultFields:
      appraises || canDecide
        ? resultFields(await sourcesOf(), dossier, canDecide ? (appraisal?.resultTexts ?? null) : null)
        : [],
    assignees: canAssign
      ? (await colleaguesFor(dossier.agencyId, stepOf(dossier))).filter((c) => c.id !== dossier.assigneeUserId)
      : [],
  };
}

/** The result in force a leader may replace by a correction, with its texts offered as they were signed. */
async function replaceableResult(
  dossier: Parameters<typeof resultFields>[1],
  sourcesOf: () => ReturnType<typeof decisionSources>,
) {
  const current = await db().resultDocument.findFirst({
    where: { dossierId: dossier.id, outcome: "APPROVED", revokedAt: null },
    orderBy: { issuedAt: "desc" },
    select: { code: true, titleVi: true, sealedContent: true },
  });
  if (!current) return null;
  const signed = current.sealedContent ? openJson<{ texts?: Record<string, string> }>(current.sealedContent) : {};
  return {
    code: current.code,
    title: current.titleVi,
    fields: resultFields(await sourcesOf(), dossier, signed.texts ?? null),
  };
}

/** The latest appraisal recorded on the dossier, with who made it and when and the result's texts it drafted; null
 * before any. */
export async function latestAppraisal(
  dossierId: string,
): Promise<(Appraisal & { by: string; at: Date; resultTexts: Record<string, string> | null }) | null> {
  const event = await db().dossierEvent.findFirst({
    where: { dossierId, type: "step.handed-over", details: { path: ["fromStep"], equals: "appraisal" } },
    orderBy: { id: "desc" },
    select: { at: true, actorUserId: true, details: true },
  });
  const recorded = appraisalSchema.safeParse((event?.details as { appraisal?: unknown } | null)?.appraisal);
  if (!event || !recorded.success) return null;
  const by = event.actorUserId
    ? await db().user.findUnique({ where: { id: event.actorUserId }, select: { fullName: true } })
    : null;
  const draft = (event.details as { resultDraft?: unknown }).resultDraft;
  const resultTexts = typeof draft === "string" ? openJson<Record<string, string>>(draft) : null;
  return { ...recorded.data, by: by?.fullName ?? "—", at: event.at, resultTexts };
}
