// The indicators and the Decision 766 score on a hand-built set of eight dossiers, each
// value worked out by hand below.
import { describe, expect, it } from "vitest";
import {
  addTotals,
  computeIndicators,
  finishedOnTime,
  indicatorsOf,
  totalsOf,
  type DossierFacts,
} from "@/lib/statistics/indicators";
import { serviceIndex } from "@/lib/statistics/score";

const at = (day: number, hour = 10) => new Date(Date.UTC(2026, 9, day, hour - 7)); // October 2026, Vietnam time
const base: DossierFacts = {
  channel: "ONLINE",
  submittedAt: at(1),
  finishedAt: null,
  appointmentAt: at(10, 17),
  processingMinutes: null,
  supplementRequests: 0,
  feeVnd: 0,
  paidOnline: false,
  complaintOrNegativeRating: false,
  digitised: false,
  reusedValues: 0,
  totalValues: 0,
  identityVerified: true,
};
const october = { from: at(1, 0), to: at(32, 0) };

const fixture: DossierFacts[] = [
  // A: online, on time, 2 working days; files attached and an e-result: digitised; 8 of 10 answers reused.
  { ...base, finishedAt: at(5), processingMinutes: 960, digitised: true, reusedValues: 8, totalValues: 10 },
  // B: at the counter (identity not checked through VNeID), finished on the appointment itself: on time, 4 days, fee
  // paid at the counter; digitised; nothing reused.
  {
    ...base,
    channel: "IN_PERSON",
    identityVerified: false,
    finishedAt: at(10, 17),
    processingMinutes: 1920,
    feeVnd: 20_000,
    digitised: true,
    totalValues: 10,
  },
  // C: online, after the appointment: late, 6 days, fee paid online; 5 of 10 answers reused.
  {
    ...base,
    finishedAt: at(12),
    processingMinutes: 2880,
    feeVnd: 10_000,
    paidOnline: true,
    reusedValues: 5,
    totalValues: 10,
  },
  // D: online, on time by the date but asked to supplement twice: late; 1 day.
  { ...base, finishedAt: at(6), processingMinutes: 480, supplementRequests: 2 },
  // E: online, one supplement request, waiting excluded (appointment moved to the 14th): on time; 3 days; a complaint.
  {
    ...base,
    appointmentAt: at(14, 17),
    finishedAt: at(13),
    processingMinutes: 1440,
    supplementRequests: 1,
    complaintOrNegativeRating: true,
  },
  // F: by post, still running; fee paid online.
  { ...base, channel: "POSTAL", feeVnd: 50_000, paidOnline: true },
  // G: online, submitted in September and finished in October: counted as decided, not as submitted; on time, 2 days.
  { ...base, submittedAt: new Date(Date.UTC(2026, 8, 28)), finishedAt: at(2), processingMinutes: 960 },
  // H: online, submitted in October, finished in November: submitted only; fee not yet paid.
  { ...base, finishedAt: new Date(Date.UTC(2026, 10, 3)), processingMinutes: 480, feeVnd: 8_000 },
];

describe("service indicators", () => {
  it("tells on time from late: the appointment, waiting excluded, and at most one supplement request", () => {
    expect(fixture.map(finishedOnTime)).toEqual([true, true, false, false, true, false, true, false]);
  });

  it("computes every indicator of the period as worked out by hand", () => {
    const result = computeIndicators(fixture, october);
    // Submitted in October: A B C D E F H (G was September) = 7; online among them: A C D E H = 5.
    expect(result.submitted).toBe(7);
    expect(result.onlineShare).toBeCloseTo(5 / 7);
    // Decided in October: A B C D E G = 6 (H finished in November, F runs); on time A B E G = 4.
    expect(result).toMatchObject({ decided: 6, onTime: 4, late: 2 });
    expect(result.onTimeRate).toBeCloseTo(4 / 6);
    // With a fee among the submitted: B C F H = 4; paid online: C F = 2.
    expect(result.onlinePaymentShare).toBeCloseTo(2 / 4);
    // Average of A B C D E G = (960 + 1920 + 2880 + 480 + 1440 + 960) / 6 = 1440 minutes = 3 working days.
    expect(result.averageProcessingDays).toBeCloseTo(3);
    // 100% − overdue rate (2/6) − complaint rate (E: 1/6) = 50%.
    expect(result.satisfaction).toBeCloseTo(0.5);
    // Digitised among the decided: A B = 2/6; answers reused among the submitted: (8 + 0 + 5) / 30; VNeID: all but B =
    // 6/7.
    expect(result.digitisedShare).toBeCloseTo(2 / 6);
    expect(result.reuseShare).toBeCloseTo(13 / 30);
    expect(result.identityVerifiedShare).toBeCloseTo(6 / 7);
  });

  it("sums to the same indicators whether counted in one go or bucket by bucket", () => {
    const firstHalf = totalsOf(fixture, { from: october.from, to: at(11, 0) });
    const secondHalf = totalsOf(fixture, { from: at(11, 0), to: october.to });
    expect(indicatorsOf(addTotals(firstHalf, secondHalf))).toEqual(computeIndicators(fixture, october));
  });

  it("scores the five groups of Decision 766 out of 100, as worked out by hand", () => {
    const index = serviceIndex(
      computeIndicators(fixture, october),
      { procedures: 10, complete: 10, fullyOnline: 6 },
      { due: 4, answeredInTime: 3 },
    );
    const points = Object.fromEntries(index.groups.map((g) => [g.key, g.points]));
    // Publicity: published 10/10 → 8 of 8; complaints answered in time 3/4 → 7.5 of 10.
    expect(points.publicity).toBeCloseTo(15.5);
    // Progress: on time 4/6 of 20.
    expect(points.progress).toBeCloseTo((20 * 4) / 6);
    // Digitisation: (2/6)/0.8 × 8 + (13/30)/0.8 × 7 + 6/7 × 7.
    expect(points.digitisation).toBeCloseTo((2 / 6 / 0.8) * 8 + (13 / 30 / 0.8) * 7 + 6);
    // Online: procedures 0.6/0.8 × 8 = 6; filed online 5/7 is above the 50% target: 8; paid online 1/2 × 6 = 3.
    expect(points.online).toBeCloseTo(17);
    // Satisfaction 50% of a 90% target: 10 of 18.
    expect(points.satisfaction).toBeCloseTo(10);
    expect(index.total).toBeCloseTo(15.5 + (20 * 4) / 6 + (2 / 6 / 0.8) * 8 + (13 / 30 / 0.8) * 7 + 6 + 17 + 10);
  });

  it("leaves out what has nothing to measure, instead of scoring it zero or full", () => {
    const noComplaints = serviceIndex(
      computeIndicators(fixture, october),
      { procedures: 10, complete: 5, fullyOnline: 6 },
      { due: 0, answeredInTime: 0 },
    );
    // Publicity rests on the published share alone: 5/10 of its 18 points.
    expect(noComplaints.groups.find((g) => g.key === "publicity")!.points).toBeCloseTo(9);
    const nothing = serviceIndex(
      computeIndicators([], october),
      { procedures: 0, complete: 0, fullyOnline: 0 },
      { due: 0, answeredInTime: 0 },
    );
    expect(nothing.total).toBeNull();
    expect(nothing.groups.every((g) => g.points === null)).toBe(true);
  });

  it("says nothing rather than zero when a period has nothing to count", () => {
    const empty = computeIndicators(fixture, {
      from: new Date(Date.UTC(2025, 0, 1)),
      to: new Date(Date.UTC(2025, 1, 1)),
    });
    expect(empty).toEqual({
      submitted: 0,
      decided: 0,
      onTime: 0,
      late: 0,
      onTimeRate: null,
      onlineShare: null,
      onlinePaymentShare: null,
      averageProcessingDays: null,
      satisfaction: null,
      digitisedShare: null,
      reuseShare: null,
      identityVerifiedShare: null,
    });
  });
});
