// The public verification of electronic results (/tra-cuu-ket-qua/<code>), which a QR code on
// every printed result leads to. Result codes are sequential (<dossier code>-KQ<n>), so what
// a guessed code tells must be what a verifier needs and no more, and guessing is limited.
import { createHash, randomUUID, verify, X509Certificate } from "node:crypto";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { trustedCaCertificate } from "@/lib/signing/client";
import { pdfText } from "@/tests/factories/pdf";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { submitDossier } from "@/lib/dossiers/mutations";
import { NotFoundError } from "@/lib/errors";
import type { PersonActor } from "@/lib/identity/actor";
import { getResultDocumentForStaff, receiveDossier } from "@/lib/processing/reception";
import { VERIFICATIONS_PER_ADDRESS, verifyResult } from "@/lib/processing/results";
import { claimStep, decide, handOver } from "@/lib/processing/workflow";
import { agencyIds, createPersonActor, createStaff } from "@/tests/factories/actors";
import { APPRAISAL, birthRegistrationValues, createReadyDraft } from "@/tests/factories/dossiers";
import { useInstant } from "@/tests/factories/instants";

const REASONS = "Người yêu cầu không phải cha, mẹ hoặc người thân thích của trẻ.";
let citizen: PersonActor;
let approved: string;
let denied: string;
let leader: PersonActor;
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
  return (await decide(leader, code, 3, outcome === "approve" ? { outcome } : { outcome, reasons: REASONS }))
    .resultCode;
}

beforeAll(async () => {
  citizen = await createPersonActor({
    name: "Nguyễn Văn An",
    identity: { phone: "0907654321", address: "7 Đồng Khởi, Phường Sài Gòn" },
  });
  approved = await decided("approve");
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

/** The last signature of a PDF: the signed bytes (its byte range) and the CMS container. */
function embeddedSignature(pdf: Buffer): { signedBytes: Buffer; cms: Buffer } {
  const ranges = [...pdf.toString("latin1").matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  const [start, length, next, rest] = ranges.at(-1)!.slice(1).map(Number) as [number, number, number, number];
  const hex = pdf
    .subarray(start + length, next)
    .toString("latin1")
    .replace(/[<>]/g, "");
  return {
    signedBytes: Buffer.concat([pdf.subarray(start, start + length), pdf.subarray(next, next + rest)]),
    cms: Buffer.from(hex.replace(/(00)+$/, ""), "hex"),
  };
}

describe("a result's seal inside the PDF", () => {
  it("is a PDF signature of the issuing ward, over the whole file but itself, that any reader verifies", async () => {
    const result = await db().resultDocument.findUniqueOrThrow({
      where: { code: approved },
      select: { dossier: { select: { code: true } } },
    });
    const pdf = Buffer.from((await getResultDocumentForStaff(leader, result.dossier.code, approved)).bytes);
    expect(pdf.toString("latin1")).toContain("/SubFilter /ETSI.CAdES.detached");
    const { signedBytes, cms } = embeddedSignature(pdf);
    // The signed range is the whole file but the signature's own hex string.
    const hole = pdf.length - signedBytes.length;
    expect(pdf.toString("latin1")).toMatch(new RegExp(`<[0-9a-f]{${hole - 2}}>`));
    const signed = new pkijs.SignedData({ schema: pkijs.ContentInfo.fromBER(new Uint8Array(cms)).content });
    const [certificate, ca] = signed.certificates!.map(
      (c) => new X509Certificate(Buffer.from((c as pkijs.Certificate).toSchema().toBER(false))),
    );
    expect(certificate!.subject).toContain("UID=MCQ:");
    expect(certificate!.subject).toContain("Ủy ban nhân dân Phường Sài Gòn");
    expect(certificate!.checkIssued(ca!) && certificate!.verify(ca!.publicKey)).toBe(true);
    expect(new X509Certificate(await trustedCaCertificate()).fingerprint256).toBe(ca!.fingerprint256);
    // The signature over the signed attributes, and the attributes' digest of the signed bytes.
    const signer = signed.signerInfos[0]!;
    const attributes = signer.signedAttrs!.toSchema();
    attributes.idBlock.tagClass = 1;
    attributes.idBlock.tagNumber = 17;
    const toBeSigned = Buffer.from(attributes.toBER(false));
    const signature = Buffer.from(signer.signature.valueBlock.valueHexView);
    expect(verify("sha256", toBeSigned, certificate!.publicKey, signature)).toBe(true);
    const digestOf = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
    const messageDigest = signer.signedAttrs!.attributes.find((a) => a.type === "1.2.840.113549.1.9.4")!;
    const said = Buffer.from((messageDigest.values[0] as asn1js.OctetString).valueBlock.valueHexView).toString("hex");
    expect(said).toBe(digestOf(signedBytes));
    // One byte changed in the signed range no longer matches.
    const changed = Buffer.from(pdf);
    changed[100] = changed[100]! ^ 1;
    expect(digestOf(embeddedSignature(changed).signedBytes)).not.toBe(said);
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
