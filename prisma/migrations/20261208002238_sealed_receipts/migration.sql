-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "receiptDocumentId" UUID;
