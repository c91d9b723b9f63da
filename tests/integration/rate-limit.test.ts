// The limiter every rate limit shares (lib/security/rate-limit.ts): a sliding window counted
// in PostgreSQL in one statement, so a burst at the edge of two windows, attempts sent at
// once and demand above the limit all get the limit, no more and no less.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hitLimit, limitReached, releaseHit, type Limit } from "@/lib/security/rate-limit";

const LIMIT: Limit = { name: "test-sliding", max: 5, windowSeconds: 600 };
const WINDOW_MS = LIMIT.windowSeconds * 1000;
// A window edge of the limit: multiples of the window since the epoch.
const EDGE = Math.ceil(Date.parse("2026-12-07T00:00:00Z") / WINDOW_MS) * WINDOW_MS;
const at = (offsetMs: number) => new Date(EDGE + offsetMs);
const subject = () => `203.0.113.7-${randomUUID()}`;

async function attempts(n: number, who: string, when: Date) {
  const results = [];
  for (let i = 0; i < n; i++) results.push(await hitLimit(LIMIT, who, when));
  return results.filter((r) => r.allowed).length;
}

describe("the shared rate limiter", () => {
  it("low finding: a burst across a window edge gets the limit once, not twice", async () => {
    const who = subject();
    // The limit's worth a second before the edge, then as many again a second after it.
    const before = await attempts(LIMIT.max, who, at(-1000));
    const after = await attempts(LIMIT.max, who, at(1000));
    expect(before).toBe(LIMIT.max);
    expect(before + after).toBeLessThanOrEqual(LIMIT.max);
  });

  it("gives the limit back as the previous window slides out, and says when", async () => {
    const who = subject();
    expect(await attempts(LIMIT.max, who, at(-1000))).toBe(LIMIT.max);
    const refused = await hitLimit(LIMIT, who, at(1000));
    expect(refused.allowed).toBe(false);
    // Five attempts in the previous window weigh 5 × (1 − elapsed share): one more fits once
    // that weight is at most 4, a fifth of the window (120 s) past the edge.
    expect(refused.retryAfterSeconds).toBe(119);
    expect((await hitLimit(LIMIT, who, at(118_000))).allowed).toBe(false);
    expect((await hitLimit(LIMIT, who, at(120_000))).allowed).toBe(true);
    // Half-way through the window, half of the previous window still counts.
    expect(await attempts(LIMIT.max, who, at(WINDOW_MS / 2))).toBe(1);
    // And a whole window later nothing of it is left.
    expect(await attempts(LIMIT.max, who, at(2 * WINDOW_MS + 1000))).toBe(LIMIT.max);
  });

  it("does not count refused attempts, so demand above the limit still gets the limit", async () => {
    const who = subject();
    expect(await attempts(LIMIT.max + 20, who, at(-WINDOW_MS + 1000))).toBe(LIMIT.max);
    // Had the twenty refusals counted, the previous window would weigh 12.5 here and refuse all.
    expect(await attempts(LIMIT.max, who, at(WINDOW_MS / 2))).toBe(2);
  });

  it("decides attempts sent at once one after the other", async () => {
    const who = subject();
    const results = await Promise.all(Array.from({ length: 40 }, () => hitLimit(LIMIT, who, at(5000))));
    expect(results.filter((r) => r.allowed)).toHaveLength(LIMIT.max);
    expect(await limitReached(LIMIT, who, at(5000))).toMatchObject({ allowed: false });
  });

  it("gives back an attempt released at the same instant", async () => {
    const who = subject();
    expect(await attempts(LIMIT.max, who, at(5000))).toBe(LIMIT.max);
    await releaseHit(LIMIT, who, at(5000));
    expect(await limitReached(LIMIT, who, at(5000))).toMatchObject({ allowed: true });
    expect(await attempts(2, who, at(5000))).toBe(1);
  });

  it("stores the subject only as a hash", async () => {
    const who = `198.51.100.23-${randomUUID()}`;
    await hitLimit(LIMIT, who, at(5000));
    expect(await db().rateLimitBucket.count({ where: { key: { contains: who } } })).toBe(0);
    expect(
      await db().rateLimitBucket.count({ where: { key: { startsWith: `${LIMIT.name}:` }, windowStart: at(0) } }),
    ).toBeGreaterThan(0);
  });
});
