import { describe, expect, it } from "vitest";
import { parseKeyRing, seal, unseal } from "@/lib/security/key-ring";

const key = (fill: number) => Buffer.alloc(32, fill).toString("base64url");
const scan = Buffer.from("%PDF-1.7 bản chụp căn cước 079192005678");

describe("documents sealed at rest", () => {
  it("opens what it sealed, and the sealed bytes do not contain the content", () => {
    const ring = parseKeyRing(`k1:${key(1)}`);
    const sealed = seal(ring, scan);
    expect(sealed.includes(Buffer.from("079192005678"))).toBe(false);
    expect(unseal(ring, sealed)).toEqual(scan);
    // A fresh IV each time: the same file never seals to the same bytes.
    expect(seal(ring, scan).equals(sealed)).toBe(false);
  });

  it("rotates: a new key seals, the old one still opens what it sealed, a removed one is named", () => {
    const before = seal(parseKeyRing(`k1:${key(1)}`), scan);
    const rotated = parseKeyRing(`k2:${key(2)},k1:${key(1)}`);
    expect(unseal(rotated, before)).toEqual(scan);
    const after = seal(rotated, scan);
    expect(after.subarray(4, 7).toString("latin1")).toBe("\u0002k2");
    expect(() => unseal(parseKeyRing(`k2:${key(2)}`), before)).toThrow('key "k1"');
  });

  it("refuses a changed file instead of serving it, and reads files stored before encryption as they are", () => {
    const ring = parseKeyRing(`k1:${key(1)}`);
    const sealed = seal(ring, scan);
    sealed[sealed.length - 1] = sealed.at(-1)! ^ 1;
    expect(() => unseal(ring, sealed)).toThrow();
    expect(unseal(ring, scan)).toEqual(scan);
  });

  it("refuses key rings that are not 32-byte keys with distinct ids", () => {
    expect(() => parseKeyRing("k1:short")).toThrow("32 bytes");
    expect(() => parseKeyRing(`k1:${key(1)},k1:${key(2)}`)).toThrow("must differ");
    expect(() => parseKeyRing("")).toThrow("at least one key");
  });
});
