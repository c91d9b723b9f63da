// Electronic results as the public and the applicant see them. Verification is public by
// design (anyone holding a printed result scans its QR code): it re-reads the stored file,
// re-hashes it and re-checks the agency's signature, and says whether it was revoked. Codes
// are sequential, so the page is limited per client address and names the holder only in
// part: guessing codes must not list who obtained what.
import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { documentStorage } from "@/lib/documents/mutations";
import { applicantScope } from "@/lib/dossiers/access";
import { NotFoundError } from "@/lib/errors";
import { isSignedIn, type Actor } from "@/lib/identity/actor";
import { trustedCaCertificate } from "@/lib/signing/client";
import { hitLimit, type Limit } from "@/lib/security/rate-limit";
import { checkSignature, signerUid } from "@/lib/signing/verify";
import { openJson } from "@/lib/security/identity-sealing";
import { currentTime } from "@/lib/time";
import { holderNameForPublic } from "./holder-name";

/** Views of the verification page per client address: enough for anyone checking papers, slow for anyone guessing
 * codes.
 * */
export const VERIFICATIONS_PER_ADDRESS: Limit = { name: "result-verification-address", max: 20, windowSeconds: 600 };

const resultCodeSchema = z.string().regex(/^[A-Za-z0-9.-]{1,70}$/);

export type PublicVerification =
  | { kind: "verified"; result: Awaited<ReturnType<typeof readVerification>> }
  | { kind: "limited"; retryAfterSeconds: number };

/**
 * Public (a QR code on a printed result leads here): whether the result with this code is
 * genuine, unchanged and in force, counted against the client's address first. What it
 * tells is what the paper shows, no more: the document, the agency and signer, and the
 * holder's name only in part. A denial's reasons are on the applicant's copy, never here.
 * Not found for a malformed or unknown code.
 */
export async function verifyResult(
  code: unknown,
  address: string,
  now: Date = currentTime(),
): Promise<PublicVerification> {
  const limit = await hitLimit(VERIFICATIONS_PER_ADDRESS, address, now);
  if (!limit.allowed) return { kind: "limited", retryAfterSeconds: limit.retryAfterSeconds };
  const parsed = resultCodeSchema.safeParse(code);
  if (!parsed.success) throw new NotFoundError("result");
  return { kind: "verified", result: await readVerification(parsed.data) };
}

async function readVerification(code: string) {
  const result = await db().resultDocument.findUnique({
    where: { code },
    include: { dossier: { select: { code: true, agencyId: true, applicantUserId: true, procedureVersionId: true } } },
  });
  if (!result) throw new NotFoundError("result");
  const [agency, holder, version, document] = await Promise.all([
    db().agency.findUniqueOrThrow({
      where: { id: result.dossier.agencyId },
      select: { code: true, nameVi: true, nameEn: true },
    }),
    db().user.findUniqueOrThrow({
      where: { id: result.dossier.applicantUserId },
      select: { fullName: true, kind: true },
    }),
    db().procedureVersion.findUniqueOrThrow({
      where: { id: result.dossier.procedureVersionId },
      select: { procedure: { select: { code: true, nameVi: true, nameEn: true } } },
    }),
    db().storedDocument.findUniqueOrThrow({ where: { id: result.documentId }, select: { storageKey: true } }),
  ]);
  const bytes = await documentStorage().get(document.storageKey);
  const fileUnchanged = createHash("sha256").update(bytes).digest("hex") === result.sha256;
  const check = checkSignature({
    digest: result.sha256,
    signature: result.signature,
    certificate: result.certificate,
    caCertificate: await trustedCaCertificate(),
    signerUid: signerUid("AGENCY", agency.code),
    signedAt: result.issuedAt,
  });
  const signatureValid = check.certificateTrusted && check.signerMatches && check.signatureValid && fileUnchanged;
  return {
    code: result.code,
    title: result.titleVi,
    issuedAt: result.issuedAt,
    revokedAt: result.revokedAt,
    replacedByCode: result.replacedByCode,
    // A correction names the result it replaces.
    replacesCode:
      (await db().resultDocument.findFirst({ where: { replacedByCode: result.code }, select: { code: true } }))?.code ??
      null,
    dossierCode: result.dossier.code,
    agency: { vi: agency.nameVi, en: agency.nameEn },
    procedure: { code: version.procedure.code, name: { vi: version.procedure.nameVi, en: version.procedure.nameEn } },
    // Who the result is about (the child of a birth certificate), else the applicant.
    holderName: holderNameForPublic(holderOf(result.sealedContent) ?? holder.fullName, holder.kind),
    holderNameIsPartial: holder.kind === "PERSON",
    signerName: result.signerName,
    signedByName: result.signedByName,
    signatureValid,
    valid: signatureValid && !result.revokedAt,
  };
}

/** The holder a result names, from its sealed content; null for results issued before it was kept. */
function holderOf(sealedContent: string | null): string | null {
  if (!sealedContent) return null;
  const holder = openJson<{ holder?: unknown }>(sealedContent).holder;
  return typeof holder === "string" && holder.trim() ? holder : null;
}

/** The results of one of the applicant's dossiers, with their data-store documents. */
export async function listResultsForApplicant(actor: Actor, code: string) {
  if (!isSignedIn(actor) || code.length > 60) throw new NotFoundError("dossier");
  const dossier = await db().dossier.findFirst({ where: { code, ...applicantScope(actor) }, select: { id: true } });
  if (!dossier) throw new NotFoundError("dossier");
  return db().resultDocument.findMany({
    where: { dossierId: dossier.id },
    orderBy: { issuedAt: "asc" },
    select: { code: true, titleVi: true, outcome: true, issuedAt: true, documentId: true, revokedAt: true },
  });
}
