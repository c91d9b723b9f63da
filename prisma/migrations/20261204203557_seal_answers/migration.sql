-- Dossier answers, drafts' signing state, dossier signatures and slips are stored sealed:
-- they hold the ID numbers, birth dates, addresses and phones of the applicant and of the
-- people a dossier names. Expand step, as for identities: the plaintext columns stay
-- (nullable) until the sealing pass after migrations (lib/security/legacy-personal-data.ts)
-- has moved every row, and a later release drops them. The key is configuration, so rows
-- that exist now get an empty sealed column here, which the pass fills. The default is only
-- for those rows and is dropped at once.

ALTER TABLE "Dossier" ADD COLUMN "sealedValues" TEXT NOT NULL DEFAULT '', ALTER COLUMN "values" DROP NOT NULL;
ALTER TABLE "Dossier" ALTER COLUMN "sealedValues" DROP DEFAULT;

ALTER TABLE "DossierDraft" ADD COLUMN "sealedSigning" TEXT, ADD COLUMN "sealedValues" TEXT NOT NULL DEFAULT '', ALTER COLUMN "values" DROP NOT NULL;
ALTER TABLE "DossierDraft" ALTER COLUMN "sealedValues" DROP DEFAULT;

ALTER TABLE "DossierSignature" ADD COLUMN "certificateSealed" TEXT NOT NULL DEFAULT '', ADD COLUMN "signerIdSealed" TEXT NOT NULL DEFAULT '',
  ALTER COLUMN "signerId" DROP NOT NULL, ALTER COLUMN "certificate" DROP NOT NULL;
ALTER TABLE "DossierSignature" ALTER COLUMN "certificateSealed" DROP DEFAULT, ALTER COLUMN "signerIdSealed" DROP DEFAULT;

ALTER TABLE "DossierSlip" ADD COLUMN "sealedContent" TEXT NOT NULL DEFAULT '', ALTER COLUMN "content" DROP NOT NULL;
ALTER TABLE "DossierSlip" ALTER COLUMN "sealedContent" DROP DEFAULT;
