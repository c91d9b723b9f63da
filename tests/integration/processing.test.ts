// Processing after reception with named people at every step: claim, hand-over with the
// step's timing, the leader's approval issuing a sealed result with a public verification,
// and the return of the result.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { documentStorage } from "@/lib/documents/mutations";
import { submitDossier } from "@/lib/dossiers/mutations";
import { verifyDossierChain } from "@/lib/dossiers/events";
import { ConflictError, ValidationError } from "@/lib/errors";
import type { PersonActor } from "@/lib/identity/actor";
import { countReceptionQueue, getDossierForStaff, receiveDossier } from "@/lib/processing/reception";
import { listResultsForApplicant, verifyResult } from "@/lib/processing/results";
import { countWorkQueue, listWorkQueue } from "@/lib/processing/work-queue";
import {
  assignStep,
  claimStep,
  decide,
  handOver,
  listNextStepColleagues,
  returnResult,
} from "@/lib/processing/workflow";
import { stopProcessing, withdrawDossier } from "@/lib/processing/closing";
import { agencyIds, createPersonActor, createStaff, expectAuthorizationMatrix } from "@/tests/factories/actors";
import { APPRAISAL, birthRegistrationValues, createReadyDraft } from "@/tests/factories/dossiers";
import { pdfText } from "@/tests/factories/pdf";
import { renderPdf } from "@/lib/documents/pdf";
import { getControlSlip } from "@/lib/processing/control-slip";
import { getDossierForApplicant } from "@/lib/dossiers/queries";
import { decideAndSign } from "@/tests/factories/decisions";

let citizen: PersonActor;
let clerk: PersonActor;
let specialist: PersonActor;
let leader: PersonActor;
let otherSpecialist: PersonActor;

beforeAll(async () => {
  const [saiGon, benThanh] = await agencyIds("ubnd-phuong-sai-gon", "ubnd-phuong-ben-thanh");
  citizen = await createPersonActor({ name: "Phan Thị Kết Quả" });
  clerk = await createStaff("RECEPTION_CLERK", saiGon, "Cán Bộ Tiếp Nhận");
  specialist = await createStaff("SPECIALIST", saiGon, "Chuyên Viên Thẩm Định");
  leader = await createStaff("LEADER", saiGon, "Lãnh Đạo Phường");
  otherSpecialist = await createStaff("SPECIALIST", benThanh);
});

/** The public verification of a result, from an address of its own (the page is limited per address). */
async function verified(resultCode: string) {
  const verification = await verifyResult(resultCode, `192.0.2.${Math.floor(Math.random() * 250)}-${Math.random()}`);
  if (verification.kind !== "verified") throw new Error(`verification ${verification.kind}`);
  return verification.result;
}

async function receivedDossier() {
  const draft = await createReadyDraft(citizen, birthRegistrationValues(citizen));
  const { code } = await submitDossier(citizen, draft.draftId, draft.idempotencyKey);
  await receiveDossier(clerk, code, 0);
  return code;
}

describe("processing", () => {
  it("goes from claim to a sealed, verifiable result and its return, with a person named at every step", async () => {
    const code = await receivedDossier();
    // Searched by its code: the queue's first page depends on what earlier test files left in it
    // (at 14:59 on a Friday in the time-travel run, twenty dossiers came before it).
    expect((await listWorkQueue(specialist, { q: code })).items.map((i) => i.code)).toContain(code);
    expect((await listWorkQueue(otherSpecialist, { q: code })).items.map((i) => i.code)).not.toContain(code);
    const claims = await Promise.allSettled([claimStep(specialist, code, 1), claimStep(specialist, code, 1)]);
    expect(claims.filter((c) => c.status === "fulfilled")).toHaveLength(1);
    let dossier = await db().dossier.findUniqueOrThrow({ where: { code } });
    expect(dossier).toMatchObject({ status: 4, assigneeUserId: specialist.userId, stepKey: "appraisal" });

    const { people } = await listNextStepColleagues(specialist, code);
    expect(people.map((p) => p.fullName)).toContain("Lãnh Đạo Phường");
    await expect(handOver(specialist, code, dossier.version, clerk.userId, APPRAISAL)).rejects.toBeInstanceOf(
      ValidationError,
    );
    // The appraisal is recorded with the hand-over: findings and a proposal, reasons for a refusal.
    await expect(handOver(specialist, code, dossier.version, leader.userId)).rejects.toMatchObject({
      fieldErrors: { findings: expect.anything(), proposal: expect.anything() },
    });
    await expect(
      handOver(specialist, code, dossier.version, leader.userId, { findings: APPRAISAL.findings, proposal: "refuse" }),
    ).rejects.toMatchObject({ fieldErrors: { proposalReasons: expect.anything() } });
    await handOver(specialist, code, dossier.version, leader.userId, {
      ...APPRAISAL,
      siteInspection: "Không cần kiểm tra thực địa.",
    });
    // The leader who decides reads it.
    expect((await getDossierForStaff(leader, code)).workflow.appraisal).toMatchObject({
      ...APPRAISAL,
      siteInspection: "Không cần kiểm tra thực địa.",
      by: "Chuyên Viên Thẩm Định",
    });
    dossier = await db().dossier.findUniqueOrThrow({ where: { code } });
    expect(dossier).toMatchObject({ stepKey: "approval", assigneeUserId: leader.userId });
    // The leader is told, in the portal and by e-mail, with the appointment.
    const told = await db().notification.findMany({
      where: { userId: leader.userId, dossierId: dossier.id, kind: "staff.handed-over" },
      select: { channel: true, titleVi: true, bodyVi: true },
    });
    expect(told.map((n) => n.channel).sort()).toEqual(["EMAIL", "IN_APP"]);
    expect(told[0]).toMatchObject({
      titleVi: `Hồ sơ ${code} được chuyển đến bạn`,
      bodyVi: expect.stringMatching(
        /^Chuyên Viên Thẩm Định chuyển cho bạn bước phê duyệt, ký kết quả\. Hẹn trả kết quả: /,
      ),
    });
    await expect(decide(specialist, code, dossier.version, { outcome: "approve" })).rejects.toMatchObject({
      code: "forbidden",
    });

    const { resultCode } = await decideAndSign(leader, code, dossier.version, { outcome: "approve" });
    expect(resultCode).toBe(`${code}-KQ1`);
    dossier = await db().dossier.findUniqueOrThrow({ where: { code } });
    expect(dossier).toMatchObject({ status: 9, stepKey: "return", assigneeUserId: null });

    // The result is in the applicant's data store, readable, and publicly verifiable.
    const [result] = await listResultsForApplicant(citizen, code);
    const stored = await db().storedDocument.findUniqueOrThrow({ where: { id: result!.documentId } });
    expect(stored.ownerUserId).toBe(citizen.userId);
    const text = await pdfText(new Uint8Array(await documentStorage().get(stored.storageKey)));
    for (const expected of ["GIẤY KHAI SINH", resultCode, "Phan Thị Kết Quả", "Nguyễn Bảo Ngọc", "/tra-cuu-ket-qua/"])
      expect(text.toUpperCase()).toContain(expected.toUpperCase());
    expect(await verified(resultCode)).toMatchObject({
      valid: true,
      signatureValid: true,
      signedByName: "Lãnh Đạo Phường",
      dossierCode: code,
      // A birth certificate is the child's: the page names her, in part.
      holderName: "N*** B** Ngọc",
    });

    // A tampered file no longer verifies; a revoked result says so.
    await db().resultDocument.update({ where: { code: resultCode }, data: { revokedAt: new Date() } });
    expect(await verified(resultCode)).toMatchObject({ valid: false, signatureValid: true });
    await db().resultDocument.update({
      where: { code: resultCode },
      data: { revokedAt: null, sha256: "0".repeat(64) },
    });
    expect(await verified(resultCode)).toMatchObject({ valid: false, signatureValid: false });

    await expect(
      returnResult(specialist, code, dossier.version, { method: "POST", address: "12 Lê Lợi, phường Sài Gòn" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(returnResult(clerk, code, dossier.version, { method: "POST", address: "" })).rejects.toMatchObject({
      fieldErrors: { address: expect.anything() },
    });
    await expect(returnResult(clerk, code, dossier.version, { method: "FAX" })).rejects.toMatchObject({
      fieldErrors: { method: expect.anything() },
    });
    await returnResult(clerk, code, dossier.version, {
      method: "POST",
      address: "12 Lê Lợi, phường Sài Gòn",
      trackingNumber: "EMS123456789VN",
    });
    await expect(returnResult(clerk, code, dossier.version, { method: "ONLINE" })).rejects.toBeInstanceOf(
      ConflictError,
    );
    const returned = await db().dossierEvent.findFirstOrThrow({
      where: { dossierId: dossier.id, type: "result.returned" },
    });
    // Low (issue 19): the address and tracking number are sealed in the event and left out of the messages.
    expect(returned.details).toMatchObject({ method: "POST", post: expect.any(String) });
    expect(JSON.stringify(returned.details)).not.toMatch(/Lê Lợi|EMS123456789VN/);
    const messages = await db().notification.findMany({
      where: { dossierId: dossier.id, kind: "dossier.returned" },
      select: { channel: true, bodyVi: true },
    });
    expect(messages).toEqual(
      expect.arrayContaining(
        ["IN_APP", "EMAIL"].map((channel) => ({
          channel,
          bodyVi: expect.stringContaining("qua bưu chính; địa chỉ nhận và số vận đơn có trên trang hồ sơ"),
        })),
      ),
    );
    expect(JSON.stringify(messages)).not.toMatch(/Lê Lợi|EMS123456789VN/);
    expect((await getDossierForApplicant(citizen, code)).delivery).toEqual({
      address: "12 Lê Lợi, phường Sài Gòn",
      trackingNumber: "EMS123456789VN",
    });
    const events = await db().dossierEvent.findMany({ where: { dossier: { code } }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.type, e.actorUserId])).toEqual([
      ["submitted", citizen.userId],
      ["received", clerk.userId],
      ["step.claimed", specialist.userId],
      ["step.handed-over", specialist.userId],
      ["decided", leader.userId],
      ["result.returned", clerk.userId],
    ]);
    expect((events[3]!.details as { timing: string }).timing).toMatch(/^(EARLY|ON_TIME|LATE)$/);
    expect(await verifyDossierChain(db(), dossier.id)).toEqual([]);

    // The control slip: one row per hand-off, with names and each step's timing.
    const slip = await pdfText(await renderPdf(await getControlSlip(citizen, code)));
    for (const expected of [
      "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
      "Cán Bộ Tiếp Nhận",
      "Chuyên Viên Thẩm Định",
      "Lãnh Đạo Phường",
      "Bên giao",
      "Bên nhận",
      "Đề xuất giải quyết",
      "Thành phần hồ sơ đầy đủ",
    ])
      expect(slip).toContain(expected);
    expect(slip).toMatch(/Trước hạn|Đúng hạn|Quá hạn/);
    await expect(getControlSlip(otherSpecialist, code)).rejects.toMatchObject({ code: "not_found" });
  });

  it("denies with reasons only", async () => {
    const code = await receivedDossier();
    await claimStep(specialist, code, 1);
    await handOver(specialist, code, 2, leader.userId, APPRAISAL);
    await expect(decide(leader, code, 3, { outcome: "deny", reasons: "ngắn" })).rejects.toBeInstanceOf(ValidationError);
    const { resultCode } = await decideAndSign(leader, code, 3, {
      outcome: "deny",
      reasons: "Người yêu cầu không phải cha, mẹ hoặc người thân thích của trẻ.",
    });
    // The public sees a valid denial notice, not its reasons (issue 19, finding 6).
    const notice = await verified(resultCode);
    expect(notice).toMatchObject({ title: "Thông báo không giải quyết hồ sơ", valid: true });
    expect(JSON.stringify(notice)).not.toContain("thân thích");
  });

  it("keeps every step to the competent agency's staff", async () => {
    const code = await receivedDossier();
    const actors = {
      owner: specialist,
      anotherCitizen: citizen,
      competentClerk: specialist,
      otherClerk: otherSpecialist,
      admin: await createPersonActor(),
    };
    await expectAuthorizationMatrix(
      actors,
      (actor) =>
        claimStep(actor, code, 1).catch((e: unknown) => {
          if (!(e instanceof ConflictError)) throw e;
        }),
      {
        owner: "allowed",
        anotherCitizen: "not-found",
        competentClerk: "allowed",
        otherClerk: "not-found",
        admin: "not-found",
      },
    );
  });
});

describe("the staff home", () => {
  it("counts what waits for each person, step by step, as a dossier moves", async () => {
    // A ward no other test files at, so that the counts are this test's own.
    const [canGio] = await agencyIds("ubnd-xa-can-gio");
    const [wardClerk, wardSpecialist, wardLeader] = [
      await createStaff("RECEPTION_CLERK", canGio),
      await createStaff("SPECIALIST", canGio),
      await createStaff("LEADER", canGio),
    ];
    const before = {
      receive: await countReceptionQueue(wardClerk),
      specialist: await countWorkQueue(wardSpecialist),
      leader: await countWorkQueue(wardLeader),
    };
    const draft = await createReadyDraft(
      citizen,
      birthRegistrationValues(citizen, { competentWard: "ubnd-xa-can-gio" }),
    );
    const { code } = await submitDossier(citizen, draft.draftId, draft.idempotencyKey);
    expect(await countReceptionQueue(wardClerk)).toBe(before.receive + 1);
    await expect(countReceptionQueue(wardSpecialist)).rejects.toMatchObject({ code: "not_found" });
    await receiveDossier(wardClerk, code, 0);
    expect(await countReceptionQueue(wardClerk)).toBe(before.receive);
    expect(await countWorkQueue(wardSpecialist)).toMatchObject({
      appraisal: before.specialist.appraisal + 1,
      mine: before.specialist.mine,
    });
    await claimStep(wardSpecialist, code, 1);
    expect(await countWorkQueue(wardSpecialist)).toMatchObject({
      appraisal: before.specialist.appraisal + 1,
      mine: before.specialist.mine + 1,
    });
    const dossier = await db().dossier.findUniqueOrThrow({ where: { code } });
    await handOver(wardSpecialist, code, dossier.version, wardLeader.userId, APPRAISAL);
    expect(await countWorkQueue(wardSpecialist)).toMatchObject({
      appraisal: before.specialist.appraisal,
      mine: before.specialist.mine,
    });
    expect(await countWorkQueue(wardLeader)).toMatchObject({
      approval: before.leader.approval + 1,
      mine: before.leader.mine + 1,
    });
    // Past its appointment, it counts as overdue for whoever sees it.
    await db().dossier.update({ where: { code }, data: { appointmentAt: new Date("2026-01-05T10:00:00Z") } });
    expect((await countWorkQueue(wardLeader)).overdue).toBe(before.leader.overdue + 1);
  });
});

describe("assignment", () => {
  it(
    "lets a leader give a step to a named colleague who works it, once for one version, and the holder pass it " + "on",
    async () => {
      const [saiGon, benThanh] = await agencyIds("ubnd-phuong-sai-gon", "ubnd-phuong-ben-thanh");
      const colleague = await createStaff("SPECIALIST", saiGon, "Chuyên Viên Thứ Hai");
      const benThanhLeader = await createStaff("LEADER", benThanh);
      const code = await receivedDossier();
      for (const outsider of [benThanhLeader, citizen])
        await expect(assignStep(outsider, code, 1, specialist.userId)).rejects.toMatchObject({ code: "not_found" });
      // The reception clerk reads the dossier: assigning is refused to her, not hidden.
      await expect(assignStep(clerk, code, 1, specialist.userId)).rejects.toMatchObject({ code: "forbidden" });
      await expect(assignStep(leader, code, 1, clerk.userId)).rejects.toBeInstanceOf(ValidationError);
      await expect(assignStep(leader, code, 1, "not-an-id")).rejects.toBeInstanceOf(ValidationError);

      const attempts = await Promise.allSettled([
        assignStep(leader, code, 1, specialist.userId),
        assignStep(leader, code, 1, colleague.userId),
      ]);
      expect(attempts.filter((a) => a.status === "fulfilled")).toHaveLength(1);
      expect(attempts.find((a) => a.status === "rejected")).toMatchObject({ reason: expect.any(ConflictError) });
      const dossier = await db().dossier.findUniqueOrThrow({ where: { code } });
      const first = dossier.assigneeUserId === specialist.userId ? specialist : colleague;
      const second = first === specialist ? colleague : specialist;
      expect(dossier).toMatchObject({ status: 4, stepKey: "appraisal", version: 2 });
      // Told in the portal and by e-mail.
      expect(
        await db().notification.count({
          where: { userId: first.userId, dossierId: dossier.id, kind: "staff.assigned" },
        }),
      ).toBe(2);
      expect(
        await db().notification.count({
          where: { userId: citizen.userId, dossierId: dossier.id, kind: "dossier.processing" },
        }),
      ).toBe(2);

      // The holder passes the step to a colleague; the step's clock runs on.
      await assignStep(first, code, dossier.version, second.userId);
      const after = await db().dossier.findUniqueOrThrow({ where: { code } });
      expect(after).toMatchObject({
        assigneeUserId: second.userId,
        stepKey: "appraisal",
        stepStartedAt: dossier.stepStartedAt,
      });
      await expect(assignStep(first, code, after.version, first.userId)).rejects.toMatchObject({ code: "forbidden" });
      const events = await db().dossierEvent.findMany({
        where: { dossierId: dossier.id, type: "step.assigned" },
        orderBy: { id: "asc" },
      });
      expect(events.map((e) => (e.details as { toName: string }).toName)).toEqual([first.fullName, second.fullName]);
      expect(await verifyDossierChain(db(), dossier.id)).toEqual([]);
      // The leader sees who holds it in the queue, filtered by that person.
      expect((await listWorkQueue(leader, { q: code, assignee: second.userId })).items).toEqual([
        expect.objectContaining({ code, assigneeName: second.fullName }),
      ]);
    },
  );
});

describe("ending without a result", () => {
  it("lets the applicant withdraw before a decision, once confirmed, and never after", async () => {
    const code = await receivedDossier();
    await expect(withdrawDossier(citizen, code, { confirmed: false, seenVersion: 1 })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(withdrawDossier(clerk, code, { confirmed: true, seenVersion: 1 })).rejects.toMatchObject({
      code: "not_found",
    });
    // Confirmed on a page shown before reception: the dossier has changed since, nothing happens.
    await expect(withdrawDossier(citizen, code, { confirmed: true, seenVersion: 0 })).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect((await db().dossier.findUniqueOrThrow({ where: { code } })).status).toBe(2);
    await withdrawDossier(citizen, code, { confirmed: true, reason: "Đã nộp nhầm thủ tục.", seenVersion: 1 });
    expect((await db().dossier.findUniqueOrThrow({ where: { code } })).status).toBe(7);
    await expect(withdrawDossier(citizen, code, { confirmed: true, seenVersion: 2 })).rejects.toBeInstanceOf(
      ConflictError,
    );
    await expect(claimStep(specialist, code, 2)).rejects.toBeInstanceOf(ConflictError);
  });

  it("lets a leader of the agency stop processing with reasons", async () => {
    const code = await receivedDossier();
    await expect(stopProcessing(specialist, code, 1, "Lý do đủ dài để dừng")).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(stopProcessing(leader, code, 1, "ngắn")).rejects.toBeInstanceOf(ValidationError);
    await stopProcessing(leader, code, 1, "Người yêu cầu đã chết trước khi có kết quả.");
    const dossier = await db().dossier.findUniqueOrThrow({
      where: { code },
      include: { events: { orderBy: { id: "asc" } } },
    });
    expect(dossier.status).toBe(8);
    expect(dossier.events.at(-1)).toMatchObject({
      type: "stopped",
      actorUserId: leader.userId,
      fromStatus: 2,
      toStatus: 8,
    });
  });
});
