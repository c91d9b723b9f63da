import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatTimeLimit, formatVnd } from "@/lib/i18n/format";
import { localePath, stripLocale, type Locale } from "@/lib/i18n/locales";
import { catalogue } from "@/lib/i18n/messages";

const { vi, en } = catalogue;

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value)
    .flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
    .sort();
}

describe("locale paths", () => {
  it("keeps Vietnamese unprefixed and English under /en", () => {
    expect(localePath("vi", "/thu-tuc")).toBe("/thu-tuc");
    expect(localePath("en", "/thu-tuc")).toBe("/en/thu-tuc");
    expect(localePath("en", "/")).toBe("/en");
  });

  it("low (issue 19, the bound locale of server actions): never builds a path to another site", () => {
    for (const hostile of ["/evil.example", "//evil.example", "\\evil.example", "https://evil.example", ""]) {
      const path = localePath(hostile as Locale, "/ho-so-nhap/x/kiem-tra");
      expect(path, hostile).toBe("/ho-so-nhap/x/kiem-tra");
      expect(new URL(path, "https://motcuaso.example").host).toBe("motcuaso.example");
    }
    expect(new URL(localePath("en", "//evil.example/x"), "https://motcuaso.example").host).toBe("motcuaso.example");
    expect(localePath("vi", "thu-tuc")).toBe("/thu-tuc");
  });

  it("strips a locale prefix only when it is a whole segment", () => {
    expect(stripLocale("/en/thu-tuc/x")).toBe("/thu-tuc/x");
    expect(stripLocale("/vi")).toBe("/");
    expect(stripLocale("/entry")).toBe("/entry");
  });
});

/** Every string of a catalogue by its dotted key. */
function strings(value: unknown, prefix = ""): Map<string, string> {
  if (typeof value === "string") return new Map([[prefix, value]]);
  if (typeof value !== "object" || value === null) return new Map();
  return new Map(Object.entries(value).flatMap(([k, v]) => [...strings(v, prefix ? `${prefix}.${k}` : k)]));
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("messages", () => {
  it("English has exactly the Vietnamese keys, none empty", () => {
    expect(keys(en)).toEqual(keys(vi));
    for (const dict of [vi, en]) {
      expect(JSON.stringify(dict)).not.toMatch(/:""/);
    }
  });

  it("an English text fills exactly the placeholders of its Vietnamese", () => {
    const english = strings(en);
    const vietnamese = strings(vi);
    expect(vietnamese.size).toBeGreaterThan(500);
    for (const [key, text] of vietnamese) expect(placeholders(english.get(key) ?? ""), key).toEqual(placeholders(text));
  });

  it("leaves no sentence untranslated (the same words on both sides)", () => {
    const english = strings(en);
    const unchanged = [...strings(vi)].filter(([key, text]) => text.length > 12 && english.get(key) === text);
    expect(unchanged.map(([key]) => key)).toEqual([]);
  });
});

describe("formatting", () => {
  it("formats amounts and dates the Vietnamese way", () => {
    expect(formatVnd(20000, "vi")).toBe("20.000 đ");
    expect(formatVnd(600000, "en")).toBe("600,000 đ");
    expect(formatDate("2025-07-01")).toBe("01/07/2025");
  });

  it("states the unit of every time limit, and the 15:00 rule", () => {
    expect(formatTimeLimit({ value: 7, unit: "WORKING_DAYS", sameDayCutoff: null, note: null }, "vi")).toBe(
      "7 ngày làm việc",
    );
    expect(formatTimeLimit({ value: 15, unit: "CALENDAR_DAYS", sameDayCutoff: null, note: null }, "en")).toBe(
      "15 days",
    );
    expect(formatTimeLimit({ value: 0, unit: "SAME_DAY", sameDayCutoff: "15:00", note: null }, "vi")).toContain(
      "sau 15:00",
    );
  });
});

describe("formatDateTime", () => {
  it("shows Vietnam time with a four-digit year, whatever the machine's zone", () => {
    expect(formatDateTime(new Date("2026-11-23T17:05:09Z"))).toBe("00:05 24/11/2026");
    expect(formatDateTime(new Date("2026-11-23T17:05:09Z"), "en", { seconds: true })).toBe("00:05:09 24/11/2026");
  });
});
