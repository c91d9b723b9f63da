// Issue 27, items 1 and 2: for every procedure that can be filed online, a leader decides a
// dossier and the result PDF reads as the legal document: its title, its holder, every value
// as a person reads it, no internal id, who signs for the agency, its validity, and the
// texts the agency decided. Numbers in an agency's register follow each other per year.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { compileForm, type FormValues } from "@/lib/forms/compile";
import { formDefinitionSchema } from "@/lib/forms/definition";
import type { PersonActor } from "@/lib/identity/actor";
import { getResultDocumentForStaff } from "@/lib/processing/reception";
import { verifyResult } from "@/lib/processing/results";
import {
  cancelDecision,
  decide,
  pendingDecisionOf,
  previewResult,
  replaceResult,
  signDecision,
} from "@/lib/processing/workflow";
import { signatureTitles } from "@/lib/results/pdf";
import { resultTemplateSchema } from "@/lib/results/template";
import { sealJson } from "@/lib/security/identity-sealing";
import { FORMS } from "@/prisma/seed";
import { PROCEDURES } from "@/prisma/seed/procedures";
import { RESULT_TEMPLATES } from "@/prisma/seed/results";
import { createPersonActor, createStaff } from "@/tests/factories/actors";
import { pdfText } from "@/tests/factories/pdf";
import { FORM_SAMPLES } from "@/tests/unit/form-samples";
import { FORMLESS_PROCEDURE } from "@/tests/setup/formless-procedure";
import { decideAndSign } from "@/tests/factories/decisions";

let applicant: PersonActor;
let sequence = 0;

beforeAll(async () => {
  applicant = await createPersonActor({ name: "Người Nộp Hồ Sơ Mẫu" });
});

/**
 * A dossier of the procedure at its approval step, held by a new leader of its agency. Written
 * directly: this is about the result, not about filing and appraising (tested elsewhere).
 */
async function atApproval(slug: string) {
  const version = await db().procedureVersion.findFirstOrThrow({
    where: { procedure: { slug }, status: "PUBLISHED", formDefinition: { not: Prisma.DbNull } },
    orderBy: { version: "desc" },
    select: { id: true, formDefinition: true, procedure: { select: { handlingAgencyId: true } } },
  });
  const answers = compileForm(formDefinitionSchema.parse(version.formDefinition)).schema.parse(
    FORM_SAMPLES[slug],
  ) as FormValues;
  const ward = typeof answers.competentWard === "string" ? answers.competentWard : null;
  const agency = ward
    ? await db().agency.findUniqueOrThrow({ where: { slug: ward } })
    : await db().agency.findUniqueOrThrow({ where: { id: version.procedure.handlingAgencyId! } });
  const leader = await createStaff("LEADER", agency.id, `Lãnh Đạo ${slug.slice(0, 20)}`);
  sequence += 1;
  const dossier = await db().dossier.create({
    data: {
      code: `${agency.code}-261207-${String(9000 + (Date.now() % 900) + sequence).slice(-4)}${sequence}`,
      procedureVersionId: version.id,
      applicantUserId: applicant.userId,
      agencyId: agency.id,
      status: 4,
      channel: "ONLINE",
      submittedAt: new Date(),
      receivedAt: new Date(),
      stepKey: "approval",
      assigneeUserId: leader.userId,
      sealedValues: sealJson(answers),
      provenance: {},
      reusedValueCount: 0,
      totalValueCount: 0,
      idempotencyKey: randomUUID(),
    },
  });
  return { dossier, agency, leader, answers };
}

/** What the specialist would have drafted: the template's drafts, and a text where a required one is empty. */
function decidedTexts(slug: string): Record<string, string> {
  const template = resultTemplateSchema.parse(RESULT_TEMPLATES[slug]);
  return Object.fromEntries(
    template.decision.filter((d) => d.required).map((d) => [d.key, `Nội dung đã thẩm định (${d.key}).`]),
  );
}

describe("every procedure's result in its legal form", () => {
  // The suites keep one procedure without its e-form (tests/setup/formless-procedure.ts): it cannot be filed online
  // here, and its template is checked against its seeded form in tests/unit/result-templates.test.ts.
  it.each(Object.keys(FORMS).filter((slug) => slug !== FORMLESS_PROCEDURE))("%s", async (slug) => {
    const { dossier, agency, leader, answers } = await atApproval(slug);
    const template = resultTemplateSchema.parse(RESULT_TEMPLATES[slug]);
    const texts = decidedTexts(slug);
    const { resultCode } = await decideAndSign(leader, dossier.code, 0, { outcome: "approve", result: texts });
    const opened = await getResultDocumentForStaff(leader, dossier.code, resultCode);
    const text = (await pdfText(new Uint8Array(opened.bytes))).replace(/\s+/g, " ");
    // The legal title (the PDF wraps long ones), the agency, who signs and under which title.
    for (const word of template.title.split(" ")) expect(text).toContain(word);
    expect(text).toContain(agency.nameVi.toLocaleUpperCase("vi"));
    for (const line of signatureTitles(agency)) expect(text).toContain(line);
    expect(text).toContain(leader.fullName);
    // The texts the agency decided, as decided.
    for (const value of Object.values(texts)) expect(text).toContain(value);
    // Human forms only: no slug, no uuid, no empty answer, no contact details.
    expect(text).not.toMatch(/ubnd-|ca-phuong|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-|Chưa nhập|\{\{/);
    for (const contact of ["phone", "email", "contactPhone", "contactEmail", "companyPhone", "companyEmail"])
      if (typeof answers[contact] === "string") expect(text).not.toContain(answers[contact]);
    const validity = PROCEDURES.find((p) => p.slug === slug)!.version.validityVi;
    if (validity) expect(text).toContain(validity);
    // The holder named on the verification page is the one the document is about.
    const result = await db().resultDocument.findUniqueOrThrow({ where: { code: resultCode } });
    expect(result.sealedContent).not.toBeNull();
    expect(result.sealedContent).not.toContain(Object.values(texts)[0] ?? "—");
  });

  it("names the child, not the parent, on a birth certificate, with the date in words and its entry", async () => {
    const { dossier, leader } = await atApproval("dang-ky-khai-sinh");
    const { resultCode } = await decideAndSign(leader, dossier.code, 0, {
      outcome: "approve",
      result: { childIdNumber: "079226001234" },
    });
    const text = (
      await pdfText(new Uint8Array((await getResultDocumentForStaff(leader, dossier.code, resultCode)).bytes))
    ).replace(/\s+/g, " ");
    expect(text).toContain("GIẤY KHAI SINH");
    expect(text).toContain("LÊ MINH AN");
    expect(text).toContain("Ngày hai mươi, tháng mười một, năm hai nghìn không trăm hai mươi sáu");
    expect(text).toContain("Số định danh cá nhân: 079226001234");
    expect(text).toMatch(/Số: \d+ Quyển số: 20\d\d/);
    expect(text).toContain("Nơi đăng ký: Ủy ban nhân dân Phường Sài Gòn");
    expect(text).not.toContain("Người cha");
    // The verification page names the child too, in part.
    const verified = await verifyResult(resultCode, `198.51.100.${randomUUID()}`);
    expect(verified.kind === "verified" && verified.result.holderName).toBe("L* M*** An");
  });

  it("numbers an agency's register in order, one number per result", async () => {
    const first = await atApproval("xac-nhan-tinh-trang-hon-nhan");
    const second = await atApproval("xac-nhan-tinh-trang-hon-nhan");
    const texts = { status: "Chưa đăng ký kết hôn với ai." };
    const numberOf = async ({ dossier, leader }: Awaited<ReturnType<typeof atApproval>>) => {
      const { resultCode } = await decideAndSign(leader, dossier.code, 0, { outcome: "approve", result: texts });
      const text = await pdfText(
        new Uint8Array((await getResultDocumentForStaff(leader, dossier.code, resultCode)).bytes),
      );
      return Number(/Số: (\d+)/.exec(text)![1]);
    };
    const [a, b] = [await numberOf(first), await numberOf(second)];
    expect(b).toBe(a + 1);
  });

  it("refuses to approve a certificate whose certified text is missing, and issues nothing", async () => {
    const { dossier, leader } = await atApproval("xac-nhan-tinh-trang-hon-nhan");
    const refused = await decide(leader, dossier.code, 0, { outcome: "approve", result: { status: " " } }).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(ValidationError);
    expect(Object.keys((refused as ValidationError).fieldErrors)).toEqual(["result.status"]);
    expect(await db().resultDocument.count({ where: { dossierId: dossier.id } })).toBe(0);
    expect((await db().dossier.findUniqueOrThrow({ where: { id: dossier.id } })).status).toBe(4);
  });

  it("previews exactly the document approving issues, unsigned, for the leader holding the step only", async () => {
    const { dossier, leader, agency } = await atApproval("cap-phieu-ly-lich-tu-phap");
    const texts = { record: "Không có án tích.", officeBans: "" };
    const preview = (await pdfText(await previewResult(leader, dossier.code, texts))).replace(/\s+/g, " ");
    expect(preview).toContain("BẢN XEM TRƯỚC");
    expect(preview).toContain("Không có án tích.");
    expect(preview).not.toContain("Thông tin về việc cấm");
    const colleague = await createStaff("LEADER", agency.id, "Lãnh Đạo Không Giữ Bước");
    await expect(previewResult(colleague, dossier.code, texts)).rejects.toThrow();
    await expect(previewResult(applicant, dossier.code, texts)).rejects.toThrow();
    expect(await db().resultDocument.count({ where: { dossierId: dossier.id } })).toBe(0);
  });

  it("is signed with the leader's code: a wrong code signs nothing, a cancelled request issues nothing", async () => {
    const { dossier, leader } = await atApproval("cap-phieu-ly-lich-tu-phap");
    const input = { outcome: "approve", result: { record: "Không có án tích." } };
    await decide(leader, dossier.code, 0, input);
    const pending = await pendingDecisionOf(leader, dossier.id);
    expect(pending).toMatchObject({ resultCode: `${dossier.code}-KQ1`, approve: true });
    // The dossier has not moved: only a signature issues the result.
    expect((await db().dossier.findUniqueOrThrow({ where: { id: dossier.id } })).status).toBe(4);
    const wrong = pending!.demoOtp === "000000" ? "111111" : "000000";
    // What cannot be a code is refused before it reaches the signing service.
    await expect(signDecision(leader, dossier.code, "12ab")).rejects.toBeInstanceOf(ValidationError);
    await expect(signDecision(leader, dossier.code, wrong)).rejects.toBeInstanceOf(ValidationError);
    expect(await db().resultDocument.count({ where: { dossierId: dossier.id } })).toBe(0);
    // Another leader of the agency cannot sign it.
    const colleague = await createStaff("LEADER", dossier.agencyId, "Lãnh Đạo Khác");
    await expect(signDecision(colleague, dossier.code, pending!.demoOtp!)).rejects.toBeInstanceOf(ConflictError);
    await cancelDecision(leader, dossier.code);
    expect(await pendingDecisionOf(leader, dossier.id)).toBeNull();
    await expect(signDecision(leader, dossier.code, pending!.demoOtp!)).rejects.toBeInstanceOf(ConflictError);
    expect(await db().resultDocument.count({ where: { dossierId: dossier.id } })).toBe(0);
    // Decided again, it is signed and issued once; a second click finds nothing left to sign.
    const { resultCode } = await decideAndSign(leader, dossier.code, 0, input);
    expect(resultCode).toBe(`${dossier.code}-KQ1`);
    await expect(signDecision(leader, dossier.code, pending!.demoOtp!)).rejects.toBeInstanceOf(ConflictError);
    expect(await db().resultDocument.count({ where: { dossierId: dossier.id } })).toBe(1);
  });

  it("never gives a register number twice: of two results prepared with it, the second signed is refused", async () => {
    const first = await atApproval("xac-nhan-tinh-trang-hon-nhan");
    const second = await atApproval("xac-nhan-tinh-trang-hon-nhan");
    const input = { outcome: "approve", result: { status: "Chưa đăng ký kết hôn với ai." } };
    await decide(first.leader, first.dossier.code, 0, input);
    await decide(second.leader, second.dossier.code, 0, input);
    const codeOf = async (at: typeof first) => (await pendingDecisionOf(at.leader, at.dossier.id))!.demoOtp!;
    const [firstCode, secondCode] = [await codeOf(first), await codeOf(second)];
    await signDecision(first.leader, first.dossier.code, firstCode);
    await expect(signDecision(second.leader, second.dossier.code, secondCode)).rejects.toBeInstanceOf(ConflictError);
    expect(await db().resultDocument.count({ where: { dossierId: second.dossier.id } })).toBe(0);
    expect(await pendingDecisionOf(second.leader, second.dossier.id)).toBeNull();
    // Decided again, it takes the next number.
    const { resultCode } = await decideAndSign(second.leader, second.dossier.code, 0, input);
    const numberOf = async (at: typeof first, code: string) =>
      Number(
        /Số: (\d+)/.exec(
          await pdfText(new Uint8Array((await getResultDocumentForStaff(at.leader, at.dossier.code, code)).bytes)),
        )![1],
      );
    expect(await numberOf(second, resultCode)).toBe((await numberOf(first, `${first.dossier.code}-KQ1`)) + 1);
  });

  it("replaces a result by a correction signed by a leader: a new code, the old one revoked, both kept", async () => {
    const { dossier, leader, agency } = await atApproval("xac-nhan-tinh-trang-hon-nhan");
    const { resultCode: first } = await decideAndSign(leader, dossier.code, 0, {
      outcome: "approve",
      result: { status: "Chưa đăng ký kêt hôn với ai." },
    });
    const decided = await db().dossier.findUniqueOrThrow({ where: { id: dossier.id } });
    // Another leader of the agency corrects it at the holder's request; a specialist may not, nor an outsider.
    const head = await createStaff("LEADER", agency.id, "Lãnh Đạo Đính Chính");
    const input = {
      reason: "Sửa lỗi chính tả trong nội dung xác nhận.",
      atHoldersRequest: true,
      result: { status: "Chưa đăng ký kết hôn với ai." },
    };
    const specialist = await createStaff("SPECIALIST", agency.id, "Chuyên Viên Không Được Đính Chính");
    await expect(replaceResult(specialist, dossier.code, decided.version, first, input)).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(
      replaceResult(head, dossier.code, decided.version, first, { ...input, reason: "ngắn" }),
    ).rejects.toBeInstanceOf(ValidationError);
    await replaceResult(head, dossier.code, decided.version, first, input);
    const pending = await pendingDecisionOf(head, dossier.id);
    const { resultCode: second } = await signDecision(head, dossier.code, pending!.demoOtp!);
    expect(second).toBe(`${dossier.code}-KQ2`);
    // The dossier stays decided; its history and the applicant learn of the correction.
    const after = await db().dossier.findUniqueOrThrow({ where: { id: dossier.id } });
    expect(after.status).toBe(9);
    expect(await db().dossierEvent.count({ where: { dossierId: dossier.id, type: "result.replaced" } })).toBe(1);
    const [old, replacement] = await Promise.all(
      [first, second].map((code) => db().resultDocument.findUniqueOrThrow({ where: { code } })),
    );
    expect(old).toMatchObject({ replacedByCode: second });
    expect(old!.revokedAt).not.toBeNull();
    expect(replacement!.revokedAt).toBeNull();
    // Both in the holder's data store; the new PDF says what it replaces and why, signed by the correcting leader.
    for (const result of [old!, replacement!])
      expect((await db().storedDocument.findUniqueOrThrow({ where: { id: result.documentId } })).ownerUserId).toBe(
        applicant.userId,
      );
    const text = (
      await pdfText(new Uint8Array((await getResultDocumentForStaff(head, dossier.code, second)).bytes))
    ).replace(/\s+/g, " ");
    expect(text).toContain(`thay thế văn bản số ${first}`);
    expect(text).toContain("Sửa lỗi chính tả trong nội dung xác nhận.");
    expect(text).toContain("Chưa đăng ký kết hôn với ai.");
    expect(text).toContain("Lãnh Đạo Đính Chính");
    // The public page says the old one is revoked and names its replacement; the new one is valid.
    const address = () => `198.51.100.${randomUUID()}`;
    const verifiedOld = await verifyResult(first, address());
    expect(verifiedOld.kind === "verified" && verifiedOld.result).toMatchObject({
      valid: false,
      replacedByCode: second,
    });
    const verifiedNew = await verifyResult(second, address());
    expect(verifiedNew.kind === "verified" && verifiedNew.result).toMatchObject({
      valid: true,
      replacedByCode: null,
      replacesCode: first,
    });
    // A replaced result cannot be replaced again.
    await expect(replaceResult(head, dossier.code, after.version, first, input)).rejects.toBeInstanceOf(NotFoundError);
  });
});
