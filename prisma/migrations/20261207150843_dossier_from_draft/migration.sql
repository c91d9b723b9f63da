-- AlterTable
ALTER TABLE "Dossier" ADD COLUMN     "fromDraftId" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "Dossier_fromDraftId_key" ON "Dossier"("fromDraftId");
