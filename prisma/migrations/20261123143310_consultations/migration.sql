-- CreateTable
CREATE TABLE "Consultation" (
    "id" UUID NOT NULL,
    "dossierId" UUID NOT NULL,
    "fromAgencyId" UUID NOT NULL,
    "toAgencyId" UUID NOT NULL,
    "requestedByUserId" UUID NOT NULL,
    "question" TEXT NOT NULL,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "answer" TEXT,
    "answeredAt" TIMESTAMPTZ(3),
    "answeredByUserId" UUID,
    "escalatedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Consultation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Consultation_dossierId_idx" ON "Consultation"("dossierId");

-- CreateIndex
CREATE INDEX "Consultation_toAgencyId_answeredAt_idx" ON "Consultation"("toAgencyId", "answeredAt");

-- CreateIndex
CREATE INDEX "Consultation_dueAt_answeredAt_escalatedAt_idx" ON "Consultation"("dueAt", "answeredAt", "escalatedAt");

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE CASCADE ON UPDATE CASCADE;
