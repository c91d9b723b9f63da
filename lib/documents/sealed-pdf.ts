// Documents an agency issues with its electronic seal (results, slips, receipts): the seal
// goes inside the PDF as a PDF signature any reader can verify (lib/signing/pdf-seal.ts);
// then the sealed file's SHA-256 is signed too, for the portal's verification page, the
// answer is checked against the trusted CA before anything is kept, and the PDF goes to storage.
import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { documentStorage } from "./mutations";
import {
  signerCertificate,
  sealDigest,
  sealSignedAttributes,
  trustedCaCertificate,
  type SignedDigest,
} from "@/lib/signing/client";
import { sealInsidePdf } from "@/lib/signing/pdf-seal";
import { checkSignature, signerUid } from "@/lib/signing/verify";

export type SealedPdf = {
  sha256: string;
  sealed: SignedDigest;
  storageKey: string;
  sizeBytes: number;
  /** The sealed file, as stored. */
  bytes: Buffer;
};

type SealingAgency = { code: string; nameVi: string };

/** The PDF with the agency's seal inside, after any signature it has: not stored (a snapshot such as the control
 * slip, sealed again at each request). */
export async function sealedCopy(agency: SealingAgency, unsealed: Uint8Array): Promise<Buffer> {
  const signer = { kind: "AGENCY", id: agency.code, name: agency.nameVi } as const;
  const [certificate, caCertificate] = await Promise.all([signerCertificate(signer), trustedCaCertificate()]);
  return sealInsidePdf(unsealed, {
    name: agency.nameVi,
    reason: `Đóng dấu điện tử của ${agency.nameVi}`,
    certificate,
    caCertificate,
    signAttributes: async (attributes) => (await sealSignedAttributes(signer, attributes)).signature,
  });
}

/** Seals and stores the PDF; the caller records it and calls `discard` if that fails. */
export async function sealAndStore(agency: SealingAgency, unsealed: Uint8Array): Promise<SealedPdf> {
  const signer = { kind: "AGENCY", id: agency.code, name: agency.nameVi } as const;
  const [pdf, caCertificate] = await Promise.all([sealedCopy(agency, unsealed), trustedCaCertificate()]);
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
  return { sha256, sealed, storageKey: await documentStorage().put(pdf), sizeBytes: pdf.byteLength, bytes: pdf };
}

/** Removes a stored PDF whose record could not be written. */
export async function discard(sealedPdf: SealedPdf): Promise<void> {
  await documentStorage()
    .delete(sealedPdf.storageKey)
    .catch(() => undefined);
}

/**
 * A document drawn from what was recorded (a slip, a receipt), sealed the first time it is
 * asked for and kept in its owner's data store, so that every later copy is the same signed
 * file. `record` writes the stored document on its row, only if none was written meanwhile,
 * and says whether it did; when another request sealed it first, that copy is served.
 */
export async function sealedOnce(input: {
  agency: SealingAgency;
  ownerUserId: string;
  fileName: string;
  render: () => Promise<Uint8Array>;
  record: (tx: Prisma.TransactionClient, documentId: string, sealedPdf: SealedPdf) => Promise<boolean>;
  recorded: () => Promise<string | null>;
}): Promise<Uint8Array> {
  const sealedPdf = await sealAndStore(input.agency, await input.render());
  const kept = await db()
    .$transaction(async (tx) => {
      const document = await tx.storedDocument.create({
        data: {
          ownerUserId: input.ownerUserId,
          originalName: input.fileName,
          mimeType: "application/pdf",
          sizeBytes: sealedPdf.sizeBytes,
          sha256: sealedPdf.sha256,
          storageKey: sealedPdf.storageKey,
        },
      });
      if (!(await input.record(tx, document.id, sealedPdf))) throw new SealedMeanwhile();
      return true;
    })
    .catch(async (error: unknown) => {
      await discard(sealedPdf);
      if (error instanceof SealedMeanwhile) return false;
      throw error;
    });
  if (kept) return sealedPdf.bytes;
  const documentId = await input.recorded();
  const stored = await db().storedDocument.findUniqueOrThrow({ where: { id: documentId! } });
  return new Uint8Array(await documentStorage().get(stored.storageKey));
}

class SealedMeanwhile extends Error {}
