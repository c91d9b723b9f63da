-- AlterTable
ALTER TABLE "Dossier" ADD COLUMN     "lastEventHash" VARCHAR(64);

-- AlterTable
ALTER TABLE "DossierEvent" ADD COLUMN     "hash" VARCHAR(64),
ADD COLUMN     "prevHash" VARCHAR(64);

-- CreateIndex
CREATE INDEX "AuditEvent_targetId_action_at_idx" ON "AuditEvent"("targetId", "action", "at");
