// Documents an agency issues with its electronic seal (results, apology letters): the seal
// goes inside the PDF as a PDF signature any reader can verify (lib/signing/pdf-seal.ts);
// then the sealed file's SHA-256 is signed too, for the portal's verification page, the
// answer is checked against the trusted CA before anything is kept, and the PDF goes to storage.
import "server-only";
import { createHash } from "node:crypto";
import { documentStorage } from "@/lib/documents/mutations";
import {
  signerCertificate,
  sealDigest,
  sealSignedAttributes,
  trustedCaCertificate,
  type SignedDigest,
} from "@/lib/signing/client";
import { sealInsidePdf } from "@/lib/signing/pdf-seal";
import { checkSignature, signerUid } from "@/lib/signing/verify";

export type SealedPdf = { sha256: string; sealed: SignedDigest; storageKey: string; sizeBytes: number };

/** Seals and stores the PDF; the caller records it and calls `discard` if that fails. */
export async function sealAndStore(agency: { code: string; nameVi: string }, unsealed: Uint8Array): Promise<SealedPdf> {
  const signer = { kind: "AGENCY", id: agency.code, name: agency.nameVi } as const;
  const [certificate, caCertificate] = await Promise.all([signerCertificate(signer), trustedCaCertificate()]);
  const pdf = await sealInsidePdf(unsealed, {
    name: agency.nameVi,
    reason: `Đóng dấu điện tử của ${agency.nameVi}`,
    certificate,
    caCertificate,
    signAttributes: async (attributes) => (await sealSignedAttributes(signer, attributes)).signature,
  });
  const sha256 = createHash("sha256").update(pdf).digest("hex");
  const sealed = await sealDigest(signer, sha256);
  const check = checkSignature({
    digest: sha256,
    signature: sealed.signature,
    certificate: sealed.certificate,
    caCertificate,
    signerUid: signerUid("AGENCY", agency.code),
    signedAt: new Date(sealed.signedAt),
  });
  if (!check.certificateTrusted || !check.signatureValid || !check.signerMatches)
    throw new Error("the signing service returned an invalid seal");
  return { sha256, sealed, storageKey: await documentStorage().put(pdf), sizeBytes: pdf.byteLength };
}

/** Removes a stored PDF whose record could not be written. */
export async function discard(sealedPdf: SealedPdf): Promise<void> {
  await documentStorage()
    .delete(sealedPdf.storageKey)
    .catch(() => undefined);
}
