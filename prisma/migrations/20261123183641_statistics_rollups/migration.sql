-- CreateTable
CREATE TABLE "StatisticsMark" (
    "dossierId" UUID NOT NULL,
    "markedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatisticsMark_pkey" PRIMARY KEY ("dossierId")
);

-- CreateTable
CREATE TABLE "DossierFact" (
    "dossierId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "procedureId" UUID NOT NULL,
    "submittedDay" DATE NOT NULL,
    "finishedDay" DATE,
    "online" BOOLEAN NOT NULL,
    "finished" BOOLEAN NOT NULL,
    "onTime" BOOLEAN NOT NULL,
    "processingMinutes" INTEGER,
    "hasFee" BOOLEAN NOT NULL,
    "paidOnline" BOOLEAN NOT NULL,
    "complaintOrNegative" BOOLEAN NOT NULL,
    "digitised" BOOLEAN NOT NULL,
    "reusedValues" INTEGER NOT NULL,
    "totalValues" INTEGER NOT NULL,
    "identityVerified" BOOLEAN NOT NULL,
    "refreshedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DossierFact_pkey" PRIMARY KEY ("dossierId")
);

-- CreateTable
CREATE TABLE "StatisticsDay" (
    "day" DATE NOT NULL,
    "agencyId" UUID NOT NULL,
    "procedureId" UUID NOT NULL,
    "submitted" INTEGER NOT NULL,
    "submittedOnline" INTEGER NOT NULL,
    "withFee" INTEGER NOT NULL,
    "paidOnline" INTEGER NOT NULL,
    "identityVerified" INTEGER NOT NULL,
    "reusedValues" INTEGER NOT NULL,
    "totalValues" INTEGER NOT NULL,
    "finished" INTEGER NOT NULL,
    "onTime" INTEGER NOT NULL,
    "timed" INTEGER NOT NULL,
    "processingMinutes" BIGINT NOT NULL,
    "complaintOrNegative" INTEGER NOT NULL,
    "digitised" INTEGER NOT NULL,

    CONSTRAINT "StatisticsDay_pkey" PRIMARY KEY ("agencyId","day","procedureId")
);

-- CreateIndex
CREATE INDEX "StatisticsMark_markedAt_idx" ON "StatisticsMark"("markedAt");

-- CreateIndex
CREATE INDEX "DossierFact_agencyId_procedureId_submittedDay_idx" ON "DossierFact"("agencyId", "procedureId", "submittedDay");

-- CreateIndex
CREATE INDEX "DossierFact_agencyId_procedureId_finishedDay_idx" ON "DossierFact"("agencyId", "procedureId", "finishedDay");

-- CreateIndex
CREATE INDEX "DossierFact_refreshedAt_idx" ON "DossierFact"("refreshedAt");

-- CreateIndex
CREATE INDEX "StatisticsDay_day_idx" ON "StatisticsDay"("day");

-- CreateIndex
CREATE INDEX "Feedback_agencyId_dueAt_idx" ON "Feedback"("agencyId", "dueAt");

-- Dossiers filed before the statistics existed are counted by the first refresh.
INSERT INTO "StatisticsMark" ("dossierId") SELECT "id" FROM "Dossier";
