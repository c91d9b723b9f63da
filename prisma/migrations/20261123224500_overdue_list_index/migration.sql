-- The leaders' overdue list: running dossiers past their appointment, longest overdue first.
-- A partial index in that order lets a page read 20 entries instead of sorting every
-- overdue dossier of the city. It cannot be written in schema.prisma, so it lives here only.

-- CreateIndex
CREATE INDEX "Dossier_overdue_list_idx" ON "Dossier"("appointmentAt", "code")
  INCLUDE ("agencyId", "procedureVersionId")
  WHERE "status" IN (2, 4);
