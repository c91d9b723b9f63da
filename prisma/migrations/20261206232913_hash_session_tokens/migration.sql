-- Issue 19, low: session tokens were stored verbatim. The portal now stores their SHA-256
-- (lib/identity/session-token.ts) and finds a session by hashing the cookie, so the tokens
-- stored before are hashed in place and nobody is signed out by the change.
UPDATE "Session" SET "sessionToken" = encode(sha256(convert_to("sessionToken", 'UTF8')), 'hex');
