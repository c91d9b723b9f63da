-- Issue 26, item 2: the agency that decides a procedure is a structured kind, not free text
-- alone. Existing versions take the kind their procedure implies: the kind of its one
-- handling agency for a city-level procedure, the ward police for a ward-level procedure
-- the police manage (residence), and the ward People's Committee for the others.
CREATE TYPE "CompetentAgencyKind" AS ENUM ('WARD_PEOPLES_COMMITTEE', 'WARD_POLICE', 'CITY_PEOPLES_COMMITTEE', 'CITY_DEPARTMENT', 'CITY_POLICE');
ALTER TABLE "ProcedureVersion" ADD COLUMN "competentKind" "CompetentAgencyKind" NOT NULL DEFAULT 'WARD_PEOPLES_COMMITTEE';
UPDATE "ProcedureVersion" v SET "competentKind" = CASE a."kind"
    WHEN 'POLICE' THEN 'CITY_POLICE'::"CompetentAgencyKind"
    WHEN 'PEOPLES_COMMITTEE' THEN 'CITY_PEOPLES_COMMITTEE'::"CompetentAgencyKind"
    ELSE 'CITY_DEPARTMENT'::"CompetentAgencyKind" END
  FROM "Procedure" p JOIN "Agency" a ON a."id" = p."handlingAgencyId"
  WHERE v."procedureId" = p."id";
UPDATE "ProcedureVersion" v SET "competentKind" = 'WARD_POLICE'
  FROM "Procedure" p JOIN "Agency" m ON m."id" = p."managingAgencyId"
  WHERE v."procedureId" = p."id" AND p."handlingAgencyId" IS NULL AND p."level" = 'WARD' AND m."kind" = 'POLICE';
ALTER TABLE "ProcedureVersion" ALTER COLUMN "competentKind" DROP DEFAULT;
