// Every staff action on a dossier, tried by staff of another agency (each role), by
// people with the wrong role at the competent agency, by the city inspector (who reads every
// dossier and acts on none) and by citizens: *not found* for whoever may not read the
// dossier, a refusal with an audit line for whoever may (issue 26, item 9), and the
// dossier is left as it was.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { submitDossier } from "@/lib/dossiers/mutations";
import type { PersonActor } from "@/lib/identity/actor";
import { issueApology } from "@/lib/processing/apology";
import { stopProcessing } from "@/lib/processing/closing";
import { answerConsultation, requestConsultation } from "@/lib/processing/consultations";
import { getControlSlip } from "@/lib/processing/control-slip";
import { requestPayment } from "@/lib/processing/payment-request";
import { getDossierForStaff, receiveDossier, refuseDossier } from "@/lib/processing/reception";
import { getSlipPdfForViewer } from "@/lib/dossiers/slips";
import { listRequestableItems, requestSupplement } from "@/lib/processing/supplements";
import {
  assignStep,
  cancelDecision,
  claimStep,
  decide,
  handOver,
  listNextStepColleagues,
  returnResult,
  signDecision,
} from "@/lib/processing/workflow";
import { agencyIds, createPersonActor, createStaff, outcomeOf } from "@/tests/factories/actors";
import { birthRegistrationValues, createReadyDraft } from "@/tests/factories/dossiers";

let citizen: PersonActor;
let clerk: PersonActor;
let specialist: PersonActor;
let leader: PersonActor;
let inspector: PersonActor;
const outsiders: Record<string, PersonActor> = {};

beforeAll(async () => {
  const [saiGon, benThanh] = await agencyIds("ubnd-phuong-sai-gon", "ubnd-phuong-ben-thanh");
  citizen = await createPersonActor({ name: "Người Nộp Ma Trận" });
  clerk = await createStaff("RECEPTION_CLERK", saiGon);
  specialist = await createStaff("SPECIALIST", saiGon);
  leader = await createStaff("LEADER", saiGon);
  inspector = await createPersonActor({ name: "Thanh Tra Thành Phố", roles: [{ role: "INSPECTOR", agencyId: null }] });
  outsiders["clerk of another agency"] = await createStaff("RECEPTION_CLERK", benThanh);
  outsiders["specialist of another agency"] = await createStaff("SPECIALIST", benThanh);
  outsiders["leader of another agency"] = await createStaff("LEADER", benThanh);
  outsiders["administrator of the competent agency"] = await createStaff("AGENCY_ADMIN", saiGon);
  outsiders["another citizen"] = await createPersonActor();
});

describe("staff actions outside one's agency and role", () => {
  it("give not found for every action, and change nothing", async () => {
    const draft = await createReadyDraft(citizen, birthRegistrationValues(citizen));
    const { code } = await submitDossier(citizen, draft.draftId, draft.idempotencyKey);
    const before = await db().dossier.findUniqueOrThrow({ where: { code } });
    const slip = async () =>
      (await db().dossierSlip.findFirst({ where: { dossier: { code } } }))?.id ??
      "00000000-0000-4000-8000-000000000000";

    const actions: Record<string, (actor: PersonActor) => Promise<unknown>> = {
      "open the dossier": (a) => getDossierForStaff(a, code),
      "list what may be asked for": (a) => listRequestableItems(a, code),
      receive: (a) => receiveDossier(a, code, before.version),
      refuse: (a) => refuseDossier(a, code, before.version, "Hồ sơ không thuộc thẩm quyền giải quyết."),
      "ask for supplements": (a) =>
        requestSupplement(a, code, before.version, {
          items: [{ kind: "document", key: "birth-certificate", reason: "Bản chụp bị mờ." }],
          officerPhone: "0912345678",
        }),
      "take a step": (a) => claimStep(a, code, before.version),
      "assign a step": (a) => assignStep(a, code, before.version, specialist.userId),
      "list colleagues": (a) => listNextStepColleagues(a, code),
      "hand over": (a) => handOver(a, code, before.version, leader.userId),
      "ask for a payment": (a) => requestPayment(a, code, before.version, { label: "Lệ phí", amountVnd: 8000 }),
      "consult another agency": (a) =>
        requestConsultation(a, code, {
          toAgency: "so-tu-phap",
          question: "Đề nghị cho ý kiến về hồ sơ này.",
          workingDays: 2,
        }),
      decide: (a) => decide(a, code, before.version, { outcome: "approve" }),
      "sign a decision": (a) => signDecision(a, code, "123456"),
      "cancel a decision": (a) => cancelDecision(a, code),
      "return the result": (a) => returnResult(a, code, before.version, { method: "ONLINE" }),
      apologise: (a) =>
        issueApology(a, code, before.version, { reason: "Chờ xác minh của cơ quan khác.", newDate: "2099-01-02" }),
      stop: (a) => stopProcessing(a, code, before.version, "Dừng xử lý theo đề nghị của cơ quan khác."),
      "control slip": (a) => getControlSlip(a, code),
      "download a slip": async (a) => getSlipPdfForViewer(a, await slip()),
    };
    const wrongRole: Record<string, PersonActor[]> = {
      receive: [specialist, leader],
      refuse: [specialist, leader],
      "take a step": [clerk],
      "assign a step": [clerk, specialist],
      decide: [clerk, specialist],
      "sign a decision": [clerk, specialist],
      "cancel a decision": [clerk, specialist],
      apologise: [clerk, specialist],
      stop: [clerk, specialist],
      "ask for a payment": [clerk, leader],
    };

    // What the inspector may do: read. Every action is refused to him.
    const reads = new Set(["open the dossier", "control slip", "download a slip", "list colleagues"]);
    const unexpected: string[] = [];
    for (const [action, call] of Object.entries(actions)) {
      for (const [who, actor] of Object.entries(outsiders)) {
        const outcome = await outcomeOf(() => call(actor));
        if (outcome !== "not-found") unexpected.push(`${action} by ${who}: ${outcome}`);
      }
      // Staff of the competent agency read the dossier: what their role does not allow is refused, or (for
      // what reads or lists by role) not found; never done, never an error.
      for (const actor of wrongRole[action] ?? []) {
        const outcome = await outcomeOf(() => call(actor));
        if (outcome !== "not-found" && outcome !== "refused")
          unexpected.push(`${action} by wrong role ${actor.fullName}: ${outcome}`);
      }
      if (!reads.has(action)) {
        const outcome = await outcomeOf(() => call(inspector));
        if (outcome !== "refused" && outcome !== "not-found") unexpected.push(`${action} by the inspector: ${outcome}`);
      }
    }
    expect(unexpected).toEqual([]);
    // The inspector's refusals of the reception desk's and the steps' actions are refusals, each audited.
    for (const call of [actions.receive!, actions["take a step"]!, actions.decide!])
      expect(await outcomeOf(() => call(inspector))).toBe("refused");
    expect(
      await db().auditEvent.count({
        where: { action: "dossier.action-refused", actorUserId: inspector.userId, targetId: before.id },
      }),
    ).toBeGreaterThanOrEqual(3);
    const after = await db().dossier.findUniqueOrThrow({ where: { code } });
    expect(after).toMatchObject({ status: before.status, version: before.version, assigneeUserId: null });
    expect(await db().dossierEvent.count({ where: { dossierId: before.id } })).toBe(1);

    // The competent clerk can act; the question then cannot be answered by a third agency.
    await receiveDossier(clerk, code, before.version);
    expect(await outcomeOf(() => getSlipPdfForViewer(outsiders["clerk of another agency"]!, "not-a-uuid"))).toBe(
      "not-found",
    );
    await claimStep(specialist, code, before.version + 1);
    await requestConsultation(specialist, code, {
      toAgency: "so-tu-phap",
      question: "Đề nghị cho ý kiến về hồ sơ này.",
      workingDays: 2,
    });
    const consultation = await db().consultation.findFirstOrThrow({ where: { dossier: { code } } });
    for (const actor of Object.values(outsiders)) {
      expect(
        await outcomeOf(() => answerConsultation(actor, consultation.id, "Ý kiến trả lời của cơ quan khác.")),
      ).toBe("not-found");
    }
  });
});
