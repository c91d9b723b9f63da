-- AlterTable
ALTER TABLE "Dossier" ADD COLUMN     "appointmentAt" TIMESTAMPTZ(3),
ADD COLUMN     "receivedAt" TIMESTAMPTZ(3),
ADD COLUMN     "receivedByUserId" UUID,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "DossierSlip" (
    "id" UUID NOT NULL,
    "dossierId" UUID NOT NULL,
    "kind" VARCHAR(8) NOT NULL,
    "issuedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "issuedBy" UUID NOT NULL,
    "content" JSONB NOT NULL,

    CONSTRAINT "DossierSlip_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DossierSlip_dossierId_issuedAt_idx" ON "DossierSlip"("dossierId", "issuedAt");

-- CreateIndex
CREATE INDEX "Dossier_agencyId_status_appointmentAt_idx" ON "Dossier"("agencyId", "status", "appointmentAt");

-- AddForeignKey
ALTER TABLE "DossierSlip" ADD CONSTRAINT "DossierSlip_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE CASCADE ON UPDATE CASCADE;
