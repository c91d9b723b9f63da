// Starting a sign-in is limited per client address in PostgreSQL: past the limit the
// sign-in route answers 429 with Retry-After before Auth.js (and VNeID) see the request.
import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { limitSignInStarts } from "@/lib/identity/sign-in-limit";

const started: string[] = [];
// Stands for Auth.js's handler: what matters here is whether the request reaches it.
const route = limitSignInStarts(async (request: Request) => {
  started.push(new URL(request.url).pathname);
  return new Response(null, { status: 302, headers: { Location: "http://vneid.example/authorize" } });
});

const post = (path: string, address?: string) =>
  route(new Request(`http://localhost:3000/api/auth${path}`, { method: "POST", headers: address ? { "x-forwarded-for": `${address}, 10.0.0.1` } : {} }));

describe("sign-in starts per address", () => {
  it("are refused past the limit with Retry-After, for that address only", async () => {
    const max = env().SIGN_INS_PER_10_MINUTES;
    const address = `203.0.113.${randomInt(1, 250)}`;
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
});
