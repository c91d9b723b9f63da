-- The processing queue reads only these two partial, covering indexes: every dossier that
-- can be in a queue (received, processing, paused for a supplement or payment, decided),
-- by agency and by the officer holding it, with every column the queue filters, counts
-- and sorts on. Counts and a page cost an index-only scan of the queue, not of the table.
-- Partial indexes with INCLUDE cannot be written in schema.prisma, so they live here only.

-- CreateIndex
CREATE INDEX "Dossier_queue_by_agency_idx" ON "Dossier"("agencyId", "appointmentAt")
  INCLUDE ("status", "stepKey", "receivedAt", "submittedAt", "assigneeUserId", "applicantUserId", "procedureVersionId", "code", "id")
  WHERE "status" IN (2, 4, 5, 6, 9);

-- CreateIndex
CREATE INDEX "Dossier_queue_by_holder_idx" ON "Dossier"("assigneeUserId", "appointmentAt")
  INCLUDE ("status", "stepKey", "receivedAt", "submittedAt", "agencyId", "applicantUserId", "procedureVersionId", "code", "id")
  WHERE "status" IN (2, 4, 5, 6, 9);
