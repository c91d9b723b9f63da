// Documents an agency issues with its electronic seal (results, apology letters): the PDF's
// SHA-256 is signed through the signing service with the agency's key, the answer is
// checked against the trusted CA before anything is kept, and the PDF goes to storage.
import "server-only";
import { createHash } from "node:crypto";
import { documentStorage } from "@/lib/documents/mutations";
import { sealDigest, trustedCaCertificate, type SignedDigest } from "@/lib/signing/client";
import { checkSignature, signerUid } from "@/lib/signing/verify";

export type SealedPdf = { sha256: string; sealed: SignedDigest; storageKey: string; sizeBytes: number };

/** Seals and stores the PDF; the caller records it and calls `discard` if that fails. */
export async function sealAndStore(agency: { code: string; nameVi: string }, pdf: Uint8Array): Promise<SealedPdf> {
  const sha256 = createHash("sha256").update(pdf).digest("hex");
  const sealed = await sealDigest({ kind: "AGENCY", id: agency.code, name: agency.nameVi }, sha256);
  const check = checkSignature({
    digest: sha256,
    signature: sealed.signature,
    certificate: sealed.certificate,
    caCertificate: await trustedCaCertificate(),
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
