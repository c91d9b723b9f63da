-- AlterTable
ALTER TABLE "DossierSlip" ADD COLUMN     "certificate" TEXT,
ADD COLUMN     "documentId" UUID,
ADD COLUMN     "sha256" VARCHAR(64),
ADD COLUMN     "signature" TEXT;
