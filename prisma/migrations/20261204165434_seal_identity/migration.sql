-- ID numbers and sensitive identity fields are stored encrypted, with a keyed hash for
-- lookups. Expand step: the new columns are added and the plaintext columns kept (nullable)
-- until the sealing pass that runs after migrations (lib/security/legacy-identity.ts) has
-- moved every row, and a later release drops them. The hash and key are configuration, so the
-- SQL cannot compute them: rows that exist now get a placeholder unique to the row, which
-- matches no ID number, until the pass replaces it.

DROP INDEX "Mandate_holderIdNumber_revokedAt_idx";
DROP INDEX "Organisation_legalRepIdNumber_idx";
DROP INDEX "StaffAssignment_idNumber_idx";
DROP INDEX "StaffAssignment_idNumber_role_agencyId_key";

ALTER TABLE "Mandate" ADD COLUMN "holderIdHash" VARCHAR(64), ADD COLUMN "holderIdSealed" TEXT, ALTER COLUMN "holderIdNumber" DROP NOT NULL;
UPDATE "Mandate" SET "holderIdHash" = 'unsealed:' || "id", "holderIdSealed" = '';
ALTER TABLE "Mandate" ALTER COLUMN "holderIdHash" SET NOT NULL, ALTER COLUMN "holderIdSealed" SET NOT NULL;

ALTER TABLE "Organisation" ADD COLUMN "legalRepIdHash" VARCHAR(64), ADD COLUMN "legalRepIdSealed" TEXT, ALTER COLUMN "legalRepIdNumber" DROP NOT NULL;
UPDATE "Organisation" SET "legalRepIdHash" = 'unsealed:' || "id", "legalRepIdSealed" = '';
ALTER TABLE "Organisation" ALTER COLUMN "legalRepIdHash" SET NOT NULL, ALTER COLUMN "legalRepIdSealed" SET NOT NULL;

ALTER TABLE "StaffAssignment" ADD COLUMN "idNumberHash" VARCHAR(64), ADD COLUMN "idNumberSealed" TEXT, ALTER COLUMN "idNumber" DROP NOT NULL;
UPDATE "StaffAssignment" SET "idNumberHash" = 'unsealed:' || "id", "idNumberSealed" = '';
ALTER TABLE "StaffAssignment" ALTER COLUMN "idNumberHash" SET NOT NULL, ALTER COLUMN "idNumberSealed" SET NOT NULL;

ALTER TABLE "User" ADD COLUMN "idNumberHash" VARCHAR(64), ADD COLUMN "sealedIdentity" TEXT;

CREATE INDEX "Mandate_holderIdHash_revokedAt_idx" ON "Mandate"("holderIdHash", "revokedAt");
CREATE INDEX "Organisation_legalRepIdHash_idx" ON "Organisation"("legalRepIdHash");
CREATE INDEX "StaffAssignment_idNumberHash_idx" ON "StaffAssignment"("idNumberHash");
CREATE UNIQUE INDEX "StaffAssignment_idNumberHash_role_agencyId_key" ON "StaffAssignment"("idNumberHash", "role", "agencyId");
CREATE UNIQUE INDEX "User_idNumberHash_key" ON "User"("idNumberHash");
