// Every applicant-side read and write that takes an id, tried with someone else's id: a
// stranger, a person acting for another organisation, the owner's organisation seen from
// outside it, a clerk of another agency in their private capacity, and no one signed in.
// Each gets *not found*, and the owner's rows are unchanged afterwards.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { uploadDocument } from "@/lib/documents/mutations";
import { getDocumentForDownload } from "@/lib/documents/queries";
import { submitDossier, saveDraftPage, deleteDraft } from "@/lib/dossiers/mutations";
import {
  getDossierForApplicant,
  getDraftForOwner,
  getSubmissionCopyForApplicant,
  listDataAccessForApplicant,
} from "@/lib/dossiers/queries";
import {
  confirmDraftSignature,
  getDraftSigning,
  requestDraftSignature,
  verifyDossierSignature,
} from "@/lib/dossiers/signing";
import { fileFeedback } from "@/lib/feedback/complaints";
import { getRatingForApplicant, rateDossier } from "@/lib/feedback/ratings";
import { ANONYMOUS, type Actor, type PersonActor } from "@/lib/identity/actor";
import { getFeeForApplicant, getReceiptForApplicant } from "@/lib/payments/queries";
import { startPayment } from "@/lib/payments/mutations";
import { withdrawDossier } from "@/lib/processing/closing";
import { receiveDossier } from "@/lib/processing/reception";
import { listResultsForApplicant } from "@/lib/processing/results";
import { getSlipForViewer, getSlipPdfForViewer } from "@/lib/dossiers/slips";
import { answerSupplement, getOpenSupplementForApplicant } from "@/lib/processing/supplements";
import { countUnreadForSelf, markNotificationsRead } from "@/lib/notifications/queries";
import { agencyIds, createPersonActor, createStaff, outcomeOf } from "@/tests/factories/actors";
import { birthRegistrationValues, createReadyDraft, TINY_PDF } from "@/tests/factories/dossiers";
import { openJson, sealIdNumber } from "@/lib/security/identity-sealing";

let owner: PersonActor;
let intruders: Record<string, Actor>;
let code: string;
let organisationCode: string;
let draftId: string;
let draftKey: string;
let documentId: string;
let slipId: string;
let ownerDossierBefore: Awaited<ReturnType<typeof ownerDossier>>;

async function ownerDossier() {
  const row = await db().dossier.findUniqueOrThrow({
    where: { code },
    select: {
      id: true,
      status: true,
      version: true,
      sealedValues: true,
      stepKey: true,
      assigneeUserId: true,
      lastEventHash: true,
    },
  });
  return {
    row,
    events: await db().dossierEvent.count({ where: { dossierId: row.id } }),
    feedback: await db().feedback.count({ where: { dossierId: row.id } }),
  };
}

async function organisation(name: string, representative: PersonActor) {
  const row = await db().organisation.create({
    data: {
      enterpriseCode: `03${Date.now()}${Math.floor(Math.random() * 1000)}`.slice(0, 13),
      name,
      kind: "ENTERPRISE",
      address: "1 Lê Lợi",
      legalRepIdHash: sealIdNumber(representative.idNumber!).hash,
      legalRepIdSealed: sealIdNumber(representative.idNumber!).sealed,
      legalRepName: representative.fullName,
      verifiedAt: new Date(),
    },
  });
  return { organisationId: row.id, enterpriseCode: row.enterpriseCode, name: row.name };
}

beforeAll(async () => {
  const [saiGon, benThanh] = await agencyIds("ubnd-phuong-sai-gon", "ubnd-phuong-ben-thanh");
  owner = await createPersonActor({ name: "Chủ Hồ Sơ" });
  const filed = await createReadyDraft(owner, birthRegistrationValues(owner));
  code = (await submitDossier(owner, filed.draftId, filed.idempotencyKey)).code;
  ({ draftId, idempotencyKey: draftKey } = await createReadyDraft(owner, birthRegistrationValues(owner)));
  documentId = await uploadDocument(owner, { name: "giay-to.pdf", bytes: TINY_PDF });
  // Received at the desk, so that it has a slip (Mẫu 01).
  await receiveDossier(await createStaff("RECEPTION_CLERK", saiGon), code, 0);
  ownerDossierBefore = await ownerDossier();
  slipId = (await db().dossierSlip.findFirstOrThrow({ where: { dossier: { code } }, select: { id: true } })).id;

  // The owner's organisation files a dossier too; only those acting for it may see it.
  const representative = await createPersonActor({ name: "Đại Diện Công Ty" });
  representative.actingFor = await organisation("Công ty Chủ Hồ Sơ", representative);
  const orgDraft = await createReadyDraft(representative, birthRegistrationValues(representative));
  await db().dossierDraft.update({
    where: { id: orgDraft.draftId },
    data: { actingForOrganisationId: representative.actingFor.organisationId },
  });
  organisationCode = (await submitDossier(representative, orgDraft.draftId, orgDraft.idempotencyKey)).code;

  const otherRepresentative = await createPersonActor({ name: "Đại Diện Công Ty Khác" });
  otherRepresentative.actingFor = await organisation("Công ty Khác", otherRepresentative);
  const samePersonPrivately = { ...representative, actingFor: null };
  intruders = {
    stranger: await createPersonActor({ name: "Người Lạ" }),
    otherOrganisation: otherRepresentative,
    representativeActingPrivately: samePersonPrivately,
    clerkOfAnotherAgency: await createStaff("RECEPTION_CLERK", benThanh, "Cán Bộ Nơi Khác"),
    anonymous: ANONYMOUS,
  };
});

async function everyIntruderGetsNotFound(call: (actor: Actor) => Promise<unknown>) {
  const outcomes: Record<string, string> = {};
  for (const [name, actor] of Object.entries(intruders)) outcomes[name] = await outcomeOf(() => call(actor));
  expect(outcomes).toEqual(Object.fromEntries(Object.keys(intruders).map((name) => [name, "not-found"])));
}

describe("someone else's dossier", () => {
  const calls: Record<string, (actor: Actor, code: string) => Promise<unknown>> = {
    "the dossier page": (a, c) => getDossierForApplicant(a, c),
    "the submission copy": (a, c) => getSubmissionCopyForApplicant(a, c),
    "who saw my data": (a, c) => listDataAccessForApplicant(a, c),
    "the signature check": (a, c) => verifyDossierSignature(a, c),
    "the rating": (a, c) => getRatingForApplicant(a, c),
    "rating it": (a, c) =>
      rateDossier(a, c, { scores: { guidance: 3, attitude: 3, timeliness: 3, result: 3, cost: 3 } }),
    "the open supplement": (a, c) => getOpenSupplementForApplicant(a, c),
    "answering a supplement": (a, c) => answerSupplement(a, c, { documents: {}, values: {} }),
    "withdrawing it": (a, c) => withdrawDossier(a, c, { confirmed: true, reason: "Không cần nữa", seenVersion: 0 }),
    "its results": (a, c) => listResultsForApplicant(a, c),
    "its fee": (a, c) => getFeeForApplicant(a, c),
    "paying it": (a, c) => startPayment(a, c, "vi"),
    "its receipt": (a, c) => getReceiptForApplicant(a, c),
    "a complaint about it": (a, c) =>
      fileFeedback(a, { dossierCode: c, subject: "Hồ sơ chậm", body: "Hồ sơ của tôi đã quá hạn mà chưa có kết quả." }),
  };
  for (const [name, call] of Object.entries(calls)) {
    it(`${name}: not found, for a person's and for an organisation's dossier`, async () => {
      await everyIntruderGetsNotFound((a) => call(a, code));
      const { representativeActingPrivately, ...others } = intruders;
      void representativeActingPrivately;
      const outcomes: Record<string, string> = {};
      for (const [who, actor] of Object.entries({ ...others, owner }))
        outcomes[who] = await outcomeOf(() => call(actor, organisationCode));
      expect(outcomes).toEqual(Object.fromEntries(Object.keys({ ...others, owner }).map((who) => [who, "not-found"])));
    });
  }
});

describe("someone else's draft, file and slip", () => {
  it("drafts: reading, saving, signing, submitting and deleting are not found", async () => {
    await everyIntruderGetsNotFound((a) => getDraftForOwner(a, draftId));
    await everyIntruderGetsNotFound((a) =>
      saveDraftPage(a, draftId, "nguoi-yeu-cau", { requesterName: "Kẻ Ghi Đè" }, []),
    );
    await everyIntruderGetsNotFound((a) => getDraftSigning(a, draftId));
    await everyIntruderGetsNotFound((a) => requestDraftSignature(a, draftId));
    await everyIntruderGetsNotFound((a) => confirmDraftSignature(a, draftId, "123456"));
    await everyIntruderGetsNotFound((a) => submitDossier(a, draftId, draftKey));
    await everyIntruderGetsNotFound((a) => deleteDraft(a, draftId));
  });

  it("uploaded files and slips are not found", async () => {
    await everyIntruderGetsNotFound((a) => getDocumentForDownload(a, documentId));
    await everyIntruderGetsNotFound((a) => getSlipForViewer(a, slipId));
    await everyIntruderGetsNotFound((a) => getSlipPdfForViewer(a, slipId));
  });

  it("marking notifications read touches only one's own", async () => {
    const before = await countUnreadForSelf(owner);
    expect(before).toBeGreaterThan(0);
    for (const actor of Object.values(intruders)) await outcomeOf(() => markNotificationsRead(actor));
    expect(await countUnreadForSelf(owner)).toBe(before);
  });

  it("leaves the owner's rows as they were", async () => {
    expect(await ownerDossier()).toEqual(ownerDossierBefore);
    expect(openJson(ownerDossierBefore.row.sealedValues)).toMatchObject({ requesterName: "Chủ Hồ Sơ" });
    const draft = await getDraftForOwner(owner, draftId);
    expect(draft.values).toMatchObject({ requesterName: "Chủ Hồ Sơ" });
    expect((await getDocumentForDownload(owner, documentId)).bytes.byteLength).toBe(TINY_PDF.byteLength);
  });
});
