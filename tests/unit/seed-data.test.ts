// The demo catalogue and calendar are data other modules rely on: check their shape.
import { describe, expect, it } from "vitest";
import { AGENCIES } from "@/prisma/seed/agencies";
import { CALENDAR } from "@/prisma/seed/calendar";
import { FIELDS } from "@/prisma/seed/fields";
import { PROCEDURES } from "@/prisma/seed/procedures";
import { COMPETENT_AGENCY, isChosenByApplicant } from "@/lib/procedures/competent";

const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

describe("seeded procedures", () => {
  it("cover at least 25 procedures across every field", () => {
    expect(PROCEDURES.length).toBeGreaterThanOrEqual(25);
    expect(new Set(PROCEDURES.map((p) => p.field))).toEqual(new Set(FIELDS.map((f) => f.slug)));
  });

  it("have unique national-format codes and unique slugs", () => {
    const codes = PROCEDURES.map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(PROCEDURES.map((p) => p.slug)).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[12]\.\d{6}\.000\.00\.00\.H29$/);
  });

  it("name existing agencies and give every step a positive allotment", () => {
    const slugs = new Set(AGENCIES.map((a) => a.slug));
    for (const p of PROCEDURES) {
      expect(slugs.has(p.managing)).toBe(true);
      if (p.handling) expect(slugs.has(p.handling)).toBe(true);
      expect(p.level === "CITY" ? p.handling : "ward").toBeTruthy();
      for (const step of p.version.steps) expect(step.hours).toBeGreaterThan(0);
      expect(p.version.documents.length).toBeGreaterThan(0);
      expect(p.version.fees.length).toBeGreaterThan(0);
    }
  });

  it("name the kind of agency that decides, matching the level and the handling agency (issue 26, item 2)", () => {
    const bySlug = new Map(AGENCIES.map((a) => [a.slug, a]));
    for (const p of PROCEDURES) {
      const wanted = COMPETENT_AGENCY[p.version.competent];
      expect([p.slug, p.level]).toEqual([p.slug, wanted.level]);
      if (isChosenByApplicant(p.version.competent)) expect([p.slug, p.handling]).toEqual([p.slug, undefined]);
      else expect([p.slug, bySlug.get(p.handling!)?.kind]).toEqual([p.slug, wanted.kind]);
    }
    const kindOf = (slug: string) => PROCEDURES.find((p) => p.slug === slug)?.version.competent;
    expect(
      ["dang-ky-thuong-tru", "dang-ky-tam-tru", "xoa-dang-ky-thuong-tru", "khai-bao-tam-vang"].map(kindOf),
    ).toEqual(Array(4).fill("WARD_POLICE"));
    expect(kindOf("cap-phieu-ly-lich-tu-phap")).toBe("CITY_POLICE");
    expect(kindOf("dang-ky-khai-sinh")).toBe("WARD_PEOPLES_COMMITTEE");
  });

  it("state same-day limits with their cut-off and other limits in whole days", () => {
    for (const { version } of PROCEDURES) {
      if (version.limit[1] === "SAME_DAY") expect(version.sameDayCutoff).toMatch(/^\d\d:\d\d$/);
      else expect(version.limit[0]).toBeGreaterThan(0);
    }
  });

  it("include the sample procedures of the domain reference", () => {
    const bySlug = new Map(PROCEDURES.map((p) => [p.slug, p]));
    expect(bySlug.get("dang-ky-khai-sinh")?.version.sameDayCutoff).toBe("15:00");
    expect(bySlug.get("dang-ky-thuong-tru")?.version.fees.map((f) => [f.channel, f.amount])).toEqual([
      ["COUNTER", 20000],
      ["ONLINE", 10000],
    ]);
    expect(bySlug.get("cap-phieu-ly-lich-tu-phap")?.version.limit).toEqual([10, "WORKING_DAYS"]);
    expect(bySlug.get("cap-giay-phep-xay-dung-nha-o-rieng-le")?.version.limit).toEqual([15, "CALENDAR_DAYS"]);
  });
});

describe("seeded agencies", () => {
  it("form a tree under the city People's Committee, each ward agency under a city agency, with unique codes", () => {
    const codes = new Set(AGENCIES.map((a) => a.code));
    expect(codes.size).toBe(AGENCIES.length);
    const roots = AGENCIES.filter((a) => !a.parent);
    expect(roots).toHaveLength(1);
    const byCode = new Map(AGENCIES.map((a) => [a.code, a]));
    for (const a of AGENCIES.filter((x) => x.parent)) expect(byCode.get(a.parent!)?.level).toBe("CITY");
    for (const a of AGENCIES) expect(a.code.length).toBeLessThanOrEqual(35);
  });

  it("give every ward, commune and special zone its People's Committee and its police (issue 26, item 2)", () => {
    const committees = AGENCIES.filter((a) => a.level === "WARD" && a.kind === "PEOPLES_COMMITTEE");
    const police = AGENCIES.filter((a) => a.level === "WARD" && a.kind === "POLICE");
    expect(committees).toHaveLength(24);
    expect(police.map((a) => a.shortVi)).toEqual(committees.map((a) => `Công an ${a.shortVi}`));
    expect(police.find((a) => a.slug === "ca-phuong-sai-gon")?.nameVi).toBe("Công an Phường Sài Gòn");
  });
});

describe("seeded calendar", () => {
  it("covers 2025 to 2027 with unique dates", () => {
    const years = new Set(CALENDAR.map((d) => d.date.slice(0, 4)));
    expect(years).toEqual(new Set(["2025", "2026", "2027"]));
    expect(new Set(CALENDAR.map((d) => d.date)).size).toBe(CALENDAR.length);
  });

  it("marks working Saturdays on Saturdays and days off on weekdays", () => {
    for (const day of CALENDAR) {
      if (day.kind === "WORKING_SATURDAY") expect(weekday(day.date)).toBe(6);
      if (day.kind === "COMPENSATORY_DAY_OFF") expect([1, 2, 3, 4, 5]).toContain(weekday(day.date));
    }
  });

  it("has Tết 2026 on the announced days and every fixed holiday", () => {
    const dates = new Set(CALENDAR.map((d) => d.date));
    for (const d of ["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"])
      expect(dates.has(d)).toBe(true);
    for (const y of [2025, 2026, 2027]) {
      for (const md of ["01-01", "04-30", "05-01", "09-02"]) expect(dates.has(`${y}-${md}`)).toBe(true);
    }
  });
});
