// The service indicators of DOMAIN.md §9 (Decision 766/QĐ-TTg), computed from the facts
// of each dossier. Pure: the statistics pages, the open-data API and the leaders'
// dashboard feed it (from rollups kept as events happen), and tests check it against
// values worked out by hand.
import { WORKING_DAY_MINUTES } from "@/lib/clock/calendar";

/** What the indicators need to know of one dossier. */
export type DossierFacts = {
  channel: "ONLINE" | "IN_PERSON" | "POSTAL";
  submittedAt: Date;
  /** When the decision (or stop) ended processing; null while it runs. */
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
};

export type Period = { from: Date; to: Date };

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
};

const within = (at: Date | null, period: Period) => at !== null && at >= period.from && at < period.to;
const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/**
 * On time: finished at or before the appointment (waiting already excluded) and asked to
 * supplement at most once; a second request counts the dossier as late, whatever the date.
 */
export function finishedOnTime(d: DossierFacts): boolean {
  return d.finishedAt !== null && d.appointmentAt !== null && d.finishedAt <= d.appointmentAt && d.supplementRequests <= 1;
}

export function computeIndicators(dossiers: readonly DossierFacts[], period: Period): Indicators {
  const submitted = dossiers.filter((d) => within(d.submittedAt, period));
  const decided = dossiers.filter((d) => within(d.finishedAt, period));
  const onTime = decided.filter(finishedOnTime).length;
  const withFee = submitted.filter((d) => d.feeVnd > 0);
  const timed = decided.filter((d) => d.processingMinutes !== null);
  const overdueRate = ratio(decided.length - onTime, decided.length);
  const complaintRate = ratio(decided.filter((d) => d.complaintOrNegativeRating).length, decided.length);
  return {
    submitted: submitted.length,
    decided: decided.length,
    onTime,
    late: decided.length - onTime,
    onTimeRate: ratio(onTime, decided.length),
    onlineShare: ratio(submitted.filter((d) => d.channel === "ONLINE").length, submitted.length),
    // Only dossiers that had something to pay count.
    onlinePaymentShare: ratio(withFee.filter((d) => d.paidOnline).length, withFee.length),
    averageProcessingDays: timed.length === 0 ? null : timed.reduce((sum, d) => sum + d.processingMinutes!, 0) / timed.length / WORKING_DAY_MINUTES,
    // 100% − (overdue rate + rate of dossiers with complaints or negative ratings), never below 0.
    satisfaction: overdueRate === null || complaintRate === null ? null : Math.max(0, 1 - overdueRate - complaintRate),
  };
}
