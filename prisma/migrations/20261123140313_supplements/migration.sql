-- CreateTable
CREATE TABLE "SupplementRequest" (
    "id" UUID NOT NULL,
    "dossierId" UUID NOT NULL,
    "afterReception" BOOLEAN NOT NULL,
    "items" JSONB NOT NULL,
    "note" TEXT,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "requestedByUserId" UUID NOT NULL,
    "officerName" TEXT NOT NULL,
    "officerPhone" TEXT NOT NULL,
    "answeredAt" TIMESTAMPTZ(3),

    CONSTRAINT "SupplementRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SupplementRequest_dossierId_requestedAt_idx" ON "SupplementRequest"("dossierId", "requestedAt");

-- AddForeignKey
ALTER TABLE "SupplementRequest" ADD CONSTRAINT "SupplementRequest_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE CASCADE ON UPDATE CASCADE;
