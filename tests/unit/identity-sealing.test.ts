import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { idNumberHash, openIdentity, openText, sealIdentity, sealText } from "@/lib/security/identity-sealing";

const key = (fill: number) => Buffer.alloc(32, fill).toString("base64url");
const saved = { keys: process.env.IDENTITY_KEYS, lookup: process.env.IDENTITY_LOOKUP_KEY };

beforeEach(() => {
  process.env.IDENTITY_KEYS = `k1:${key(1)}`;
  process.env.IDENTITY_LOOKUP_KEY = key(2);
});

afterEach(() => {
  process.env.IDENTITY_KEYS = saved.keys;
  process.env.IDENTITY_LOOKUP_KEY = saved.lookup;
});

const binh = {
  idNumber: "079192005678",
  birthDate: "1992-09-03",
  sex: "female",
  address: "12 Lê Lợi, Phường Sài Gòn",
  phone: "0903987654",
  contactEmail: "binh.tran@example.vn",
};

describe("identity fields sealed at rest", () => {
  it("opens what it sealed, and the stored text gives none of it away", () => {
    const sealed = sealIdentity(binh);
    for (const value of Object.values(binh)) expect(sealed).not.toContain(value);
    expect(Buffer.from(sealed, "base64url").toString("latin1")).not.toContain("0791");
    expect(openIdentity(sealed)).toEqual(binh);
    // A fresh IV each time: equal identities do not give equal rows.
    expect(sealIdentity(binh)).not.toBe(sealed);
    expect(openIdentity(null)).toEqual({
      idNumber: null,
      birthDate: null,
      sex: null,
      address: null,
      phone: null,
      contactEmail: null,
    });
  });

  it("finds an ID number by a keyed hash: stable, distinct per number, and different under another key", () => {
    const hash = idNumberHash("079192005678");
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(idNumberHash(" 079192005678 ")).toBe(hash);
    expect(idNumberHash("079192005679")).not.toBe(hash);
    process.env.IDENTITY_LOOKUP_KEY = key(3);
    expect(idNumberHash("079192005678")).not.toBe(hash);
  });

  it("rotates: with a new key first in the ring, new values use it and old ones still open", () => {
    const before = sealText("079192005678");
    process.env.IDENTITY_KEYS = `k2:${key(4)},k1:${key(1)}`;
    const after = sealText("079192005678");
    expect(Buffer.from(after, "base64url").subarray(5, 7).toString()).toBe("k2");
    expect(openText(before)).toBe("079192005678");
    expect(openText(after)).toBe("079192005678");
    // Once the old key is removed, what it sealed no longer opens: it is never read as plain text.
    process.env.IDENTITY_KEYS = `k2:${key(4)}`;
    expect(() => openText(before)).toThrow('key "k1", which is not in IDENTITY_KEYS');
    expect(() => openText("079192005678")).toThrow("not a sealed value");
  });

  it("refuses to run without its keys or with a short lookup key", () => {
    delete process.env.IDENTITY_KEYS;
    expect(() => sealText("x")).toThrow("IDENTITY_KEYS and IDENTITY_LOOKUP_KEY must be set");
    process.env.IDENTITY_KEYS = `k1:${key(1)}`;
    process.env.IDENTITY_LOOKUP_KEY = Buffer.alloc(16, 1).toString("base64url");
    expect(() => idNumberHash("079192005678")).toThrow("at least 32 bytes");
  });
});
