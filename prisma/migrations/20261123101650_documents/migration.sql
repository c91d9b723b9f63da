-- CreateTable
CREATE TABLE "StoredDocument" (
    "id" UUID NOT NULL,
    "ownerUserId" UUID NOT NULL,
    "originalName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "storageKey" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DossierDocument" (
    "dossierId" UUID NOT NULL,
    "documentId" UUID NOT NULL,
    "documentKey" TEXT NOT NULL,

    CONSTRAINT "DossierDocument_pkey" PRIMARY KEY ("dossierId","documentId")
);

-- CreateIndex
CREATE INDEX "StoredDocument_ownerUserId_createdAt_idx" ON "StoredDocument"("ownerUserId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "DossierDocument_documentId_idx" ON "DossierDocument"("documentId");

-- AddForeignKey
ALTER TABLE "DossierDocument" ADD CONSTRAINT "DossierDocument_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "StoredDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
