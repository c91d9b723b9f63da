-- Extensions
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "AdministrativeLevel" AS ENUM ('CITY', 'WARD');

-- CreateEnum
CREATE TYPE "AgencyKind" AS ENUM ('PEOPLES_COMMITTEE', 'DEPARTMENT', 'POLICE', 'PUBLIC_ADMINISTRATION_CENTER');

-- CreateEnum
CREATE TYPE "ServiceLevel" AS ENUM ('FULL_ONLINE', 'PARTIAL_ONLINE');

-- CreateEnum
CREATE TYPE "TimeLimitUnit" AS ENUM ('WORKING_DAYS', 'CALENDAR_DAYS', 'SAME_DAY');

-- CreateEnum
CREATE TYPE "VersionStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'RETIRED');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('ONLINE', 'COUNTER', 'POSTAL');

-- CreateEnum
CREATE TYPE "DocumentForm" AS ENUM ('ORIGINAL', 'CERTIFIED_COPY', 'COPY', 'ORIGINAL_OR_CERTIFIED_COPY', 'COPY_WITH_ORIGINAL');

-- CreateEnum
CREATE TYPE "CalendarDayKind" AS ENUM ('HOLIDAY', 'COMPENSATORY_DAY_OFF', 'WORKING_SATURDAY');

-- CreateTable
CREATE TABLE "Agency" (
    "id" UUID NOT NULL,
    "code" VARCHAR(35) NOT NULL,
    "slug" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "shortVi" TEXT,
    "level" "AdministrativeLevel" NOT NULL,
    "kind" "AgencyKind" NOT NULL,
    "parentId" UUID,
    "addressVi" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Agency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcedureField" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProcedureField_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Procedure" (
    "id" UUID NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "slug" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "fieldId" UUID NOT NULL,
    "level" "AdministrativeLevel" NOT NULL,
    "managingAgencyId" UUID NOT NULL,
    "handlingAgencyId" UUID,
    "featuredRank" INTEGER,
    "nameSearch" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Procedure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcedureVersion" (
    "id" UUID NOT NULL,
    "procedureId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "VersionStatus" NOT NULL DEFAULT 'DRAFT',
    "effectiveFrom" DATE NOT NULL,
    "serviceLevel" "ServiceLevel" NOT NULL,
    "timeLimitValue" INTEGER NOT NULL,
    "timeLimitUnit" "TimeLimitUnit" NOT NULL,
    "sameDayCutoff" VARCHAR(5),
    "outOfHoursNextWorkingDay" BOOLEAN NOT NULL DEFAULT true,
    "timeLimitNoteVi" TEXT,
    "timeLimitNoteEn" TEXT,
    "competentAuthorityVi" TEXT NOT NULL,
    "competentAuthorityEn" TEXT NOT NULL,
    "eligibleApplicantsVi" TEXT NOT NULL,
    "eligibleApplicantsEn" TEXT NOT NULL,
    "resultDocumentVi" TEXT NOT NULL,
    "resultDocumentEn" TEXT NOT NULL,
    "resultValidityVi" TEXT,
    "resultValidityEn" TEXT,
    "legalBasis" TEXT[],
    "formDefinition" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProcedureVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeeLine" (
    "id" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "channel" "Channel",
    "labelVi" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "amountVnd" INTEGER,
    "exemptionVi" TEXT,
    "exemptionEn" TEXT,

    CONSTRAINT "FeeLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequiredDocument" (
    "id" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "form" "DocumentForm" NOT NULL,
    "copies" INTEGER NOT NULL DEFAULT 1,
    "required" BOOLEAN NOT NULL DEFAULT true,
    "noteVi" TEXT,
    "noteEn" TEXT,

    CONSTRAINT "RequiredDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcessingStep" (
    "id" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "allottedHours" INTEGER NOT NULL,

    CONSTRAINT "ProcessingStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarDay" (
    "date" DATE NOT NULL,
    "kind" "CalendarDayKind" NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "confirmed" BOOLEAN NOT NULL DEFAULT true,
    "source" TEXT,

    CONSTRAINT "CalendarDay_pkey" PRIMARY KEY ("date")
);

-- CreateIndex
CREATE UNIQUE INDEX "Agency_code_key" ON "Agency"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Agency_slug_key" ON "Agency"("slug");

-- CreateIndex
CREATE INDEX "Agency_parentId_idx" ON "Agency"("parentId");

-- CreateIndex
CREATE INDEX "Agency_level_kind_idx" ON "Agency"("level", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "ProcedureField_slug_key" ON "ProcedureField"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Procedure_code_key" ON "Procedure"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Procedure_slug_key" ON "Procedure"("slug");

-- CreateIndex
CREATE INDEX "Procedure_fieldId_idx" ON "Procedure"("fieldId");

-- CreateIndex
CREATE INDEX "Procedure_managingAgencyId_idx" ON "Procedure"("managingAgencyId");

-- CreateIndex
CREATE INDEX "Procedure_level_idx" ON "Procedure"("level");

-- CreateIndex
CREATE INDEX "Procedure_featuredRank_idx" ON "Procedure"("featuredRank");

-- CreateIndex
CREATE INDEX "Procedure_searchText_trgm_idx" ON "Procedure" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ProcedureVersion_procedureId_status_effectiveFrom_idx" ON "ProcedureVersion"("procedureId", "status", "effectiveFrom" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "ProcedureVersion_procedureId_version_key" ON "ProcedureVersion"("procedureId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "FeeLine_versionId_sortOrder_key" ON "FeeLine"("versionId", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "RequiredDocument_versionId_sortOrder_key" ON "RequiredDocument"("versionId", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "RequiredDocument_versionId_key_key" ON "RequiredDocument"("versionId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "ProcessingStep_versionId_sortOrder_key" ON "ProcessingStep"("versionId", "sortOrder");

-- AddForeignKey
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Procedure" ADD CONSTRAINT "Procedure_fieldId_fkey" FOREIGN KEY ("fieldId") REFERENCES "ProcedureField"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Procedure" ADD CONSTRAINT "Procedure_managingAgencyId_fkey" FOREIGN KEY ("managingAgencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Procedure" ADD CONSTRAINT "Procedure_handlingAgencyId_fkey" FOREIGN KEY ("handlingAgencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcedureVersion" ADD CONSTRAINT "ProcedureVersion_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeeLine" ADD CONSTRAINT "FeeLine_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ProcedureVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequiredDocument" ADD CONSTRAINT "RequiredDocument_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ProcedureVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcessingStep" ADD CONSTRAINT "ProcessingStep_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ProcedureVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;
