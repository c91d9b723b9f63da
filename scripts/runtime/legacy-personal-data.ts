// The sealing pass for rows stored before personal data was encrypted: accounts, staff
// roles, mandates and organisations (migration 20261204165434_seal_identity kept their
// plaintext columns and gave them a placeholder hash), and dossiers' answers, drafts,
// signatures and slips (migration 20261204203557_seal_answers kept theirs and left the
// sealed column empty). Run by the start command after migrations, with the identity keys
// in place: each row gets its keyed hash and sealed copy and its plaintext columns are
// emptied, in batches, each batch one transaction. Idempotent: a row already moved is not
// selected again, so a pass interrupted midway finishes at the next start. A later release
// drops the plaintext columns once every installation has run it.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { identityColumns, sealIdNumber, sealJson, sealText } from "@/lib/security/identity-sealing";

const BATCH = 500;

/** Moves every row still holding plaintext personal data, says so if it moved any, and returns how many. */
export async function sealLegacyPersonalData(
  prisma: PrismaClient,
  say: (line: string) => void = () => {},
): Promise<number> {
  let moved = 0;
  for (;;) {
    const count = await prisma.$transaction(
      async (tx) => {
        const users = await tx.user.findMany({
          where: {
            OR: [
              { legacyIdNumber: { not: null } },
              { legacyBirthDate: { not: null } },
              { legacySex: { not: null } },
              { legacyAddress: { not: null } },
              { legacyPhone: { not: null } },
              { legacyContactEmail: { not: null } },
            ],
          },
          select: {
            id: true,
            legacyIdNumber: true,
            legacyBirthDate: true,
            legacySex: true,
            legacyAddress: true,
            legacyPhone: true,
            legacyContactEmail: true,
          },
          take: BATCH,
        });
        for (const u of users) {
          await tx.user.update({
            where: { id: u.id },
            data: {
              ...identityColumns({
                idNumber: u.legacyIdNumber,
                birthDate: u.legacyBirthDate,
                sex: u.legacySex,
                address: u.legacyAddress,
                phone: u.legacyPhone,
                contactEmail: u.legacyContactEmail,
              }),
              legacyIdNumber: null,
              legacyBirthDate: null,
              legacySex: null,
              legacyAddress: null,
              legacyPhone: null,
              legacyContactEmail: null,
            },
          });
        }
        const staff = await tx.staffAssignment.findMany({
          where: { legacyIdNumber: { not: null } },
          select: { id: true, legacyIdNumber: true },
          take: BATCH,
        });
        for (const s of staff) {
          const id = sealIdNumber(s.legacyIdNumber!);
          await tx.staffAssignment.update({
            where: { id: s.id },
            data: { idNumberHash: id.hash, idNumberSealed: id.sealed, legacyIdNumber: null },
          });
        }
        const mandates = await tx.mandate.findMany({
          where: { legacyHolderIdNumber: { not: null } },
          select: { id: true, legacyHolderIdNumber: true },
          take: BATCH,
        });
        for (const m of mandates) {
          const id = sealIdNumber(m.legacyHolderIdNumber!);
          await tx.mandate.update({
            where: { id: m.id },
            data: { holderIdHash: id.hash, holderIdSealed: id.sealed, legacyHolderIdNumber: null },
          });
        }
        const organisations = await tx.organisation.findMany({
          where: { legacyLegalRepIdNumber: { not: null } },
          select: { id: true, legacyLegalRepIdNumber: true },
          take: BATCH,
        });
        for (const o of organisations) {
          const id = sealIdNumber(o.legacyLegalRepIdNumber!);
          await tx.organisation.update({
            where: { id: o.id },
            data: { legalRepIdHash: id.hash, legalRepIdSealed: id.sealed, legacyLegalRepIdNumber: null },
          });
        }
        const dossiers = await tx.dossier.findMany({
          where: { legacyValues: { not: Prisma.DbNull } },
          select: { id: true, legacyValues: true },
          take: BATCH,
        });
        for (const d of dossiers) {
          await tx.dossier.update({
            where: { id: d.id },
            data: { sealedValues: sealJson(d.legacyValues), legacyValues: Prisma.DbNull },
          });
        }
        const drafts = await tx.dossierDraft.findMany({
          where: { legacyValues: { not: Prisma.DbNull } },
          select: { id: true, legacyValues: true, legacySigning: true },
          take: BATCH,
        });
        for (const d of drafts) {
          await tx.dossierDraft.update({
            where: { id: d.id },
            data: {
              sealedValues: sealJson(d.legacyValues),
              sealedSigning: d.legacySigning === null ? null : sealJson(d.legacySigning),
              legacyValues: Prisma.DbNull,
              legacySigning: Prisma.DbNull,
            },
          });
        }
        const signatures = await tx.dossierSignature.findMany({
          where: { legacySignerId: { not: null } },
          select: { dossierId: true, legacySignerId: true, legacyCertificate: true },
          take: BATCH,
        });
        for (const s of signatures) {
          await tx.dossierSignature.update({
            where: { dossierId: s.dossierId },
            data: {
              signerIdSealed: sealText(s.legacySignerId!),
              certificateSealed: sealText(s.legacyCertificate ?? ""),
              legacySignerId: null,
              legacyCertificate: null,
            },
          });
        }
        const slips = await tx.dossierSlip.findMany({
          where: { legacyContent: { not: Prisma.DbNull } },
          select: { id: true, legacyContent: true },
          take: BATCH,
        });
        for (const s of slips) {
          await tx.dossierSlip.update({
            where: { id: s.id },
            data: { sealedContent: sealJson(s.legacyContent), legacyContent: Prisma.DbNull },
          });
        }
        return (
          users.length +
          staff.length +
          mandates.length +
          organisations.length +
          dossiers.length +
          drafts.length +
          signatures.length +
          slips.length
        );
      },
      { timeout: 120_000 },
    );
    moved += count;
    if (count > 0) continue;
    if (moved > 0)
      say(
        `encrypted the personal data (ID numbers, identity fields, dossier answers) of ${moved} rows stored before ` +
          `encryption`,
      );
    return moved;
  }
}
