-- Issue 26, item 2, for databases that already hold the catalogue: residence is decided by
-- the ward police (the previous migration), so each ward, commune and special zone gets its
-- police, as a fresh database gets them from the seed. Each row takes the id the seed gives
-- it (prisma/seed/stable-id.ts: sha256 of "mot-cua-so:agency:<code>" shaped as a UUID), so
-- seeding afterwards finds it present. Nothing is inserted where the city police or the
-- wards are missing (a fresh database, seeded after the migrations).
INSERT INTO "Agency" ("id", "code", "slug", "nameVi", "nameEn", "shortVi", "level", "kind", "parentId", "isActive", "createdAt", "updatedAt")
SELECT
  (substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-8' || substr(h, 14, 3) || '-' || lpad(to_hex(((('x' || substr(h, 17, 2))::bit(8)::int) & 63) | 128), 2, '0') || substr(h, 19, 2) || '-' || substr(h, 21, 12))::uuid,
  w.code, w.slug, w."nameVi", w."nameEn", w."shortVi", 'WARD', 'POLICE', police."id", true, now(), now()
FROM (
  SELECT split_part(a."code", '.', 1) || '.17.H29' AS code,
         'ca-' || substr(a."slug", 6) AS slug,
         'Công an ' || a."shortVi" AS "nameVi",
         replace(a."nameEn", ' People''s Committee', ' Police') AS "nameEn",
         'Công an ' || a."shortVi" AS "shortVi"
  FROM "Agency" a
  WHERE a."level" = 'WARD' AND a."kind" = 'PEOPLES_COMMITTEE' AND a."slug" LIKE 'ubnd-%' AND a."shortVi" IS NOT NULL AND a."code" LIKE '%.98.H29'
) w
CROSS JOIN LATERAL (SELECT encode(sha256(convert_to('mot-cua-so:agency:' || w.code, 'UTF8')), 'hex') AS h) hashed
JOIN "Agency" police ON police."code" = '000.00.17.H29'
ON CONFLICT DO NOTHING;
