-- AlterEnum
ALTER TYPE "StaffRole" ADD VALUE 'PROCEDURE_EDITOR';

-- CreateTable
CREATE TABLE "ProcedureDraft" (
    "id" UUID NOT NULL,
    "procedureId" UUID NOT NULL,
    "baseVersion" INTEGER,
    "formDefinition" JSONB NOT NULL,
    "retiredIds" TEXT[],
    "revision" INTEGER NOT NULL DEFAULT 1,
    "updatedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProcedureDraft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ProcedureDraft_procedureId_key" ON "ProcedureDraft"("procedureId");

-- AddForeignKey
ALTER TABLE "ProcedureDraft" ADD CONSTRAINT "ProcedureDraft_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;
