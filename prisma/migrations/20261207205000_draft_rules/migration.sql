-- AlterTable
ALTER TABLE "ProcedureDraft" ADD COLUMN     "rules" JSONB,
ALTER COLUMN "formDefinition" DROP NOT NULL;
