// The reception desk against a real PostgreSQL: one receipt however many clerks press
// "receive" at once, the appointment from the clock, refusal with reasons, and who may act.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { renderPdf } from "@/lib/documents/pdf";
import { submitDossier } from "@/lib/dossiers/mutations";
import { listDataAccessForApplicant } from "@/lib/dossiers/queries";
import { ConflictError, ValidationError } from "@/lib/errors";
import type { PersonActor } from "@/lib/identity/actor";
import {
  getDossierDocumentForStaff,
  getDossierForStaff,
  listReceptionQueue,
  receiveDossier,
  refuseDossier,
} from "@/lib/processing/reception";
import { getSlipForViewer } from "@/lib/dossiers/slips";
import { agencyIds, createPersonActor, createStaff, expectAuthorizationMatrix } from "@/tests/factories/actors";
import { birthRegistrationValues, createReadyDraft } from "@/tests/factories/dossiers";
import { pdfText } from "@/tests/factories/pdf";

let citizen: PersonActor;
let clerk: PersonActor;
let otherClerk: PersonActor;

beforeAll(async () => {
  const [saiGon, benThanh] = await agencyIds("ubnd-phuong-sai-gon", "ubnd-phuong-ben-thanh");
  citizen = await createPersonActor({ name: "Trần Văn Nộp" });
  clerk = await createStaff("RECEPTION_CLERK", saiGon, "Võ Thị Tiếp Nhận");
  otherClerk = await createStaff("RECEPTION_CLERK", benThanh, "Cán Bộ Phường Khác");
});

async function fileBirth() {
  const draft = await createReadyDraft(citizen, birthRegistrationValues(citizen));
  return (await submitDossier(citizen, draft.draftId, draft.idempotencyKey)).code;
}

describe("reception", () => {
  it("lists waiting dossiers only to clerks of the competent agency, searchable by code and name", async () => {
    const code = await fileBirth();
    expect((await listReceptionQueue(clerk, { q: code })).items.map((i) => i.code)).toEqual([code]);
    expect((await listReceptionQueue(clerk, { q: "trần văn nộp" })).items.map((i) => i.code)).toContain(code);
    expect((await listReceptionQueue(otherClerk, { q: code })).items).toEqual([]);
  });

  it("gives 10 concurrent receptions of one dossier exactly one receipt", async () => {
    const code = await fileBirth();
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => receiveDossier(clerk, code, 0)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toBeInstanceOf(ConflictError);
    const dossier = await db().dossier.findUniqueOrThrow({ where: { code }, include: { slips: true, events: true } });
    expect(dossier).toMatchObject({ status: 2, version: 1, receivedByUserId: clerk.userId });
    expect(dossier.appointmentAt!.getTime()).toBeGreaterThanOrEqual(dossier.receivedAt!.getTime());
    expect(dossier.slips.map((s) => s.kind)).toEqual(["MAU_01"]);
    expect(dossier.events.map((e) => e.type)).toEqual(["submitted", "received"]);
    expect(await db().notification.count({ where: { dossierId: dossier.id, kind: "dossier.received" } })).toBe(2);

    // The receipt, for the applicant as for the clerk: a real PDF in Vietnamese.
    const slip = await getSlipForViewer(citizen, dossier.slips[0]!.id);
    const text = await pdfText(await renderPdf(slip));
    for (const expected of [
      "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
      code,
      "Trần Văn Nộp",
      "Võ Thị Tiếp Nhận",
      "Hẹn trả kết quả",
      "Giấy chứng sinh",
    ])
      expect(text).toContain(expected);
    await expect(getSlipForViewer(otherClerk, dossier.slips[0]!.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(getSlipForViewer(await createPersonActor(), dossier.slips[0]!.id)).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("refuses with specific reasons only, once", async () => {
    const code = await fileBirth();
    await expect(refuseDossier(clerk, code, 0, "ngắn")).rejects.toBeInstanceOf(ValidationError);
    await refuseDossier(clerk, code, 0, "Thủ tục không thuộc thẩm quyền của phường nơi nộp.");
    await expect(receiveDossier(clerk, code, 1)).rejects.toBeInstanceOf(ConflictError);
    const dossier = await db().dossier.findUniqueOrThrow({ where: { code }, include: { slips: true } });
    expect(dossier.status).toBe(3);
    expect(dossier.slips.map((s) => s.kind)).toEqual(["MAU_03"]);
  });

  it("lets only the competent agency's clerks act; everyone else gets not found, and looking is logged", async () => {
    const code = await fileBirth();
    const actors = {
      owner: clerk,
      anotherCitizen: await createPersonActor(),
      competentClerk: clerk,
      otherClerk,
      admin: citizen,
    };
    const expected = {
      owner: "allowed",
      anotherCitizen: "not-found",
      competentClerk: "allowed",
      otherClerk: "not-found",
      admin: "not-found",
    } as const;
    await expectAuthorizationMatrix(actors, (actor) => getDossierForStaff(actor, code), expected);
    expect(
      await db().auditEvent.count({
        where: {
          action: "dossier.personal-data.viewed",
          actorUserId: clerk.userId,
          details: { path: ["code"], equals: code },
        },
      }),
    ).toBe(2);
    // The applicant sees who looked; nobody else can ask.
    expect(await listDataAccessForApplicant(citizen, code)).toEqual([
      { name: "Võ Thị Tiếp Nhận", times: 2, first: expect.any(Date), last: expect.any(Date) },
    ]);
    await expect(listDataAccessForApplicant(otherClerk, code)).rejects.toMatchObject({ code: "not_found" });
    await expectAuthorizationMatrix(
      actors,
      (actor) =>
        receiveDossier(actor, code, 0).catch((e: unknown) => {
          if (e instanceof ConflictError) return;
          throw e;
        }),
      expected,
    );
  });

  it(
    "lists each document the procedure asks for with what was given, and opens the files for staff who may read " +
      "the dossier, logging each opening",
    async () => {
      const code = await fileBirth();
      const page = await getDossierForStaff(clerk, code);
      const byKey = Object.fromEntries(page.documents.map((d) => [d.key, d]));
      expect(byKey["giay-chung-sinh"]).toMatchObject({
        name: { vi: "Giấy chứng sinh" },
        required: true,
        files: [{ fileName: "giay-chung-sinh.pdf", mimeType: "application/pdf" }],
      });
      // The request form is the e-form itself; the power of attorney is asked only when someone files for another.
      expect(byKey["to-khai"]).toMatchObject({ byEForm: true, files: [] });
      expect(byKey["van-ban-uy-quyen"]).toMatchObject({ files: [] });
      const fileId = byKey["giay-chung-sinh"]!.files[0]!.id;

      const opened = await getDossierDocumentForStaff(clerk, code, fileId);
      expect(Buffer.from(opened.bytes).subarray(0, 5).toString()).toBe("%PDF-");
      expect(opened.mimeType).toBe("application/pdf");
      const actors = {
        owner: clerk,
        anotherCitizen: await createPersonActor(),
        competentClerk: clerk,
        otherClerk,
        admin: citizen,
      };
      await expectAuthorizationMatrix(actors, (actor) => getDossierDocumentForStaff(actor, code, fileId), {
        owner: "allowed",
        anotherCitizen: "not-found",
        competentClerk: "allowed",
        otherClerk: "not-found",
        admin: "not-found",
      });
      // Another dossier's document, or a made-up id, through this dossier: not found.
      const other = await getDossierForStaff(clerk, await fileBirth());
      await expect(
        getDossierDocumentForStaff(clerk, code, other.documents.find((d) => d.key === "giay-chung-sinh")!.files[0]!.id),
      ).rejects.toMatchObject({ code: "not_found" });
      await expect(getDossierDocumentForStaff(clerk, code, "not-a-uuid")).rejects.toMatchObject({ code: "not_found" });
      // Each opening is in the citizen's access log, with the document it was.
      expect(
        await db().auditEvent.count({
          where: {
            action: "dossier.personal-data.viewed",
            actorUserId: clerk.userId,
            details: { path: ["document"], equals: "giay-chung-sinh" },
          },
        }),
      ).toBe(3);
    },
  );
});
