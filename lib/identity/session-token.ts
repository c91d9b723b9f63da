// Session tokens are kept as their SHA-256 (issue 19, low: they were stored verbatim, so a
// copy of the Session table was a set of live cookies). The cookie holds the token; the
// database holds only its hash, and every lookup hashes the cookie first. Tokens are 32
// random bytes, so a plain hash cannot be reversed by trying.
import { createHash } from "node:crypto";
import type { Adapter } from "next-auth/adapters";

export function sessionTokenHash(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** An Auth.js adapter that stores and finds sessions by the token's hash, and hands the token itself back to Auth.js.
 * */
export function hashedSessionAdapter(base: Adapter): Adapter {
  return {
    ...base,
    async createSession(session) {
      const created = await base.createSession!({ ...session, sessionToken: sessionTokenHash(session.sessionToken) });
      return { ...created, sessionToken: session.sessionToken };
    },
    async getSessionAndUser(sessionToken) {
      const found = await base.getSessionAndUser!(sessionTokenHash(sessionToken));
      return found && { ...found, session: { ...found.session, sessionToken } };
    },
    async updateSession(session) {
      const updated = await base.updateSession!({ ...session, sessionToken: sessionTokenHash(session.sessionToken) });
      return updated && { ...updated, sessionToken: session.sessionToken };
    },
    async deleteSession(sessionToken) {
      await base.deleteSession!(sessionTokenHash(sessionToken));
    },
  };
}
