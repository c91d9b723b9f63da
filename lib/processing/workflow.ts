// Processing after reception (docs/domain.md §3): each step of the version (appraisal by a
// specialist, approval by a leader, return by the one-stop desk) has a named person
// responsible; every hand-off is an event naming who handed over and who received, with
// the step's timing for the control slip; the leader's approval issues the result,
// signed with the agency's key, into the applicant's data store.
import "server-only";
import { z } from "zod";
import { dueWithinOneWorkingDay, stepTiming } from "@/lib/clock/deadline";
import { db } from "@/lib/db";
import { changeDossier, dossierChanged } from "@/lib/dossiers/lifecycle";
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
  resultFields,
  resultPdf,
  type Outcome,
} from "@/lib/results/issue";
import { discard, sealAndStore, type SealedPdf } from "./sealed-pdf";
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

/**
 * The leader's decision. Approval issues the result (`-KQ<n>`) in its legal form with the
 * texts the leader approved (`result`: drafted at appraisal, seen in the preview), entered in
 * the agency's register, sealed with the agency's key into the applicant's data store; a
 * denial issues a reasoned notice the same way. Status 9; the result goes to the return step.
 */
export async function decide(
  actor: Actor,
  code: string,
  seenVersion: number,
  input: unknown,
): Promise<{ resultCode: string }> {
  const { me, dossier } = await dossierFor(actor, code);
  if (!hasPermission(me.roles, "dossier.decide", dossier.agencyId)) throw await refusal(me, dossier, "decide");
  if (
    dossier.assigneeUserId !== me.userId ||
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
  const sources = await decisionSources(dossier, openJson<FormValues>(dossier.sealedValues));
  const outcome: Outcome =
    parsed.data.outcome === "approve"
      ? { outcome: "approve", texts: postedTexts(sources.template, parsed.data.result) }
      : { outcome: "deny", reasons: parsed.data.reasons };
  if (outcome.outcome === "approve") checkTexts(sources.template, outcome.texts);
  const approved = outcome.outcome === "approve";
  let stored: SealedPdf | null = null;
  try {
    return await db().$transaction(
      async (tx) => {
        const issuedAt = currentTime();
        const issued = await tx.resultDocument.count({ where: { dossierId: dossier.id } });
        const resultCode = `${dossier.code}-KQ${issued + 1}`;
        const register =
          approved && sources.template?.register
            ? await nextRegisterNumber(tx, dossier.agencyId, sources.version.procedure.id, registerYear(issuedAt))
            : null;
        const composed = composeResult(
          sources,
          dossier,
          outcome,
          { code: resultCode, issuedAt },
          register,
          me.fullName,
        );
        const pdf = await resultPdf(composed, resultCode);
        stored = await sealAndStore(sources.agency, pdf);
        const { sha256, sealed, storageKey, sizeBytes } = stored;
        await changeDossier(tx, dossier, {
          action: "decide",
          seenVersion,
          heldBy: me.userId,
          set: { stepKey: "return", assigneeUserId: null, stepStartedAt: issuedAt },
          event: {
            type: "decided",
            actorUserId: me.userId,
            details: {
              outcome: approved ? "APPROVED" : "DENIED",
              resultCode,
              sha256,
              role: "LEADER",
              agencyId: dossier.agencyId,
            },
          },
          notify: {
            kind: "dossier.decided",
            message: dossierMessages.decided(dossier.code, approved, composed.title, resultCode),
          },
          audit: { actorUserId: me.userId, action: "dossier.decide", details: { code, resultCode } },
        });
        const document = await tx.storedDocument.create({
          data: {
            ownerUserId: dossier.applicantUserId,
            originalName: `${resultCode}.pdf`,
            mimeType: "application/pdf",
            sizeBytes,
            sha256,
            storageKey,
          },
        });
        await tx.resultDocument.create({
          data: {
            code: resultCode,
            dossierId: dossier.id,
            documentId: document.id,
            titleVi: composed.title,
            outcome: approved ? "APPROVED" : "DENIED",
            sha256,
            signerName: sources.agency.nameVi,
            signedByName: me.fullName,
            signature: sealed.signature,
            certificate: sealed.certificate,
            issuedAt,
            sealedContent: sealJson({
              holder: composed.holder,
              texts: approved ? outcome.texts : {},
              register,
            }),
          },
        });
        return { resultCode };
      },
      { timeout: DECISION_TIMEOUT_MS, maxWait: DECISION_TIMEOUT_MS },
    );
  } catch (error) {
    if (stored) await discard(stored);
    throw error;
  }
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
  const resultCode = `${dossier.code}-KQ${(await db().resultDocument.count({ where: { dossierId: dossier.id } })) + 1}`;
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
    true,
  );
  return resultPdf(composed, resultCode);
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
    // What the result will say: drafted at appraisal, read and approved (or corrected) by the leader.
    resultFields:
      appraises || canDecide
        ? resultFields(
            await decisionSources(dossier, dossier.values),
            dossier,
            canDecide ? (appraisal?.resultTexts ?? null) : null,
          )
        : [],
    assignees: canAssign
      ? (await colleaguesFor(dossier.agencyId, stepOf(dossier))).filter((c) => c.id !== dossier.assigneeUserId)
      : [],
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
