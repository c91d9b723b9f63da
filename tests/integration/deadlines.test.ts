// Deadlines: staff are alerted once a working day ahead; the leader may apologise and set
// a new date once, at the latest a working day before the appointment.
import { createHash } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { submitDossier } from "@/lib/dossiers/mutations";
import { getDossierForApplicant, listDossiersForApplicant } from "@/lib/dossiers/queries";
import { requestSupplement } from "@/lib/processing/supplements";
import { ConflictError, ValidationError } from "@/lib/errors";
import type { PersonActor } from "@/lib/identity/actor";
import { issueApology } from "@/lib/processing/apology";
import { alertApproachingDeadlines } from "@/lib/processing/deadline-alerts";
import { getDossierForStaff, receiveDossier } from "@/lib/processing/reception";
import { getSlipPdfForViewer } from "@/lib/dossiers/slips";
import { listWorkQueue } from "@/lib/processing/work-queue";
import { trustedCaCertificate } from "@/lib/signing/client";
import { checkSignature, signerUid } from "@/lib/signing/verify";
import { pdfText } from "@/tests/factories/pdf";
import { checkedCms, embeddedSignatures, pdfsigReport } from "@/tests/factories/pdf-signatures";
import { getControlSlipPdf } from "@/lib/processing/control-slip";
import { claimStep } from "@/lib/processing/workflow";
import { createPersonActor, createStaff } from "@/tests/factories/actors";
import { birthRegistrationValues, createReadyDraft } from "@/tests/factories/dossiers";
import { instant, useInstant } from "@/tests/factories/instants";
import { currentTimeMs, resetClock, setClock } from "@/lib/time";

let citizen: PersonActor;
let clerk: PersonActor;
let specialist: PersonActor;
let leader: PersonActor;

beforeAll(async () => {
  const saiGon = await db().agency.findFirstOrThrow({ where: { slug: "ubnd-phuong-sai-gon" } });
  citizen = await createPersonActor();
  clerk = await createStaff("RECEPTION_CLERK", saiGon.id);
  specialist = await createStaff("SPECIALIST", saiGon.id, "Chuyên Viên Hàng Đợi");
  leader = await createStaff("LEADER", saiGon.id, "Chủ Tịch Phường");
});

async function inProcessing(appointment: Date) {
  const draft = await createReadyDraft(citizen, birthRegistrationValues(citizen));
  const { code } = await submitDossier(citizen, draft.draftId, draft.idempotencyKey);
  await receiveDossier(clerk, code, 0);
  await claimStep(specialist, code, 1);
  await db().dossier.update({ where: { code }, data: { appointmentAt: appointment } });
  return code;
}

describe("deadlines", () => {
  // An hour before the appointment is within its last working day; twenty days is not.
  useInstant("fridayAt1459", { running: true });

  it("alert the person holding the dossier and the agency's leaders once, a working day ahead", async () => {
    const now = new Date("2026-11-24T09:00:00+07:00"); // a Tuesday
    const soon = await inProcessing(new Date("2026-11-25T08:00:00+07:00"));
    const later = await inProcessing(new Date("2026-12-04T17:00:00+07:00"));
    expect(await alertApproachingDeadlines(db(), now)).toBeGreaterThanOrEqual(1);
    expect(await alertApproachingDeadlines(db(), now)).toBe(0);
    const idOf = async (code: string) =>
      (await db().dossier.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
    const alerts = await db().notification.findMany({
      where: { dossierId: await idOf(soon), kind: "staff.deadline" },
      select: { userId: true },
    });
    // The person holding it and every leader of the agency (other tests add leaders too), each once; not the desk.
    const recipients = alerts.map((a) => a.userId);
    expect(recipients).toEqual(expect.arrayContaining([specialist.userId, leader.userId]));
    expect(new Set(recipients).size).toBe(recipients.length);
    expect(recipients).not.toContain(clerk.userId);
    expect(await db().notification.count({ where: { dossierId: await idOf(later), kind: "staff.deadline" } })).toBe(0);
  });

  it("let a leader apologise with a new date once, and not within the last working day", async () => {
    const far = new Date(currentTimeMs() + 20 * 24 * 3600_000);
    const code = await inProcessing(far);
    expect((await getDossierForStaff(leader, code)).workflow.canApologise).toBe(true);
    const version = (await db().dossier.findUniqueOrThrow({ where: { code } })).version;
    await expect(
      issueApology(specialist, code, version, { reason: "Chờ xác minh của cơ quan khác.", newDate: "2099-01-01" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(issueApology(leader, code, version, { reason: "ngắn", newDate: "2099-01-01" })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(
      issueApology(leader, code, version, { reason: "Chờ xác minh của cơ quan khác.", newDate: "2020-01-01" }),
    ).rejects.toBeInstanceOf(ValidationError);
    const { newAppointment } = await issueApology(leader, code, version, {
      reason: "Chờ kết quả xác minh của cơ quan khác.",
      newDate: "2099-01-02",
    });
    const dossier = await db().dossier.findUniqueOrThrow({ where: { code }, include: { slips: true } });
    expect(dossier.appointmentAt).toEqual(newAppointment);
    expect(dossier.slips.map((s) => s.kind)).toContain("MAU_04");
    // The letter is the PDF as issued, sealed by the agency, in the applicant's data store.
    const slip = dossier.slips.find((s) => s.kind === "MAU_04")!;
    const pdf = await getSlipPdfForViewer(citizen, slip.id);
    expect(createHash("sha256").update(pdf.bytes).digest("hex")).toBe(slip.sha256);
    expect(await pdfText(pdf.bytes)).toContain("Chờ kết quả xác minh của cơ quan khác.");
    const agencyCode = (await db().agency.findUniqueOrThrow({ where: { id: dossier.agencyId } })).code;
    expect(
      checkSignature({
        digest: slip.sha256!,
        signature: slip.signature!,
        certificate: slip.certificate!,
        caCertificate: await trustedCaCertificate(),
        signerUid: signerUid("AGENCY", agencyCode),
        signedAt: slip.issuedAt,
      }),
    ).toMatchObject({ certificateTrusted: true, signatureValid: true, signerMatches: true });
    // The receipt and appointment (Mẫu 01) carries the agency's seal too: sealed when first opened, the same file
    // ever after, kept in the applicant's data store.
    const receipt = dossier.slips.find((s) => s.kind === "MAU_01")!;
    expect(receipt.documentId).toBeNull();
    const opened = Buffer.from((await getSlipPdfForViewer(citizen, receipt.id)).bytes);
    const [receiptSeal, ...others] = embeddedSignatures(opened);
    expect(others).toEqual([]);
    expect((await checkedCms(receiptSeal!.cms, receiptSeal!.signedBytes)).subject).toContain(`UID=MCQ:${agencyCode}`);
    expect(await pdfsigReport(opened)).toContain("Signature Validation: Signature is Valid.");
    expect(Buffer.from((await getSlipPdfForViewer(clerk, receipt.id)).bytes).equals(opened)).toBe(true);
    const kept = await db().dossierSlip.findUniqueOrThrow({ where: { id: receipt.id } });
    expect(kept.sha256).toBe(createHash("sha256").update(opened).digest("hex"));
    // The control slip (Mẫu 05) follows the dossier: each copy is sealed as it stands.
    const control = Buffer.from(await getControlSlipPdf(citizen, code));
    expect(embeddedSignatures(control)).toHaveLength(1);
    expect(await pdfText(new Uint8Array(control))).toContain("PHIẾU KIỂM SOÁT");
    expect(await db().storedDocument.findUniqueOrThrow({ where: { id: slip.documentId! } })).toMatchObject({
      ownerUserId: citizen.userId,
      sha256: slip.sha256,
    });
    await expect(getSlipPdfForViewer(await createPersonActor(), slip.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(
      issueApology(leader, code, dossier.version, { reason: "Lần thứ hai xin lỗi.", newDate: "2099-02-01" }),
    ).rejects.toBeInstanceOf(ConflictError);

    const late = await inProcessing(new Date(currentTimeMs() + 3600_000));
    // The form is not offered when the action would refuse it.
    expect((await getDossierForStaff(leader, late)).workflow.canApologise).toBe(false);
    const lateVersion = (await db().dossier.findUniqueOrThrow({ where: { code: late } })).version;
    await expect(
      issueApology(leader, late, lateVersion, { reason: "Chờ kết quả xác minh.", newDate: "2099-01-02" }),
    ).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("the work queue", () => {
  useInstant("mondayBeforeOffice", { running: true });

  it("counts and lists by tab: mine, due within one working day, overdue", async () => {
    const overdue = await inProcessing(new Date(currentTimeMs() - 3600_000));
    const dueSoon = await inProcessing(new Date(currentTimeMs() + 60_000));
    const later = await inProcessing(new Date(currentTimeMs() + 30 * 24 * 3600_000));
    const codes = async (tab: "all" | "mine" | "due-soon" | "overdue") =>
      (await listWorkQueue(specialist, { tab })).items.map((i) => i.code);
    const all = await listWorkQueue(specialist, { tab: "all" });
    expect(all.counts.mine).toBeGreaterThanOrEqual(3);
    expect(await codes("overdue")).toContain(overdue);
    expect(await codes("overdue")).not.toContain(dueSoon);
    expect(await codes("due-soon")).toContain(dueSoon);
    expect(await codes("due-soon")).not.toContain(later);
    expect((await listWorkQueue(specialist, { tab: "overdue" })).items.find((i) => i.code === overdue)).toMatchObject({
      overdue: true,
      mine: true,
    });
    expect((await listWorkQueue(clerk, { tab: "mine" })).items.map((i) => i.code)).not.toContain(overdue);
  });

  it(
    "filters by status, step, procedure, assignee and code or applicant name, and shows who " + "holds each dossier",
    async () => {
      const held = await inProcessing(new Date(currentTimeMs() + 5 * 24 * 3600_000));
      const codes = async (actor: PersonActor, params: Record<string, string | undefined>) =>
        (await listWorkQueue(actor, params)).items.map((i) => i.code);
      const birth = await db().procedure.findFirstOrThrow({
        where: { slug: "dang-ky-khai-sinh" },
        select: { id: true },
      });
      const other = await db().procedure.findFirstOrThrow({
        where: { slug: { not: "dang-ky-khai-sinh" } },
        select: { id: true },
      });

      expect(await codes(specialist, { q: held })).toEqual([held]);
      expect(
        await codes(specialist, {
          q: held.toLowerCase(),
          status: "4",
          step: "appraisal",
          procedure: birth.id,
          assignee: "me",
        }),
      ).toEqual([held]);
      for (const params of [
        { status: "9" },
        { step: "approval" },
        { procedure: other.id },
        { assignee: "none" },
        { assignee: leader.userId },
      ]) {
        expect(await codes(specialist, { q: held, ...params })).toEqual([]);
      }
      // The leader sees the dossier held by the specialist, by name, and can filter on that person.
      const seenByLeader = await listWorkQueue(leader, { q: held });
      expect(seenByLeader.items).toEqual([
        expect.objectContaining({
          code: held,
          mine: false,
          assigneeName: "Chuyên Viên Hàng Đợi",
          applicantName: "Người Kiểm Thử",
        }),
      ]);
      expect(seenByLeader.options.colleagues.map((c) => c.id)).toContain(specialist.userId);
      expect(await codes(leader, { q: held, assignee: specialist.userId })).toEqual([held]);
      // Search text is matched literally: LIKE's wildcards find nothing.
      for (const q of ["%", "_", "0%", held.slice(0, -1) + "_"]) expect(await codes(specialist, { q })).toEqual([]);
      // The tab's count agrees with what its pages list.
      const mine = await listWorkQueue(specialist, { tab: "mine" });
      expect(mine.total).toBe(mine.counts.mine);
      expect(mine.items.length).toBe(Math.min(mine.total, mine.pageSize));
      // Unreadable filters are ignored rather than failing the page.
      const lenient = await listWorkQueue(specialist, {
        q: held,
        status: "'; DROP TABLE",
        assignee: "../../etc",
        procedure: "x",
        step: "everything",
        page: "-4",
        tab: "nope",
      });
      expect(lenient.items.map((i) => i.code)).toEqual([held]);
      expect(lenient.params).toMatchObject({ page: 1, tab: "all", status: undefined, assignee: undefined });
    },
  );
});

describe("the applicant's clock", () => {
  useInstant("mondayBeforeOffice", { running: true });

  it("shows each running dossier's working days, waiting ones first and paused, and the apology", async () => {
    const applicant = await createPersonActor({ name: "Người Theo Dõi Hạn" });
    const file = async () => {
      const draft = await createReadyDraft(applicant, birthRegistrationValues(applicant));
      const { code } = await submitDossier(applicant, draft.draftId, draft.idempotencyKey);
      await receiveDossier(clerk, code, 0);
      await claimStep(specialist, code, 1);
      return code;
    };
    const running = await file();
    const waiting = await file();
    const draft = await createReadyDraft(applicant, birthRegistrationValues(applicant));
    const notReceived = (await submitDossier(applicant, draft.draftId, draft.idempotencyKey)).code;
    // Received on Monday 23 November at 00:30, two weeks before now; the appointment six
    // days ahead, Sunday 13 December at 00:30.
    const receivedAt = new Date(currentTimeMs() - 14 * 24 * 3600_000);
    await db().dossier.updateMany({
      where: { code: { in: [running, waiting] } },
      data: { receivedAt, appointmentAt: new Date(currentTimeMs() + 6 * 24 * 3600_000) },
    });
    await requestSupplement(specialist, waiting, 2, {
      items: [{ kind: "field", key: "birthPlace", reason: "Ghi đầy đủ tên cơ sở y tế nơi trẻ sinh ra." }],
      officerPhone: "0912345678",
    });

    const list = await listDossiersForApplicant(applicant);
    expect(list.waiting.map((d) => d.code)).toEqual([waiting]);
    expect(list.items.map((d) => d.code)).toEqual([notReceived, running]);
    const clockOf = (code: string) => [...list.waiting, ...list.items].find((d) => d.code === code)!.clock;
    expect(clockOf(running)).toMatchObject({ paused: false, overdueDays: 0, reappointed: false });
    // Ten working days used (23 November to 4 December), fifteen allowed (to Friday 11 December).
    expect(clockOf(running)).toMatchObject({ usedDays: 10, allowedDays: 15 });
    expect(clockOf(waiting)).toMatchObject({ paused: true });
    expect(clockOf(notReceived)).toBeNull();
    expect(list.items[0]).toMatchObject({ agencyName: { vi: "Ủy ban nhân dân Phường Sài Gòn" } });

    const version = (await db().dossier.findUniqueOrThrow({ where: { code: running } })).version;
    await issueApology(leader, running, version, {
      reason: "Chờ kết quả xác minh của cơ quan khác.",
      newDate: "2099-01-02",
    });
    expect((await getDossierForApplicant(applicant, running)).clock).toMatchObject({ reappointed: true });

    // Two weeks past its appointment (Monday 23 November), the dossier is ten working days overdue.
    await db().dossier.update({
      where: { code: running },
      data: { appointmentAt: new Date(currentTimeMs() - 14 * 24 * 3600_000) },
    });
    expect((await getDossierForApplicant(applicant, running)).clock!.overdueDays).toBe(10);
  });
});

describe("the 15:00 rule at reception", () => {
  afterEach(() => resetClock());

  it.each([
    ["fridayAt1459", "2026-12-11T17:00:00+07:00"],
    ["fridayAt1501", "2026-12-14T17:00:00+07:00"],
    ["saturdayNoon", "2026-12-14T17:00:00+07:00"],
    ["eveOfTet2027", "2027-02-12T17:00:00+07:00"],
    ["newYearsEve", "2027-01-04T17:00:00+07:00"],
  ] as const)("gives a birth registration received at %s the appointment %s", async (name, due) => {
    setClock(instant(name));
    const draft = await createReadyDraft(citizen, birthRegistrationValues(citizen));
    const { code } = await submitDossier(citizen, draft.draftId, draft.idempotencyKey);
    await receiveDossier(clerk, code, 0);
    const dossier = await db().dossier.findUniqueOrThrow({
      where: { code },
      select: { receivedAt: true, appointmentAt: true },
    });
    expect(dossier).toEqual({ receivedAt: instant(name), appointmentAt: new Date(due) });
  });
});
