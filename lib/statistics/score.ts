// The index of Decision 766/QĐ-TTg: 100 points in five groups (docs/domain.md §9). Each
// indicator earns its points in proportion to how close it comes to its target, and full
// points at or above it. An indicator with nothing to measure yet (no dossier decided, no
// complaint due) is left out, and its group's points are shared among the others, so a
// new agency is neither rewarded nor punished for what has not happened.
import type { Indicators } from "./indicators";

export type CatalogueFigures = {
  /** Procedures in force, of which published with their full information, and offered fully online. */
  procedures: number;
  complete: number;
  fullyOnline: number;
};

export type FeedbackFigures = {
  /** Complaints whose deadline fell in the period, and of those answered by it. */
  due: number;
  answeredInTime: number;
};

export type GroupKey = "publicity" | "progress" | "digitisation" | "online" | "satisfaction";

export type IndicatorScore = {
  key: string;
  value: number | null;
  target: number;
  weight: number;
  points: number | null;
};
export type GroupScore = { key: GroupKey; weight: number; points: number | null; indicators: IndicatorScore[] };
/** Out of 100 over the groups that could be measured; null when none could. */
export type ServiceIndex = { total: number | null; groups: GroupScore[] };

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** Weights and targets. Targets are those of docs/domain.md §9; where it names none (published information, on time,
 * VNeID use, online payment), full points need 100%. */
const GROUPS: { key: GroupKey; weight: number; indicators: { key: string; weight: number; target: number }[] }[] = [
  {
    key: "publicity",
    weight: 18,
    indicators: [
      { key: "publishedComplete", weight: 8, target: 1 },
      { key: "feedbackAnsweredInTime", weight: 10, target: 1 },
    ],
  },
  { key: "progress", weight: 20, indicators: [{ key: "onTimeRate", weight: 20, target: 1 }] },
  {
    key: "digitisation",
    weight: 22,
    indicators: [
      { key: "digitisedShare", weight: 8, target: 0.8 },
      { key: "reuseShare", weight: 7, target: 0.8 },
      { key: "identityVerifiedShare", weight: 7, target: 1 },
    ],
  },
  {
    key: "online",
    weight: 22,
    indicators: [
      { key: "onlineProcedures", weight: 8, target: 0.8 },
      { key: "onlineShare", weight: 8, target: 0.5 },
      { key: "onlinePaymentShare", weight: 6, target: 1 },
    ],
  },
  { key: "satisfaction", weight: 18, indicators: [{ key: "satisfaction", weight: 18, target: 0.9 }] },
];

export function serviceIndex(
  indicators: Indicators,
  catalogue: CatalogueFigures,
  feedback: FeedbackFigures,
): ServiceIndex {
  const values: Record<string, number | null> = {
    ...indicators,
    publishedComplete: share(catalogue.complete, catalogue.procedures),
    onlineProcedures: share(catalogue.fullyOnline, catalogue.procedures),
    feedbackAnsweredInTime: share(feedback.answeredInTime, feedback.due),
  };
  const groups = GROUPS.map((group): GroupScore => {
    const scored = group.indicators.map((i): IndicatorScore => {
      const value = values[i.key] ?? null;
      return { ...i, value, points: value === null ? null : i.weight * Math.min(1, value / i.target) };
    });
    const measured = scored.filter((i) => i.points !== null);
    const measuredWeight = measured.reduce((sum, i) => sum + i.weight, 0);
    const earned = measured.reduce((sum, i) => sum + i.points!, 0);
    const points = measuredWeight === 0 ? null : (earned / measuredWeight) * group.weight;
    return { key: group.key, weight: group.weight, points, indicators: scored };
  });
  const measured = groups.filter((g) => g.points !== null);
  const weight = measured.reduce((sum, g) => sum + g.weight, 0);
  return { total: weight === 0 ? null : (measured.reduce((sum, g) => sum + g.points!, 0) / weight) * 100, groups };
}
