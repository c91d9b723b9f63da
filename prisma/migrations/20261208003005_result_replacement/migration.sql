-- AlterTable
ALTER TABLE "ResultDocument" ADD COLUMN     "replacedByCode" VARCHAR(70),
ADD COLUMN     "sealedRevocation" TEXT;
