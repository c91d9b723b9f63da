-- Issue 26, item 1: a document required only in some cases says which (the household head's
-- consent when registering at someone else's home, a power of attorney when someone else
-- files), instead of being stored as not required.
ALTER TABLE "RequiredDocument" ADD COLUMN "requiredWhenVi" TEXT;
ALTER TABLE "RequiredDocument" ADD COLUMN "requiredWhenEn" TEXT;
UPDATE "RequiredDocument" SET "requiredWhenVi" = 'Khi người khác nộp thay', "requiredWhenEn" = 'When someone else files' WHERE key = 'van-ban-uy-quyen' AND "requiredWhenVi" IS NULL;
UPDATE "RequiredDocument" SET "requiredWhenVi" = 'Khi đăng ký vào chỗ ở của người khác', "requiredWhenEn" = 'When registering at someone else''s home' WHERE key = 'dong-y-chu-ho' AND "requiredWhenVi" IS NULL;
