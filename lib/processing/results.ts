// Electronic results as the public and the applicant see them. Verification is public by
// design (anyone holding a printed result scans its QR code): it re-reads the stored file,
// re-hashes it and re-checks the agency's signature, and says whether it was revoked.
import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { documentStorage } from "@/lib/documents/mutations";
import { applicantScope } from "@/lib/dossiers/access";
import { NotFoundError } from "@/lib/errors";
import { isSignedIn, type Actor } from "@/lib/identity/actor";
import { trustedCaCertificate } from "@/lib/signing/client";
import { checkSignature, signerUid } from "@/lib/signing/verify";

/** What anyone may learn from a result code: enough to trust a paper copy, no more. */
export async function verifyResult(code: string) {
  if (!/^[A-Za-z0-9.-]{1,70}$/.test(code)) throw new NotFoundError("result");
  const result = await db().resultDocument.findUnique({ where: { code }, include: { dossier: { select: { code: true, agencyId: true, applicantUserId: true, procedureVersionId: true } } } });
  if (!result) throw new NotFoundError("result");
  const [agency, applicant, version, document] = await Promise.all([
    db().agency.findUniqueOrThrow({ where: { id: result.dossier.agencyId }, select: { code: true, nameVi: true, nameEn: true } }),
    db().user.findUniqueOrThrow({ where: { id: result.dossier.applicantUserId }, select: { fullName: true } }),
    db().procedureVersion.findUniqueOrThrow({ where: { id: result.dossier.procedureVersionId }, select: { procedure: { select: { code: true, nameVi: true, nameEn: true } } } }),
    db().storedDocument.findUniqueOrThrow({ where: { id: result.documentId }, select: { storageKey: true } }),
  ]);
  const bytes = await documentStorage().get(document.storageKey);
  const fileUnchanged = createHash("sha256").update(bytes).digest("hex") === result.sha256;
  const check = checkSignature({ digest: result.sha256, signature: result.signature, certificate: result.certificate, caCertificate: await trustedCaCertificate(), signerUid: signerUid("AGENCY", agency.code), signedAt: result.issuedAt });
  const signatureValid = check.certificateTrusted && check.signerMatches && check.signatureValid && fileUnchanged;
  return {
    code: result.code, title: result.titleVi, outcome: result.outcome, issuedAt: result.issuedAt, revokedAt: result.revokedAt,
    dossierCode: result.dossier.code, agency: { vi: agency.nameVi, en: agency.nameEn }, procedure: { code: version.procedure.code, name: { vi: version.procedure.nameVi, en: version.procedure.nameEn } },
    applicantName: applicant.fullName, signerName: result.signerName, signedByName: result.signedByName, signatureValid,
    valid: signatureValid && !result.revokedAt,
  };
}

/** The results of one of the applicant's dossiers, with their data-store documents. */
export async function listResultsForApplicant(actor: Actor, code: string) {
  if (!isSignedIn(actor) || code.length > 60) throw new NotFoundError("dossier");
  const dossier = await db().dossier.findFirst({ where: { code, ...applicantScope(actor) }, select: { id: true } });
  if (!dossier) throw new NotFoundError("dossier");
  return db().resultDocument.findMany({ where: { dossierId: dossier.id }, orderBy: { issuedAt: "asc" }, select: { code: true, titleVi: true, outcome: true, issuedAt: true, documentId: true, revokedAt: true } });
}
