// Supplement requests: everything at once, answered online by the applicant, back to
// reception (or processing, with the clock moved by the wait); only published items.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { renderPdf } from "@/lib/documents/pdf";
import { uploadDocument } from "@/lib/documents/mutations";
import { submitDossier } from "@/lib/dossiers/mutations";
import { ConflictError, ValidationError } from "@/lib/errors";
import type { PersonActor } from "@/lib/identity/actor";
import { receiveDossier } from "@/lib/processing/reception";
import { getSlipForViewer } from "@/lib/dossiers/slips";
import {
  answerSupplement,
  getOpenSupplementForApplicant,
  listRequestableItems,
  requestSupplement,
} from "@/lib/processing/supplements";
import { agencyIds, createPersonActor, createStaff, expectAuthorizationMatrix } from "@/tests/factories/actors";
import { birthRegistrationValues, createReadyDraft, TINY_PDF } from "@/tests/factories/dossiers";
import { pdfText } from "@/tests/factories/pdf";
import { openJson } from "@/lib/security/identity-sealing";

let citizen: PersonActor;
let clerk: PersonActor;
let specialist: PersonActor;
let otherClerk: PersonActor;

beforeAll(async () => {
  const [saiGon, benThanh] = await agencyIds("ubnd-phuong-sai-gon", "ubnd-phuong-ben-thanh");
  citizen = await createPersonActor({ name: "Lê Văn Bổ Sung" });
  clerk = await createStaff("RECEPTION_CLERK", saiGon, "Cán Bộ Một Cửa");
  specialist = await createStaff("SPECIALIST", saiGon, "Chuyên Viên Hộ Tịch");
  otherClerk = await createStaff("RECEPTION_CLERK", benThanh);
});

async function fileBirth() {
  const draft = await createReadyDraft(citizen, birthRegistrationValues(citizen));
  return (await submitDossier(citizen, draft.draftId, draft.idempotencyKey)).code;
}

const REQUEST = {
  items: [
    { kind: "document", key: "giay-chung-sinh", reason: "Bản chụp bị mờ, không đọc được số giấy chứng sinh." },
    { kind: "field", key: "birthPlace", reason: "Ghi đầy đủ tên cơ sở y tế nơi trẻ sinh ra." },
  ],
  officerPhone: "028 3829 1234",
};

describe("supplement requests", () => {
  it("before reception: listed at once on Mẫu 02, answered online, back to reception", async () => {
    const code = await fileBirth();
    await expect(requestSupplement(clerk, code, 0, { ...REQUEST, items: [] })).rejects.toBeInstanceOf(ValidationError);
    await expect(
      requestSupplement(clerk, code, 0, {
        ...REQUEST,
        items: [{ kind: "document", key: "so-ho-khau", reason: "Không có trong thành phần hồ sơ" }],
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    // A reason written for an item not chosen is not dropped silently: the request is refused, naming it.
    const forgotten = requestSupplement(clerk, code, 0, {
      ...REQUEST,
      reasonedButNotChosen: ["field:fatherBirthYear"],
    });
    await expect(forgotten).rejects.toMatchObject({
      fieldErrors: { items: { vi: expect.stringContaining("Người cha – Năm sinh") } },
    });
    // The mother's and the father's name, year of birth… are told apart by their page.
    const requestable = await listRequestableItems(clerk, code);
    const labels = requestable.fields.map((f) => f.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).toEqual(
      expect.arrayContaining([
        "Người mẹ – Họ, chữ đệm, tên",
        "Người cha – Họ, chữ đệm, tên",
        "Người mẹ – Năm sinh",
        "Người cha – Năm sinh",
      ]),
    );
    await requestSupplement(clerk, code, 0, REQUEST);
    await expect(requestSupplement(clerk, code, 0, REQUEST)).rejects.toBeInstanceOf(ConflictError);

    const open = await getOpenSupplementForApplicant(citizen, code);
    expect(open).toMatchObject({ officerName: "Cán Bộ Một Cửa", officerPhone: "028 3829 1234" });
    expect(open!.items.map((i) => i.label)).toEqual([
      expect.stringContaining("Giấy chứng sinh"),
      "Người được khai sinh – Nơi sinh (tên cơ sở y tế hoặc địa chỉ)",
    ]);
    const dossier = await db().dossier.findUniqueOrThrow({ where: { code }, include: { slips: true } });
    expect(dossier.status).toBe(5);
    const slipText = await pdfText(await renderPdf(await getSlipForViewer(citizen, dossier.slips[0]!.id)));
    for (const expected of [
      "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
      "Bản chụp bị mờ",
      "028 3829 1234",
      "Cán Bộ Một Cửa",
      "Người được khai sinh – Nơi sinh",
    ])
      expect(slipText).toContain(expected);

    await expect(answerSupplement(citizen, code, { documents: {}, values: { birthPlace: "" } })).rejects.toMatchObject({
      fieldErrors: { birthPlace: expect.anything(), "document.giay-chung-sinh": expect.anything() },
    });
    const newScan = await uploadDocument(citizen, { name: "giay-chung-sinh-ro.pdf", bytes: TINY_PDF });
    await answerSupplement(citizen, code, {
      documents: { "giay-chung-sinh": newScan },
      values: { birthPlace: "Bệnh viện Từ Dũ, 284 Cống Quỳnh" },
    });
    const after = await db().dossier.findUniqueOrThrow({
      where: { code },
      include: { events: { orderBy: { id: "asc" } } },
    });
    expect(after.status).toBe(1);
    expect(openJson<Record<string, string>>(after.sealedValues).birthPlace).toBe("Bệnh viện Từ Dũ, 284 Cống Quỳnh");
    expect(
      await db().dossierDocument.findMany({ where: { dossierId: after.id }, select: { documentId: true } }),
    ).toEqual([{ documentId: newScan }]);
    expect(after.events.map((e) => e.type)).toEqual(["submitted", "supplement.requested", "supplement.answered"]);
    await receiveDossier(clerk, code, after.version);
  });

  it("after reception: the specialist asks, the wait is excluded, and the appointment moves", async () => {
    const code = await fileBirth();
    await receiveDossier(clerk, code, 0);
    // A received dossier, two working days old when the request was made.
    await db().dossier.update({
      where: { code },
      data: { receivedAt: new Date("2026-11-16T08:00:00+07:00"), appointmentAt: new Date("2026-11-16T17:00:00+07:00") },
    });
    await expect(requestSupplement(clerk, code, 1, REQUEST)).rejects.toMatchObject({ code: "forbidden" });
    await requestSupplement(specialist, code, 1, REQUEST);
    const request = await db().supplementRequest.findFirstOrThrow({ where: { dossier: { code } } });
    expect(request.afterReception).toBe(true);
    await db().supplementRequest.update({
      where: { id: request.id },
      data: { requestedAt: new Date("2026-11-16T10:00:00+07:00") },
    });
    const scan = await uploadDocument(citizen, { name: "ban-moi.pdf", bytes: TINY_PDF });
    await answerSupplement(citizen, code, {
      documents: { "giay-chung-sinh": scan },
      values: { birthPlace: "Bệnh viện Hùng Vương" },
    });
    const after = await db().dossier.findUniqueOrThrow({ where: { code } });
    expect(after.status).toBe(4);
    expect(after.appointmentAt!.getTime()).toBeGreaterThan(new Date("2026-11-17T17:00:00+07:00").getTime());
  });

  it("is asked only by the competent agency, and answered only by the applicant", async () => {
    const code = await fileBirth();
    const actors = {
      owner: clerk,
      anotherCitizen: await createPersonActor(),
      competentClerk: clerk,
      otherClerk,
      admin: citizen,
    };
    await expectAuthorizationMatrix(
      actors,
      async (actor) => {
        await requestSupplement(actor, code, 0, REQUEST).catch((e: unknown) => {
          if (!(e instanceof ConflictError)) throw e;
        });
      },
      {
        owner: "allowed",
        anotherCitizen: "not-found",
        competentClerk: "allowed",
        otherClerk: "not-found",
        admin: "not-found",
      },
    );
    await expect(getOpenSupplementForApplicant(otherClerk, code)).rejects.toMatchObject({ code: "not_found" });
    await expect(answerSupplement(clerk, code, { documents: {}, values: {} })).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
