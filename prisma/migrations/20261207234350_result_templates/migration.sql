-- AlterTable
ALTER TABLE "ProcedureVersion" ADD COLUMN     "resultTemplate" JSONB;

-- AlterTable
ALTER TABLE "ResultDocument" ADD COLUMN     "sealedContent" TEXT;

-- CreateTable
CREATE TABLE "ResultRegister" (
    "agencyId" UUID NOT NULL,
    "procedureId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "lastNumber" INTEGER NOT NULL,

    CONSTRAINT "ResultRegister_pkey" PRIMARY KEY ("agencyId","procedureId","year")
);
