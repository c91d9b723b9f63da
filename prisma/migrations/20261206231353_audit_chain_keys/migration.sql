-- AlterTable
ALTER TABLE "DossierEvent" ADD COLUMN     "keyId" VARCHAR(32);

-- CreateIndex
CREATE INDEX "DossierEvent_keyId_idx" ON "DossierEvent"("keyId");
