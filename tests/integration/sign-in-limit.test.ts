// Starting a sign-in is limited per client address in PostgreSQL: past the limit the
// sign-in route answers 429 with Retry-After before Auth.js (and VNeID) see the request.
// The address is the one the trusted proxy in front reports, never one the client wrote.
import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { recordFailedSignIn } from "@/lib/identity/sign-in";
import { limitSignInStarts } from "@/lib/identity/sign-in-limit";
import { useInstant } from "@/tests/factories/instants";

// One reverse proxy in front, which appends the address it saw to X-Forwarded-For.
process.env.TRUSTED_PROXIES = "1";

const started: string[] = [];
// Stands for Auth.js's handler: what matters here is whether the request reaches it.
const route = limitSignInStarts(async (request: Request) => {
  started.push(new URL(request.url).pathname);
  return new Response(null, { status: 302, headers: { Location: "http://vneid.example/authorize" } });
});

/** A request as the proxy passes it on: what the client wrote, then the address the proxy saw. */
const post = (path: string, forwardedFor?: string) =>
  route(
    new Request(`http://localhost:3000/api/auth${path}`, {
      method: "POST",
      headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
    }),
  );

const freeAddress = () => `203.0.113.${randomInt(1, 250)}`;

describe("sign-in starts per address", () => {
  // The count's window must not turn while a test runs.
  useInstant("mondayBeforeOffice");

  it("are refused past the limit with Retry-After, for that address only", async () => {
    const max = env().SIGN_INS_PER_10_MINUTES;
    const address = freeAddress();
    started.length = 0;
    for (let i = 0; i < max; i++) expect((await post("/signin/vneid", address)).status).toBe(302);
    const refused = await post("/signin/vneid", address);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(600);
    expect(await refused.text()).toContain("quá nhiều lần đăng nhập");
    expect(started).toHaveLength(max);
    // Another address, and the rest of Auth.js's routes, go on as before.
    expect((await post("/signin/vneid", `198.51.100.${randomInt(1, 250)}`)).status).toBe(302);
    expect((await post("/signout", address)).status).toBe(302);
    expect(started).toHaveLength(max + 2);
  });

  it("finding 5: a client cannot escape the limit by writing its own X-Forwarded-For", async () => {
    const max = env().SIGN_INS_PER_10_MINUTES;
    const address = freeAddress();
    // Every request claims another address on the left; the proxy's entry on the right is the same.
    for (let i = 0; i < max; i++)
      expect((await post("/signin/vneid", `10.${i >> 8}.${i & 255}.1, ${address}`)).status).toBe(302);
    expect((await post("/signin/vneid", `192.0.2.${randomInt(1, 250)}, ${address}`)).status).toBe(429);
    // Nor by writing something that is no address at all: such requests share one count.
    const unreadable = async () => (await post("/signin/vneid", "not-an-address")).status;
    const answers = [];
    for (let i = 0; i <= max; i++) answers.push(await unreadable());
    expect(answers.at(-1)).toBe(429);
  });

  it("finding 5: the sign-in page records a known error code, never the text it was given", async () => {
    const failures = () =>
      db().auditEvent.findMany({ where: { action: "auth.sign_in_failed" }, select: { details: true } });
    const before = (await failures()).length;
    for (const text of ["<b>Tài khoản 079192005678 bị khóa</b>", "AccessDenied; DROP TABLE", "x".repeat(500)])
      await recordFailedSignIn(text);
    expect(await failures()).toHaveLength(before);
    await recordFailedSignIn("AccessDenied");
    const after = await failures();
    expect(after).toHaveLength(before + 1);
    expect(after.map((f) => f.details)).toContainEqual({ reason: "AccessDenied" });
  });
});
