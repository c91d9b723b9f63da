// Consulting another agency: the question reaches that agency, its answer joins the
// dossier's history; unanswered past the deadline it is escalated once, by the job.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { submitDossier } from "@/lib/dossiers/mutations";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { PersonActor } from "@/lib/identity/actor";
import {
  answerConsultation,
  countOpenConsultations,
  listConsultationsForStaff,
  listEscalatedConsultations,
  requestConsultation,
} from "@/lib/processing/consultations";
import { escalateOverdueConsultations } from "@/lib/processing/escalation";
import { getSlipPdfForViewer } from "@/lib/dossiers/slips";
import { getControlSlip } from "@/lib/processing/control-slip";
import { getDossierDocumentForStaff, getDossierForStaff, receiveDossier } from "@/lib/processing/reception";
import { claimStep } from "@/lib/processing/workflow";
import { agencyIds, createPersonActor, createStaff } from "@/tests/factories/actors";
import { birthRegistrationValues, createReadyDraft } from "@/tests/factories/dossiers";

let citizen: PersonActor;
let clerk: PersonActor;
let specialist: PersonActor;
let leader: PersonActor;
let justice: PersonActor;

beforeAll(async () => {
  const [saiGon, soTuPhap] = await agencyIds("ubnd-phuong-sai-gon", "so-tu-phap");
  citizen = await createPersonActor();
  clerk = await createStaff("RECEPTION_CLERK", saiGon);
  specialist = await createStaff("SPECIALIST", saiGon, "Chuyên Viên Hỏi");
  leader = await createStaff("LEADER", saiGon);
  justice = await createStaff("SPECIALIST", soTuPhap, "Chuyên Viên Sở Tư Pháp");
});

async function dossierInAppraisal() {
  const draft = await createReadyDraft(citizen, birthRegistrationValues(citizen));
  const { code } = await submitDossier(citizen, draft.draftId, draft.idempotencyKey);
  await receiveDossier(clerk, code, 0);
  await claimStep(specialist, code, 1);
  return code;
}

const QUESTION = {
  toAgency: "so-tu-phap",
  question: "Đề nghị Sở cho ý kiến về việc ghi quốc tịch của người mẹ.",
  workingDays: 2,
};

describe("consultations", () => {
  it("reach the consulted agency, and its answer joins the dossier's history", async () => {
    const code = await dossierInAppraisal();
    // Before it is asked, the other agency does not see the dossier.
    await expect(getDossierForStaff(justice, code)).rejects.toBeInstanceOf(NotFoundError);
    await expect(requestConsultation(clerk, code, QUESTION)).rejects.toMatchObject({ code: "forbidden" });
    await expect(requestConsultation(specialist, code, { ...QUESTION, question: "?" })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await requestConsultation(specialist, code, QUESTION);
    // The consulted agency's specialist is told, in the portal and by e-mail, with the deadline.
    const { id: dossierId } = await db().dossier.findUniqueOrThrow({ where: { code }, select: { id: true } });
    const told = await db().notification.findMany({
      where: { userId: justice.userId, dossierId, kind: "staff.consulted" },
      select: { channel: true, titleVi: true, bodyVi: true },
    });
    expect(told.map((n) => n.channel).sort()).toEqual(["EMAIL", "IN_APP"]);
    expect(told[0]).toMatchObject({
      titleVi: `Ủy ban nhân dân Phường Sài Gòn lấy ý kiến về hồ sơ ${code}`,
      bodyVi: expect.stringMatching(/^Vui lòng trả lời tại mục “Lấy ý kiến” trước \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}\.$/),
    });
    // The staff home counts it for the consulted agency; a reception clerk answers none.
    expect(await countOpenConsultations(justice)).toBeGreaterThanOrEqual(1);
    expect(await countOpenConsultations(clerk)).toBe(0);
    const inbox = await listConsultationsForStaff(justice);
    const mine = inbox.find((c) => c.dossierCode === code)!;
    expect(mine).toMatchObject({ fromAgency: "Ủy ban nhân dân Phường Sài Gòn", answeredAt: null });
    expect((await listConsultationsForStaff(specialist)).map((c) => c.dossierCode)).not.toContain(code);
    await expect(answerConsultation(specialist, mine.id, "Không thuộc thẩm quyền")).rejects.toMatchObject({
      code: "not_found",
    });
    await answerConsultation(justice, mine.id, "Ghi quốc tịch Việt Nam theo giấy tờ tùy thân của người mẹ.");
    await expect(answerConsultation(justice, mine.id, "Trả lời lần hai")).rejects.toBeInstanceOf(ConflictError);
    // The consulted agency reads the dossier it was asked about (and its documents), but cannot act on it.
    const read = await getDossierForStaff(justice, code);
    expect(read.code).toBe(code);
    const file = read.documents.flatMap((d) => d.files)[0]!;
    expect((await getDossierDocumentForStaff(justice, code, file.id)).bytes.byteLength).toBeGreaterThan(0);
    await expect(claimStep(justice, code, read.version)).rejects.toBeInstanceOf(ForbiddenError);
    // With the slips it lists (the receipt, the control slip).
    const receipt = await db().dossierSlip.findFirstOrThrow({ where: { dossier: { code } }, select: { id: true } });
    expect((await getSlipPdfForViewer(justice, receipt.id)).bytes.byteLength).toBeGreaterThan(0);
    await expect(getControlSlip(justice, code)).resolves.toBeTruthy();
    // The specialist who asked is told the answer came.
    expect(
      await db().notification.count({
        where: { userId: specialist.userId, dossierId, kind: "staff.consultation-answered" },
      }),
    ).toBe(2);
    const events = await db().dossierEvent.findMany({ where: { dossier: { code } }, orderBy: { id: "asc" } });
    expect(events.slice(-2).map((e) => [e.type, e.actorUserId])).toEqual([
      ["consultation.requested", specialist.userId],
      ["consultation.answered", justice.userId],
    ]);
  });

  it("are escalated once when unanswered past their deadline, and shown to leaders", async () => {
    const code = await dossierInAppraisal();
    await requestConsultation(specialist, code, QUESTION);
    const consultation = await db().consultation.findFirstOrThrow({ where: { dossier: { code } } });
    expect(consultation.dueAt.getTime()).toBeGreaterThan(consultation.requestedAt.getTime());
    await db().consultation.update({ where: { id: consultation.id }, data: { dueAt: new Date(Date.now() - 60_000) } });
    const first = await Promise.all([escalateOverdueConsultations(db()), escalateOverdueConsultations(db())]);
    expect(first[0] + first[1]).toBeGreaterThanOrEqual(1);
    expect(await escalateOverdueConsultations(db())).toBe(0);
    expect(await db().dossierEvent.count({ where: { dossier: { code }, type: "consultation.escalated" } })).toBe(1);
    expect((await listEscalatedConsultations(leader)).map((c) => c.dossierCode)).toContain(code);
    expect(await listEscalatedConsultations(citizen)).toEqual([]);
  });
});
