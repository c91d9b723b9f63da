-- CreateIndex
CREATE INDEX "Dossier_status_appointmentAt_idx" ON "Dossier"("status", "appointmentAt");

-- CreateIndex
CREATE INDEX "User_fullName_trgm_idx" ON "User" USING GIN ("fullName" gin_trgm_ops);
