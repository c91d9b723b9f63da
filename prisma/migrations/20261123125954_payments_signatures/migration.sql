-- CreateEnum
CREATE TYPE "PaymentStatus" AS ENUM ('PENDING', 'PAID', 'FAILED', 'CANCELLED');

-- AlterTable
ALTER TABLE "Dossier" ADD COLUMN     "feeItems" JSONB,
ADD COLUMN     "feeVnd" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "DossierDraft" ADD COLUMN     "signing" JSONB;

-- CreateTable
CREATE TABLE "Payment" (
    "id" UUID NOT NULL,
    "dossierId" UUID NOT NULL,
    "payerUserId" UUID NOT NULL,
    "amountVnd" INTEGER NOT NULL,
    "status" "PaymentStatus" NOT NULL DEFAULT 'PENDING',
    "gatewayTransaction" VARCHAR(64),
    "gatewayCode" VARCHAR(8),
    "receiptNumber" VARCHAR(80),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "settledAt" TIMESTAMPTZ(3),

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DossierSignature" (
    "dossierId" UUID NOT NULL,
    "signerKind" VARCHAR(16) NOT NULL,
    "signerId" VARCHAR(20) NOT NULL,
    "signerName" TEXT NOT NULL,
    "documentHash" VARCHAR(64) NOT NULL,
    "algorithm" VARCHAR(40) NOT NULL,
    "signature" TEXT NOT NULL,
    "certificate" TEXT NOT NULL,
    "signedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DossierSignature_pkey" PRIMARY KEY ("dossierId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Payment_gatewayTransaction_key" ON "Payment"("gatewayTransaction");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_receiptNumber_key" ON "Payment"("receiptNumber");

-- CreateIndex
CREATE INDEX "Payment_dossierId_createdAt_idx" ON "Payment"("dossierId", "createdAt");

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierSignature" ADD CONSTRAINT "DossierSignature_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE CASCADE ON UPDATE CASCADE;
