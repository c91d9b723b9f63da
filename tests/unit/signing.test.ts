import { createHash, generateKeyPairSync, sign } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { canonicalJson, submissionDigest } from "@/lib/signing/canonical";
import { checkSignature, signerUid } from "@/lib/signing/verify";
import { SigningCa } from "@/stand-ins/signing-ca";

const submission = {
  procedureCode: "2.000720.000.00.00.H29",
  procedureVersionId: "v1",
  applicantIdNumber: "079090001234",
  organisationCode: null,
  values: { b: "2", a: ["x", { d: 1, c: true }] },
  documents: [
    { key: "k2", sha256: "bb" },
    { key: "k1", sha256: "aa" },
  ],
};

describe("canonical submission", () => {
  it("sorts keys at every level and keeps array order", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: "é" } })).toBe('{"a":{"c":"é","d":[2,1]},"b":1}');
  });

  it("gives the same digest whatever the key or document order, and a different one for any changed value", () => {
    const reordered = {
      ...submission,
      values: { a: ["x", { c: true, d: 1 }], b: "2" },
      documents: [...submission.documents].reverse(),
    };
    expect(submissionDigest(reordered)).toBe(submissionDigest(submission));
    expect(submissionDigest({ ...submission, values: { ...submission.values, b: "3" } })).not.toBe(
      submissionDigest(submission),
    );
    expect(submissionDigest({ ...submission, organisationCode: "0312345678" })).not.toBe(submissionDigest(submission));
  });
});

describe("signatures from the stand-in CA", () => {
  it("verify against the CA, name the signer, and fail for other data, other signers or other CAs", async () => {
    const ca = await SigningCa.open(await mkdtemp(path.join(os.tmpdir(), "ca-")));
    const credential = await ca.credentialFor("ORGANISATION", "0312345678", "Công ty TNHH Sài Gòn Xanh");
    expect(await ca.credentialFor("ORGANISATION", "0312345678", "Công ty TNHH Sài Gòn Xanh")).toMatchObject({
      certificate: credential.certificate,
    });
    const digest = createHash("sha256").update("hồ sơ").digest("hex");
    const signature = sign("sha256", Buffer.from(digest, "hex"), credential.key).toString("base64");
    const base = {
      digest,
      signature,
      certificate: credential.certificate,
      caCertificate: ca.certificate,
      signerUid: signerUid("ORGANISATION", "0312345678"),
      signedAt: new Date(),
    };
    expect(checkSignature(base)).toEqual({ certificateTrusted: true, signerMatches: true, signatureValid: true });
    expect(checkSignature({ ...base, digest: createHash("sha256").update("khác").digest("hex") }).signatureValid).toBe(
      false,
    );
    expect(checkSignature({ ...base, signerUid: signerUid("PERSON", "079090001234") }).signerMatches).toBe(false);
    const otherCa = await SigningCa.open(await mkdtemp(path.join(os.tmpdir(), "ca-")));
    expect(checkSignature({ ...base, caCertificate: otherCa.certificate }).certificateTrusted).toBe(false);
    const stranger = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey;
    expect(
      checkSignature({ ...base, signature: sign("sha256", Buffer.from(digest, "hex"), stranger).toString("base64") })
        .signatureValid,
    ).toBe(false);
  });
});
