-- CreateTable
CREATE TABLE "PendingDecision" (
    "dossierId" UUID NOT NULL,
    "leaderUserId" UUID NOT NULL,
    "seenVersion" INTEGER NOT NULL,
    "sealedDecision" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PendingDecision_pkey" PRIMARY KEY ("dossierId")
);

-- CreateIndex
CREATE INDEX "PendingDecision_expiresAt_idx" ON "PendingDecision"("expiresAt");
