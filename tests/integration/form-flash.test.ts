// A refused form's flash (lib/web/flash.ts) when the form is long: what was typed does not
// fit in a cookie, so it is kept in the database for the page the form returns to, and the
// cookie only names it. Found when the version-rules form (about 100 fields) came back empty.
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";

const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
  }),
}));

const { readFlash, setFlash } = await import("@/lib/web/flash");

describe("a refused form's flash", () => {
  it("keeps a long form's values whole, in the database, behind a small cookie", async () => {
    const values = Object.fromEntries(
      Array.from({ length: 120 }, (_, i) => [`fees.${i}.labelVi`, `Lệ phí cấp bản sao thứ ${i} – đồng`]),
    );
    const state = { fieldErrors: { timeLimitValue: { vi: "Hãy nhập một số.", en: "Enter a number." } }, values };
    const nonce = await setFlash(state);
    const cookie = jar.get("form-flash")!;
    expect(Buffer.byteLength(cookie)).toBeLessThan(200);
    expect(cookie).not.toContain("Lệ phí");
    expect(await readFlash(nonce)).toEqual(state);
    // Another nonce, a cookie naming no row or a row that is not an id, reads as nothing.
    expect(await readFlash("deadbeef")).toEqual({});
    jar.set("form-flash", JSON.stringify({ nonce, stored: "00000000-0000-4000-8000-000000000000" }));
    expect(await readFlash(nonce)).toEqual({});
    jar.set("form-flash", JSON.stringify({ nonce, stored: "' OR 1=1 --" }));
    expect(await readFlash(nonce)).toEqual({});
  });

  it("keeps a short form's flash in the cookie alone", async () => {
    const before = await db().formFlash.count();
    const state = { values: { answer: "mine" } };
    const nonce = await setFlash(state);
    expect(await readFlash(nonce)).toEqual(state);
    expect(await db().formFlash.count()).toBe(before);
  });
});
