-- CreateIndex
CREATE INDEX "ResultDocument_replacedByCode_idx" ON "ResultDocument"("replacedByCode");
