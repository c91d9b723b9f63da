import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadSigningKeys, rotateSigningKeys } from "@/stand-ins/vneid/keys";
import { clearFailures, createRateLimiter, isLocked, recordFailure } from "@/stand-ins/vneid/lockout";

describe("signing keys", () => {
  it("are created once, then rotated with the new key first and old ones kept", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "keys-"));
    const first = await loadSigningKeys(dir);
    expect((await loadSigningKeys(dir)).keys[0]?.kid).toBe(first.keys[0]?.kid);
    const kid = await rotateSigningKeys(dir);
    const rotated = await loadSigningKeys(dir);
    expect(rotated.keys.map((k) => k.kid)).toEqual([kid, first.keys[0]?.kid]);
    await rotateSigningKeys(dir);
    await rotateSigningKeys(dir);
    expect((await loadSigningKeys(dir)).keys).toHaveLength(3);
  });
});

describe("lockout and rate limits", () => {
  it("locks an account after five failures for fifteen minutes", () => {
    const login = `lock-${Date.now()}`;
    const t0 = 1_000_000;
    for (let i = 0; i < 4; i++) expect(recordFailure(login, t0)).toBe(false);
    expect(recordFailure(login, t0)).toBe(true);
    expect(isLocked(login, t0 + 14 * 60_000)).toBe(true);
    expect(isLocked(login, t0 + 16 * 60_000)).toBe(false);
    clearFailures(login);
    expect(isLocked(login, t0)).toBe(false);
  });

  it("limits requests per key within a window and says when to retry", () => {
    const limit = createRateLimiter(2, 60_000);
    expect(limit("ip", 0).allowed).toBe(true);
    expect(limit("ip", 1).allowed).toBe(true);
    expect(limit("ip", 2)).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(limit("other", 2).allowed).toBe(true);
    expect(limit("ip", 60_000).allowed).toBe(true);
  });
});
