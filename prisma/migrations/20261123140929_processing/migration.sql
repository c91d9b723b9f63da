-- AlterTable
ALTER TABLE "Dossier" ADD COLUMN     "assigneeUserId" UUID,
ADD COLUMN     "stepKey" VARCHAR(40),
ADD COLUMN     "stepStartedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "ResultDocument" (
    "id" UUID NOT NULL,
    "code" VARCHAR(70) NOT NULL,
    "dossierId" UUID NOT NULL,
    "documentId" UUID NOT NULL,
    "titleVi" TEXT NOT NULL,
    "outcome" VARCHAR(10) NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "signerName" TEXT NOT NULL,
    "signedByName" TEXT NOT NULL,
    "signature" TEXT NOT NULL,
    "certificate" TEXT NOT NULL,
    "issuedAt" TIMESTAMPTZ(3) NOT NULL,
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ResultDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ResultDocument_code_key" ON "ResultDocument"("code");

-- CreateIndex
CREATE INDEX "ResultDocument_dossierId_idx" ON "ResultDocument"("dossierId");

-- CreateIndex
CREATE INDEX "Dossier_assigneeUserId_status_idx" ON "Dossier"("assigneeUserId", "status");

-- AddForeignKey
ALTER TABLE "ResultDocument" ADD CONSTRAINT "ResultDocument_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
