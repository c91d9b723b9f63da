-- AlterTable
ALTER TABLE "ProcedureVersion" ADD COLUMN     "inPersonEn" TEXT,
ADD COLUMN     "inPersonVi" TEXT;
