-- AlterTable
ALTER TABLE "Agency" ADD COLUMN     "taxCode" VARCHAR(14);
