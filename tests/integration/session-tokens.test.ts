// Issue 19, low: session tokens were stored verbatim, so a copy of the Session table was a
// set of live cookies. The adapter now stores and finds them by their SHA-256.
import { randomBytes } from "node:crypto";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hashedSessionAdapter, sessionTokenHash } from "@/lib/identity/session-token";
import { createPersonActor } from "@/tests/factories/actors";

describe("low: session tokens at rest", () => {
  it(
    "low (session tokens): a session is stored under the token's hash, found and ended by the token, and not by " +
      "the stored value",
    async () => {
      const person = await createPersonActor();
      const adapter = hashedSessionAdapter(PrismaAdapter(db()));
      const token = randomBytes(32).toString("hex");
      const created = await adapter.createSession!({
        sessionToken: token,
        userId: person.userId,
        expires: new Date(Date.now() + 3600_000),
      });
      expect(created.sessionToken).toBe(token);
      expect(await db().session.count({ where: { sessionToken: token } })).toBe(0);
      expect(await db().session.count({ where: { sessionToken: sessionTokenHash(token) } })).toBe(1);

      expect((await adapter.getSessionAndUser!(token))?.user.id).toBe(person.userId);
      // What a copy of the table holds does not open a session.
      expect(await adapter.getSessionAndUser!(sessionTokenHash(token))).toBeNull();
      const later = new Date(Date.now() + 7200_000);
      expect(await adapter.updateSession!({ sessionToken: token, expires: later })).toMatchObject({
        sessionToken: token,
        expires: later,
      });
      await adapter.deleteSession!(token);
      expect(await db().session.count({ where: { sessionToken: sessionTokenHash(token) } })).toBe(0);
    },
  );
});
