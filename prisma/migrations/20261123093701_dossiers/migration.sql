-- CreateEnum
CREATE TYPE "DossierChannel" AS ENUM ('IN_PERSON', 'ONLINE', 'POSTAL');

-- CreateTable
CREATE TABLE "DossierDraft" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "actingForOrganisationId" UUID,
    "procedureVersionId" UUID NOT NULL,
    "values" JSONB NOT NULL,
    "provenance" JSONB NOT NULL,
    "idempotencyKey" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DossierDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Dossier" (
    "id" UUID NOT NULL,
    "code" VARCHAR(60) NOT NULL,
    "procedureVersionId" UUID NOT NULL,
    "applicantUserId" UUID NOT NULL,
    "actingForOrganisationId" UUID,
    "agencyId" UUID NOT NULL,
    "status" INTEGER NOT NULL,
    "channel" "DossierChannel" NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL,
    "values" JSONB NOT NULL,
    "provenance" JSONB NOT NULL,
    "reusedValueCount" INTEGER NOT NULL,
    "totalValueCount" INTEGER NOT NULL,
    "idempotencyKey" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Dossier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DossierEvent" (
    "id" BIGSERIAL NOT NULL,
    "dossierId" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "type" TEXT NOT NULL,
    "actorUserId" UUID,
    "fromStatus" INTEGER,
    "toStatus" INTEGER,
    "details" JSONB,

    CONSTRAINT "DossierEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DossierCodeCounter" (
    "agencyId" UUID NOT NULL,
    "day" VARCHAR(6) NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "DossierCodeCounter_pkey" PRIMARY KEY ("agencyId","day")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "dossierId" UUID,
    "kind" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "titleVi" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "bodyVi" TEXT NOT NULL,
    "bodyEn" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMPTZ(3),
    "sentAt" TIMESTAMPTZ(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DossierDraft_idempotencyKey_key" ON "DossierDraft"("idempotencyKey");

-- CreateIndex
CREATE INDEX "DossierDraft_userId_updatedAt_idx" ON "DossierDraft"("userId", "updatedAt" DESC);

-- CreateIndex
CREATE INDEX "DossierDraft_updatedAt_idx" ON "DossierDraft"("updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Dossier_code_key" ON "Dossier"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Dossier_idempotencyKey_key" ON "Dossier"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Dossier_applicantUserId_submittedAt_idx" ON "Dossier"("applicantUserId", "submittedAt" DESC);

-- CreateIndex
CREATE INDEX "Dossier_actingForOrganisationId_submittedAt_idx" ON "Dossier"("actingForOrganisationId", "submittedAt" DESC);

-- CreateIndex
CREATE INDEX "Dossier_agencyId_status_submittedAt_idx" ON "Dossier"("agencyId", "status", "submittedAt");

-- CreateIndex
CREATE INDEX "DossierEvent_dossierId_at_idx" ON "DossierEvent"("dossierId", "at");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Notification_channel_sentAt_idx" ON "Notification"("channel", "sentAt");

-- AddForeignKey
ALTER TABLE "DossierEvent" ADD CONSTRAINT "DossierEvent_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE CASCADE ON UPDATE CASCADE;
