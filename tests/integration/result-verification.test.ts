// The public verification of electronic results (/tra-cuu-ket-qua/<code>), which a QR code on
// every printed result leads to. Result codes are sequential (<dossier code>-KQ<n>), so what
// a guessed code tells must be what a verifier needs and no more, and guessing is limited.
import { randomUUID } from "node:crypto";
import { pdfText } from "@/tests/factories/pdf";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { submitDossier } from "@/lib/dossiers/mutations";
import { NotFoundError } from "@/lib/errors";
import type { PersonActor } from "@/lib/identity/actor";
import { getResultDocumentForStaff, receiveDossier } from "@/lib/processing/reception";
import { VERIFICATIONS_PER_ADDRESS, verifyResult } from "@/lib/processing/results";
import { claimStep, handOver } from "@/lib/processing/workflow";
import { agencyIds, createPersonActor, createStaff } from "@/tests/factories/actors";
import { APPRAISAL, birthRegistrationValues, createReadyDraft } from "@/tests/factories/dossiers";
import { useInstant } from "@/tests/factories/instants";
import { decideAndSign } from "@/tests/factories/decisions";
import { checkedCms, digestOf, embeddedSignatures, pdfsigReport } from "@/tests/factories/pdf-signatures";

const REASONS = "Người yêu cầu không phải cha, mẹ hoặc người thân thích của trẻ.";
let citizen: PersonActor;
let approved: string;
let denied: string;
let leader: PersonActor;
/** The leader who signed the approved result (each decision has its own). */
let approvedBy: PersonActor;
const address = () => `192.0.2.${Math.floor(Math.random() * 250)}-${randomUUID()}`;

async function decided(outcome: "approve" | "deny") {
  const [saiGon] = await agencyIds("ubnd-phuong-sai-gon");
  const clerk = await createStaff("RECEPTION_CLERK", saiGon!, "Cán Bộ Tiếp Nhận Kết Quả");
  const specialist = await createStaff("SPECIALIST", saiGon!, "Chuyên Viên Kết Quả");
  leader = await createStaff("LEADER", saiGon!, "Lãnh Đạo Ký Kết Quả");
  const draft = await createReadyDraft(citizen, birthRegistrationValues(citizen));
  const { code } = await submitDossier(citizen, draft.draftId, draft.idempotencyKey);
  await receiveDossier(clerk, code, 0);
  await claimStep(specialist, code, 1);
  await handOver(specialist, code, 2, leader.userId, APPRAISAL);
  return (await decideAndSign(leader, code, 3, outcome === "approve" ? { outcome } : { outcome, reasons: REASONS }))
    .resultCode;
}

beforeAll(async () => {
  citizen = await createPersonActor({
    name: "Nguyễn Văn An",
    identity: { phone: "0907654321", address: "7 Đồng Khởi, Phường Sài Gòn" },
  });
  approved = await decided("approve");
  approvedBy = leader;
  denied = await decided("deny");
});

describe("a result for staff", () => {
  it("opens, as sealed, for staff who may read the dossier, and for no one else", async () => {
    const result = await db().resultDocument.findUniqueOrThrow({
      where: { code: approved },
      select: { dossier: { select: { code: true } } },
    });
    const opened = await getResultDocumentForStaff(leader, result.dossier.code, approved);
    expect(opened.mimeType).toBe("application/pdf");
    expect(Buffer.from(opened.bytes).subarray(0, 5).toString()).toBe("%PDF-");
    // Who signs for the ward, as on a paper result: on behalf of the committee, its chair's title, the leader's name.
    const text = await pdfText(new Uint8Array(opened.bytes));
    for (const line of ["Thành phố Hồ Chí Minh, ngày", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lãnh Đạo Ký Kết Quả"])
      expect(text).toContain(line);
    const [benThanh] = await agencyIds("ubnd-phuong-ben-thanh");
    const outsider = await createStaff("LEADER", benThanh!, "Lãnh Đạo Phường Khác");
    for (const [who, code] of [
      [outsider, result.dossier.code],
      [citizen, result.dossier.code],
      [leader, "01.98.H29-000000-0000"],
    ] as const)
      await expect(getResultDocumentForStaff(who, code, approved)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getResultDocumentForStaff(leader, result.dossier.code, denied)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("a result's signatures inside the PDF", () => {
  let pdf: Buffer;
  beforeAll(async () => {
    const result = await db().resultDocument.findUniqueOrThrow({
      where: { code: approved },
      select: { dossier: { select: { code: true } } },
    });
    pdf = Buffer.from((await getResultDocumentForStaff(leader, result.dossier.code, approved)).bytes);
  });

  it("are the deciding leader's, then the ward's seal after it, each valid, the seal over the whole file", async () => {
    expect(pdf.toString("latin1")).toContain("/SubFilter /ETSI.CAdES.detached");
    const [byLeader, seal, ...more] = embeddedSignatures(pdf);
    expect(more).toEqual([]);
    // The leader signed the document as it was before the seal (the first revision); the seal covers it all.
    const first = await checkedCms(byLeader!.cms, byLeader!.signedBytes);
    expect(first.subject).toContain(`UID=CCCD:${approvedBy.idNumber}`);
    expect(first.subject).toContain("Lãnh Đạo Ký Kết Quả");
    expect(byLeader!.end).toBeLessThan(pdf.length);
    const second = await checkedCms(seal!.cms, seal!.signedBytes);
    expect(second.subject).toContain("UID=MCQ:");
    expect(second.subject).toContain("Ủy ban nhân dân Phường Sài Gòn");
    expect(seal!.end).toBe(pdf.length);
    const hole = pdf.length - seal!.signedBytes.length;
    expect(pdf.toString("latin1")).toMatch(new RegExp(`<[0-9a-f]{${hole - 2}}>`));
    // One byte changed in the signed range no longer matches either signature.
    const changed = Buffer.from(pdf);
    changed[100] = changed[100]! ^ 1;
    const [leaderAfter, sealAfter] = embeddedSignatures(changed);
    expect(digestOf(leaderAfter!.signedBytes)).not.toBe(first.said);
    expect(digestOf(sealAfter!.signedBytes)).not.toBe(second.said);
  });

  it("are valid and trusted by poppler's pdfsig with the signing CA in its NSS database, not changed", async () => {
    const report = await pdfsigReport(pdf);
    expect(report.match(/Signature Validation: Signature is Valid\./g)).toHaveLength(2);
    expect(report.match(/Certificate Validation: Certificate is Trusted\./g)).toHaveLength(2);
    expect(report).toContain("Lãnh Đạo Ký Kết Quả");
    expect(report).toContain("Signature Field Name: Signature2");
    expect(report).toContain("Ủy ban nhân dân Phường Sài Gòn");
    // Changed by one byte inside what both signatures cover, neither is valid any more.
    const changed = Buffer.from(pdf);
    changed[200] = changed[200]! ^ 1;
    expect(await pdfsigReport(changed)).not.toContain("Signature is Valid");
  });
});

describe("public verification of a result", () => {
  it("finding 6: names the holder only in part, and never a denial's reasons", async () => {
    // The birth certificate is the child's; the refusal is addressed to the applicant.
    for (const [code, holder] of [
      [approved, "N*** B** Ngọc"],
      [denied, "N*** V** An"],
    ] as const) {
      const verification = await verifyResult(code, address());
      expect(verification).toMatchObject({
        kind: "verified",
        result: { code, valid: true, holderName: holder, holderNameIsPartial: true },
      });
      const shown = JSON.stringify(verification);
      for (const secret of ["Nguyễn", "Văn", "Bảo", citizen.idNumber!, "0907654321", "7 Đồng Khởi", "thân thích"])
        expect(shown).not.toContain(secret);
    }
    // The paper's own title says what it is; the reasons are only on the applicant's copy.
    expect(await verifyResult(denied, address())).toMatchObject({
      result: { title: "Thông báo không giải quyết hồ sơ" },
    });
  });

  describe("per client address", () => {
    // The count's window must not turn while the test runs.
    useInstant("fridayAt1459");

    it("finding 6: is limited, counting guesses at unknown codes too, in PostgreSQL", async () => {
      const guesser = address();
      const prefix = approved.replace(/-\d{4}-KQ1$/, "");
      // Sequential codes around a real one: the unknown ones are not found, and count all the same.
      for (let i = 0; i < VERIFICATIONS_PER_ADDRESS.max - 1; i++) {
        await expect(verifyResult(`${prefix}-${String(9000 + i)}-KQ1`, guesser)).rejects.toBeInstanceOf(NotFoundError);
      }
      expect((await verifyResult(approved, guesser)).kind).toBe("verified");
      const refused = await verifyResult(denied, guesser);
      expect(refused).toEqual({ kind: "limited", retryAfterSeconds: expect.any(Number) });
      expect(refused.kind === "limited" && refused.retryAfterSeconds).toBeGreaterThan(0);
      // Anyone else checking a paper goes on as before; the table does not hold the address.
      expect((await verifyResult(denied, address())).kind).toBe("verified");
      expect(await db().rateLimitBucket.count({ where: { key: { contains: guesser } } })).toBe(0);
    });
  });
});
