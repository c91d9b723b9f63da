-- A draft's saves are counted, so that two saves at once cannot write over each other
-- (lib/dossiers/mutations.ts, saveDraftPage). Existing drafts start at 0.
ALTER TABLE "DossierDraft" ADD COLUMN "revision" INTEGER NOT NULL DEFAULT 0;
