// A period is read as whole months from the month buckets (the days they cover) and its
// ragged ends from the day buckets.
import { describe, expect, it } from "vitest";
import { splitPeriod } from "@/lib/statistics/params";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (p: ReturnType<typeof splitPeriod>) => ({
  months: p.months && [p.months.from.toISOString().slice(0, 10), p.months.to.toISOString().slice(0, 10)],
  days: p.days.map((x) => [x.from.toISOString().slice(0, 10), x.to.toISOString().slice(0, 10)]),
});

describe("splitting a period into months and days", () => {
  it("takes the year so far as whole months and this month's days", () => {
    expect(iso(splitPeriod(d("2026-01-01"), d("2026-11-23")))).toEqual({
      months: ["2026-01-01", "2026-10-31"],
      days: [["2026-11-01", "2026-11-23"]],
    });
  });
  it("takes days at both ragged ends", () => {
    expect(iso(splitPeriod(d("2026-01-15"), d("2026-03-31")))).toEqual({
      months: ["2026-02-01", "2026-03-31"],
      days: [["2026-01-15", "2026-01-31"]],
    });
    expect(iso(splitPeriod(d("2025-12-30"), d("2026-02-02")))).toEqual({
      months: ["2026-01-01", "2026-01-31"],
      days: [
        ["2025-12-30", "2025-12-31"],
        ["2026-02-01", "2026-02-02"],
      ],
    });
  });
  it("uses days alone inside one month, and months alone for whole months", () => {
    expect(iso(splitPeriod(d("2026-02-03"), d("2026-02-20")))).toEqual({
      months: null,
      days: [["2026-02-03", "2026-02-20"]],
    });
    expect(iso(splitPeriod(d("2026-02-01"), d("2026-02-28")))).toEqual({
      months: ["2026-02-01", "2026-02-28"],
      days: [],
    });
  });
});
