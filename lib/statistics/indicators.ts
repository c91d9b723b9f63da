// The service indicators of docs/domain.md §9 (Decision 766/QĐ-TTg). Two halves: the facts of
// each dossier are summed into totals (by the statistics job, into day buckets), and the
// indicators are worked out from totals, so a page summing a year of buckets and a test
// summing eight hand-built dossiers get their figures the same way. Pure.
import { WORKING_DAY_MINUTES } from "@/lib/clock/calendar";

/** What the indicators need to know of one dossier. */
export type DossierFacts = {
  channel: "ONLINE" | "IN_PERSON" | "POSTAL";
  submittedAt: Date;
  /** When the decision ended processing; null while it runs (or if it ended otherwise). */
  finishedAt: Date | null;
  /** The appointment, already moved for time spent waiting for the applicant. */
  appointmentAt: Date | null;
  /** Working minutes from the clock's start to the end, waiting excluded (null while running). */
  processingMinutes: number | null;
  supplementRequests: number;
  feeVnd: number;
  paidOnline: boolean;
  /** A complaint was filed about the dossier, or its rating was negative. */
  complaintOrNegativeRating: boolean;
  /** Inputs attached as files and an electronic result issued. */
  digitised: boolean;
  /** Answers taken from what the state already held, out of all answers. */
  reusedValues: number;
  totalValues: number;
  /** The applicant's identity came from the population database through VNeID. */
  identityVerified: boolean;
};

export type Period = { from: Date; to: Date };

/** Counts that add up across dossiers, days, procedures and agencies. */
export type Totals = {
  submitted: number;
  submittedOnline: number;
  withFee: number;
  paidOnline: number;
  identityVerified: number;
  reusedValues: number;
  totalValues: number;
  /** Decided in the period, and of those: */
  finished: number;
  onTime: number;
  timed: number;
  processingMinutes: number;
  complaintOrNegative: number;
  digitised: number;
};

export const NO_TOTALS: Totals = {
  submitted: 0,
  submittedOnline: 0,
  withFee: 0,
  paidOnline: 0,
  identityVerified: 0,
  reusedValues: 0,
  totalValues: 0,
  finished: 0,
  onTime: 0,
  timed: 0,
  processingMinutes: 0,
  complaintOrNegative: 0,
  digitised: 0,
};

export type Indicators = {
  submitted: number;
  decided: number;
  onTime: number;
  late: number;
  /** Shares as fractions 0–1, null when there is nothing to divide by. */
  onTimeRate: number | null;
  onlineShare: number | null;
  onlinePaymentShare: number | null;
  averageProcessingDays: number | null;
  satisfaction: number | null;
  digitisedShare: number | null;
  reuseShare: number | null;
  identityVerifiedShare: number | null;
};

const within = (at: Date | null, period: Period) => at !== null && at >= period.from && at < period.to;
const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/**
 * On time: finished at or before the appointment (waiting already excluded) and asked to
 * supplement at most once; a second request counts the dossier as late, whatever the date.
 */
export function finishedOnTime(d: Pick<DossierFacts, "finishedAt" | "appointmentAt" | "supplementRequests">): boolean {
  return (
    d.finishedAt !== null && d.appointmentAt !== null && d.finishedAt <= d.appointmentAt && d.supplementRequests <= 1
  );
}

/** One dossier's part of the totals: its submission if submitted in the period, its outcome if decided in it. */
export function totalsOf(dossiers: readonly DossierFacts[], period: Period): Totals {
  const totals = { ...NO_TOTALS };
  for (const d of dossiers) {
    if (within(d.submittedAt, period)) {
      totals.submitted += 1;
      if (d.channel === "ONLINE") totals.submittedOnline += 1;
      // Only dossiers that had something to pay count towards the online payment share.
      if (d.feeVnd > 0) totals.withFee += 1;
      if (d.feeVnd > 0 && d.paidOnline) totals.paidOnline += 1;
      if (d.identityVerified) totals.identityVerified += 1;
      totals.reusedValues += d.reusedValues;
      totals.totalValues += d.totalValues;
    }
    if (within(d.finishedAt, period)) {
      totals.finished += 1;
      if (finishedOnTime(d)) totals.onTime += 1;
      if (d.processingMinutes !== null) {
        totals.timed += 1;
        totals.processingMinutes += d.processingMinutes;
      }
      if (d.complaintOrNegativeRating) totals.complaintOrNegative += 1;
      if (d.digitised) totals.digitised += 1;
    }
  }
  return totals;
}

export function addTotals(a: Totals, b: Totals): Totals {
  const sum = { ...a };
  for (const key of Object.keys(sum) as (keyof Totals)[]) sum[key] += b[key];
  return sum;
}

export function indicatorsOf(t: Totals): Indicators {
  const overdueRate = ratio(t.finished - t.onTime, t.finished);
  const complaintRate = ratio(t.complaintOrNegative, t.finished);
  return {
    submitted: t.submitted,
    decided: t.finished,
    onTime: t.onTime,
    late: t.finished - t.onTime,
    onTimeRate: ratio(t.onTime, t.finished),
    onlineShare: ratio(t.submittedOnline, t.submitted),
    onlinePaymentShare: ratio(t.paidOnline, t.withFee),
    averageProcessingDays: t.timed === 0 ? null : t.processingMinutes / t.timed / WORKING_DAY_MINUTES,
    // 100% − (overdue rate + rate of dossiers with complaints or negative ratings), never below 0.
    satisfaction: overdueRate === null || complaintRate === null ? null : Math.max(0, 1 - overdueRate - complaintRate),
    digitisedShare: ratio(t.digitised, t.finished),
    reuseShare: ratio(t.reusedValues, t.totalValues),
    identityVerifiedShare: ratio(t.identityVerified, t.submitted),
  };
}

export function computeIndicators(dossiers: readonly DossierFacts[], period: Period): Indicators {
  return indicatorsOf(totalsOf(dossiers, period));
}
