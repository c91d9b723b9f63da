// Who sees which dashboard: a leader sees their own agency and nothing of another's (its
// page, its overdue dossiers, the dossiers themselves are *not found*); the city office and
// inspectors see every agency; inspectors change nothing; clerks and citizens have no
// dashboard. The overdue list names the officer holding each dossier.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { countWorkQueue, listWorkQueue } from "@/lib/processing/work-queue";
import { submitDossier } from "@/lib/dossiers/mutations";
import type { PersonActor } from "@/lib/identity/actor";
import { stopProcessing } from "@/lib/processing/closing";
import { getDossierForStaff, receiveDossier } from "@/lib/processing/reception";
import { getSlipPdfForViewer } from "@/lib/dossiers/slips";
import { getControlSlip } from "@/lib/processing/control-slip";
import { requestSupplement } from "@/lib/processing/supplements";
import { assignStep, claimStep, decide, handOver } from "@/lib/processing/workflow";
import { leaderDashboard } from "@/lib/statistics/dashboard";
import { agencyIds, createPersonActor, createStaff, outcomeOf } from "@/tests/factories/actors";
import { birthRegistrationValues, createReadyDraft } from "@/tests/factories/dossiers";

let leaderA: PersonActor;
let leaderB: PersonActor;
let specialist: PersonActor;
let inspector: PersonActor;
let cityOffice: PersonActor;
let clerk: PersonActor;
let citizen: PersonActor;
let code: string;

async function dashboard(actor: PersonActor, query: Record<string, string> = {}) {
  const result = await leaderDashboard(actor, query);
  if (!result.ok) throw new Error(`parameters refused: ${JSON.stringify(result.problems)}`);
  return result.dashboard;
}
const overdueCodes = async (actor: PersonActor, query: Record<string, string> = {}) =>
  (await dashboard(actor, query)).overdue.items.map((i) => i.code);

beforeAll(async () => {
  const [saiGon, benThanh, city] = await agencyIds("ubnd-phuong-sai-gon", "ubnd-phuong-ben-thanh", "ubnd-thanh-pho");
  leaderA = await createStaff("LEADER", saiGon, "Lãnh Đạo Sài Gòn");
  leaderB = await createStaff("LEADER", benThanh, "Lãnh Đạo Bến Thành");
  specialist = await createStaff("SPECIALIST", saiGon, "Chuyên Viên Giữ Hồ Sơ");
  clerk = await createStaff("RECEPTION_CLERK", saiGon);
  cityOffice = await createStaff("LEADER", city, "Lãnh Đạo Văn Phòng");
  inspector = await createPersonActor({ name: "Thanh Tra Viên", roles: [{ role: "INSPECTOR", agencyId: null }] });
  citizen = await createPersonActor({ name: "Người Nộp Bảng Điều Hành" });
  // A dossier at Sài Gòn, held by the specialist, two weeks past its appointment (a few days
  // back can hold no working time: a weekend and a holiday).
  const draft = await createReadyDraft(citizen, birthRegistrationValues(citizen));
  ({ code } = await submitDossier(citizen, draft.draftId, draft.idempotencyKey));
  await receiveDossier(clerk, code, 0);
  await claimStep(specialist, code, 1);
  await db().dossier.update({ where: { code }, data: { appointmentAt: new Date(Date.now() - 14 * 86_400_000) } });
});

describe("the leaders' dashboard", () => {
  it("shows a leader their agency, with the overdue dossier and the officer holding it", async () => {
    const d = await dashboard(leaderA);
    expect(d.scope).toEqual({ agencyIds: [expect.any(String)], readOnly: false });
    const item = d.overdue.items.find((i) => i.code === code);
    expect(item).toMatchObject({
      holderName: "Chuyên Viên Giữ Hồ Sơ",
      step: "appraisal",
      agency: { key: "ubnd-phuong-sai-gon" },
    });
    expect(item!.overdueDays).toBeGreaterThan(0);
    expect(d.rows.map((r) => r.key)).not.toContain("ubnd-phuong-ben-thanh");
    // Drilling down: the agency, then the procedure, still list it.
    expect(await overdueCodes(leaderA, { agency: "ubnd-phuong-sai-gon" })).toContain(code);
    expect(await overdueCodes(leaderA, { agency: "ubnd-phuong-sai-gon", procedure: "dang-ky-khai-sinh" })).toContain(
      code,
    );
  });

  it("gives a leader of another agency nothing of it: not its page, not its dossiers", async () => {
    expect(await overdueCodes(leaderB)).not.toContain(code);
    expect(await outcomeOf(() => dashboard(leaderB, { agency: "ubnd-phuong-sai-gon" }))).toBe("not-found");
    expect(await outcomeOf(() => getDossierForStaff(leaderB, code))).toBe("not-found");
    expect(await outcomeOf(() => dashboard(leaderA, { agency: "ubnd-phuong-ben-thanh" }))).toBe("not-found");
    expect(await outcomeOf(() => dashboard(leaderA, { agency: "khong-co-co-quan-nay" }))).toBe("not-found");
  });

  it("shows the city office and inspectors every agency; inspectors read only", async () => {
    const office = await dashboard(cityOffice);
    expect(office.scope).toEqual({ agencyIds: "all", readOnly: false });
    expect(office.overdue.total).toBeGreaterThanOrEqual(1);
    const inspection = await dashboard(inspector, { agency: "ubnd-phuong-sai-gon" });
    expect(inspection.scope).toEqual({ agencyIds: "all", readOnly: true });
    expect(inspection.overdue.items.map((i) => i.code)).toContain(code);
    expect(await outcomeOf(() => getDossierForStaff(inspector, code))).toBe("allowed");
    // And the slips he sees listed on it.
    const slip = await db().dossierSlip.findFirstOrThrow({ where: { dossier: { code } }, select: { id: true } });
    expect(await outcomeOf(() => getSlipPdfForViewer(inspector, slip.id))).toBe("allowed");
    expect(await outcomeOf(() => getControlSlip(inspector, code))).toBe("allowed");
  });

  it(
    "gives the inspector a work queue of what he may read, with an agency filter and the overdue tab (issue 26, " +
      "item 8)",
    async () => {
      const queue = await listWorkQueue(inspector, { q: code });
      expect(queue.items.map((i) => i.code)).toEqual([code]);
      expect(queue.options.agencies.length).toBeGreaterThan(1);
      const saiGon = queue.options.agencies.find((a) => a.nameVi === "Ủy ban nhân dân Phường Sài Gòn")!;
      const benThanh = queue.options.agencies.find((a) => a.nameVi === "Ủy ban nhân dân Phường Bến Thành")!;
      expect((await listWorkQueue(inspector, { q: code, agency: saiGon.id })).items.map((i) => i.code)).toEqual([code]);
      expect((await listWorkQueue(inspector, { q: code, agency: benThanh.id })).items).toEqual([]);
      expect((await listWorkQueue(inspector, { q: code, tab: "overdue" })).items.map((i) => i.code)).toEqual([code]);
      expect((await countWorkQueue(inspector)).overdue).toBeGreaterThan(0);
      // A clerk's queue is still only her agency's steps: the inspector's branch is his alone.
      expect((await listWorkQueue(clerk, { q: code })).items).toEqual([]);
    },
  );

  it("lets an inspector change nothing", async () => {
    const before = await db().dossier.findUniqueOrThrow({ where: { code } });
    const attempts: Record<string, () => Promise<unknown>> = {
      receive: () => receiveDossier(inspector, code, before.version),
      claim: () => claimStep(inspector, code, before.version),
      assign: () => assignStep(inspector, code, before.version, inspector.userId),
      "hand over": () => handOver(inspector, code, before.version, leaderA.userId),
      "ask for supplements": () =>
        requestSupplement(inspector, code, before.version, {
          items: [{ kind: "document", key: "birth-certificate", reason: "Bản chụp bị mờ." }],
          officerPhone: "0912345678",
        }),
      decide: () => decide(inspector, code, before.version, { outcome: "approve" }),
      stop: () => stopProcessing(inspector, code, before.version, "Dừng xử lý để thanh tra."),
    };
    // He reads every dossier, so each action is refused to him (with an audit line), not hidden.
    for (const [action, call] of Object.entries(attempts)) expect(await outcomeOf(call), action).toBe("refused");
    expect(
      await db().auditEvent.count({
        where: { action: "dossier.action-refused", actorUserId: inspector.userId, targetId: before.id },
      }),
    ).toBe(Object.keys(attempts).length);
    const after = await db().dossier.findUniqueOrThrow({ where: { code } });
    expect(after).toMatchObject({
      status: before.status,
      version: before.version,
      assigneeUserId: before.assigneeUserId,
    });
  });

  it("does not exist for clerks and citizens", async () => {
    expect(await outcomeOf(() => dashboard(clerk))).toBe("not-found");
    expect(await outcomeOf(() => dashboard(citizen))).toBe("not-found");
  });
});
