-- CreateTable
CREATE TABLE "FormFlash" (
    "id" UUID NOT NULL,
    "state" JSONB NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "FormFlash_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FormFlash_expiresAt_idx" ON "FormFlash"("expiresAt");
