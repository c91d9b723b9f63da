-- Issue 25, item 8: names people pick from (wards, agencies, procedures, staff, organisations)
-- sort the Vietnamese way (Bến Thành before Bình Thạnh, Cầu Ông Lãnh before Chợ Lớn, Tân Định
-- before Thủ Dầu Một), in the database, so that a paginated list is in order across pages too.
-- ICU's Vietnamese collation ships with PostgreSQL and agrees with Intl.Collator("vi").
ALTER TABLE "Agency" ALTER COLUMN "nameVi" TYPE TEXT COLLATE "vi-x-icu";
ALTER TABLE "Procedure" ALTER COLUMN "nameVi" TYPE TEXT COLLATE "vi-x-icu";
ALTER TABLE "User" ALTER COLUMN "fullName" TYPE TEXT COLLATE "vi-x-icu";
ALTER TABLE "Organisation" ALTER COLUMN "name" TYPE TEXT COLLATE "vi-x-icu";
