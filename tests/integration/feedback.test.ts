// Ratings once a dossier is decided, and complaints routed to the agency and answered
// within their deadline: each only by whom it belongs to.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { submitDossier } from "@/lib/dossiers/mutations";
import { ConflictError, ValidationError } from "@/lib/errors";
import { answerFeedback, fileFeedback, listFeedbackForSelf, listFeedbackForStaff } from "@/lib/feedback/complaints";
import { getRatingForApplicant, rateDossier } from "@/lib/feedback/ratings";
import type { PersonActor } from "@/lib/identity/actor";
import { receiveDossier } from "@/lib/processing/reception";
import { claimStep, handOver } from "@/lib/processing/workflow";
import { agencyIds, createPersonActor, createStaff, expectAuthorizationMatrix } from "@/tests/factories/actors";
import { APPRAISAL, birthRegistrationValues, createReadyDraft } from "@/tests/factories/dossiers";
import { instant, useInstant } from "@/tests/factories/instants";
import { setClock } from "@/lib/time";
import { decideAndSign } from "@/tests/factories/decisions";

let citizen: PersonActor;
let clerk: PersonActor;
let specialist: PersonActor;
let leader: PersonActor;
let otherClerk: PersonActor;

beforeAll(async () => {
  const [saiGon, benThanh] = await agencyIds("ubnd-phuong-sai-gon", "ubnd-phuong-ben-thanh");
  citizen = await createPersonActor({ name: "Người Đánh Giá" });
  clerk = await createStaff("RECEPTION_CLERK", saiGon, "Cán Bộ Trả Lời");
  specialist = await createStaff("SPECIALIST", saiGon);
  leader = await createStaff("LEADER", saiGon);
  otherClerk = await createStaff("RECEPTION_CLERK", benThanh);
});

async function fileAndReceive() {
  const draft = await createReadyDraft(citizen, birthRegistrationValues(citizen));
  const { code } = await submitDossier(citizen, draft.draftId, draft.idempotencyKey);
  await receiveDossier(clerk, code, 0);
  return code;
}

const allSatisfied = { guidance: 3, attitude: 3, timeliness: 2, result: 3, cost: 3 };

describe("ratings", () => {
  it("are taken once a dossier is decided, once, each criterion required, by its applicant only", async () => {
    const code = await fileAndReceive();
    await expect(rateDossier(citizen, code, { scores: allSatisfied })).rejects.toBeInstanceOf(ConflictError);
    expect(await getRatingForApplicant(citizen, code)).toEqual({ canRate: false, rating: null });
    await claimStep(specialist, code, 1);
    await handOver(specialist, code, 2, leader.userId, APPRAISAL);
    await decideAndSign(leader, code, 3, { outcome: "approve" });
    expect((await getRatingForApplicant(citizen, code)).canRate).toBe(true);

    await expect(rateDossier(citizen, code, { scores: { ...allSatisfied, cost: undefined } })).rejects.toMatchObject({
      fieldErrors: { cost: expect.anything() },
    });
    await expect(rateDossier(citizen, code, { scores: { ...allSatisfied, attitude: 7 } })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expectAuthorizationMatrix(
      { owner: citizen, anotherCitizen: await createPersonActor(), competentClerk: clerk, otherClerk, admin: leader },
      (actor) => getRatingForApplicant(actor, code),
      {
        owner: "allowed",
        anotherCitizen: "not-found",
        competentClerk: "not-found",
        otherClerk: "not-found",
        admin: "not-found",
      },
    );

    const twice = await Promise.allSettled([
      rateDossier(citizen, code, { scores: { ...allSatisfied, attitude: 1 }, comment: "Cán bộ hướng dẫn chưa rõ." }),
      rateDossier(citizen, code, { scores: allSatisfied }),
    ]);
    expect(twice.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(twice.find((r) => r.status === "rejected")).toMatchObject({ reason: expect.any(ConflictError) });
    const rating = await db().rating.findFirstOrThrow({ where: { dossier: { code } } });
    expect(rating.negative).toBe(Object.values(rating.scores as Record<string, number>).includes(1));
    expect((await getRatingForApplicant(citizen, code)).canRate).toBe(false);
  });
});

describe("complaints and feedback", () => {
  // Filed on a Monday before office hours (issue 28: this test read the wall clock and failed
  // at Monday 04:14 in Vietnam, when ten working days span twelve calendar days less a bit).
  useInstant("mondayBeforeOffice", { running: true });

  it(
    "go to the dossier's agency or the chosen one, are answered once by its staff within ten working days, and " +
      "the person is told",
    async () => {
      const code = await fileAndReceive();
      await expect(fileFeedback(citizen, { subject: "Ngắn", body: "Quá ngắn" })).rejects.toMatchObject({
        fieldErrors: { subject: expect.anything(), body: expect.anything() },
      });
      await expect(
        fileFeedback(citizen, { subject: "Về việc tiếp nhận", body: "Nội dung phản ánh đủ dài để được nhận." }),
      ).rejects.toMatchObject({ fieldErrors: { agency: expect.anything() } });
      await expect(
        fileFeedback(await createPersonActor(), {
          dossierCode: code,
          subject: "Hồ sơ của người khác",
          body: "Không được phản ánh về hồ sơ không phải của mình.",
        }),
      ).rejects.toMatchObject({ code: "not_found" });

      const about = await fileFeedback(citizen, {
        dossierCode: code,
        subject: "Chờ lâu ở bước thẩm định",
        body: "Hồ sơ của tôi đã quá hạn mà chưa có thông báo gì.",
      });
      const general = await fileFeedback(citizen, {
        agency: "ubnd-phuong-ben-thanh",
        subject: "Giờ làm việc thứ Bảy",
        body: "Đề nghị bộ phận một cửa làm việc sáng thứ Bảy.",
      });
      // Ten working days from the office's opening on Monday 7 December: the close of Friday the 18th.
      expect(about.dueAt).toEqual(new Date("2026-12-18T17:00:00+07:00"));

      expect((await listFeedbackForStaff(clerk)).open.map((f) => f.id)).toContain(about.id);
      expect((await listFeedbackForStaff(clerk)).open.map((f) => f.id)).not.toContain(general.id);
      expect((await listFeedbackForStaff(otherClerk)).open.map((f) => f.id)).toContain(general.id);
      await expect(
        answerFeedback(otherClerk, about.id, "Trả lời từ cơ quan không có thẩm quyền."),
      ).rejects.toMatchObject({ code: "not_found" });
      await expect(answerFeedback(specialist, about.id, "Chuyên viên không trả lời phản ánh.")).rejects.toMatchObject({
        code: "not_found",
      });
      await expect(answerFeedback(citizen, about.id, "Người dân không tự trả lời.")).rejects.toMatchObject({
        code: "not_found",
      });
      await expect(answerFeedback(clerk, about.id, "Ngắn")).rejects.toBeInstanceOf(ValidationError);

      const answers = await Promise.allSettled([
        answerFeedback(clerk, about.id, "Hồ sơ đang chờ ý kiến của Sở Tư pháp; dự kiến có kết quả trong tuần này."),
        answerFeedback(leader, about.id, "Ủy ban đã đôn đốc bộ phận thẩm định xử lý ngay trong hôm nay."),
      ]);
      expect(answers.filter((a) => a.status === "fulfilled")).toHaveLength(1);
      const mine = await listFeedbackForSelf(citizen);
      expect(mine.find((f) => f.id === about.id)).toMatchObject({
        dossierCode: code,
        agency: { vi: "Ủy ban nhân dân Phường Sài Gòn" },
        answeredAt: expect.any(Date),
      });
      expect(mine.find((f) => f.id === general.id)).toMatchObject({ answer: null, dossierCode: null });
      expect(await listFeedbackForSelf(await createPersonActor())).toEqual([]);
      expect(await db().notification.count({ where: { userId: citizen.userId, kind: "feedback.answered" } })).toBe(2);
      await expect(listFeedbackForStaff(citizen)).rejects.toMatchObject({ code: "not_found" });
    },
  );

  it.each([
    ["saturdayNoon", "2026-12-25T17:00:00+07:00"],
    ["fridayAt1501", "2026-12-25T15:01:00+07:00"],
    ["newYearsEve", "2027-01-15T17:00:00+07:00"],
    ["eveOfTet2027", "2027-02-25T16:30:00+07:00"],
  ] as const)(
    "filed at %s are due ten working days later, weekends, the New Year and Tết left out",
    async (name, due) => {
      setClock(instant(name));
      const filed = await fileFeedback(citizen, {
        agency: "ubnd-phuong-sai-gon",
        subject: "Thời hạn trả lời",
        body: "Phản ánh để kiểm tra thời hạn trả lời theo ngày làm việc.",
      });
      expect(filed.dueAt).toEqual(new Date(due));
    },
  );
});
