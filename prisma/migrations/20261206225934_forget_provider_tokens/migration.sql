-- Issue 19 finding 3: the provider's ID token held the person's ID number, birth date,
-- phone, e-mail and address in clear. The portal no longer keeps provider tokens, and
-- forgets those stored before.
UPDATE "Account" SET "id_token" = NULL, "access_token" = NULL, "refresh_token" = NULL, "session_state" = NULL;
