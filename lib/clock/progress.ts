// Where a dossier stands against its legal clock, for the applicant's "visual clock":
// working time used and left, whether the clock is paused (waiting for the applicant),
// and by how much it is overdue. Pure, over a WorkingCalendar.
import { toLocal, WORKING_DAY_MINUTES, type WorkingCalendar } from "./calendar";
import { elapsedWorkingMinutes, pausedWorkingMinutes, type Pause } from "./deadline";

export type ClockProgress = {
  /** Working minutes the dossier may take (the limit, with waiting already excluded). */
  allowedMinutes: number;
  usedMinutes: number;
  leftMinutes: number;
  overdueMinutes: number;
  paused: boolean;
  /** Share of the allowed time used, 0–1 (capped). */
  share: number;
};

/**
 * `start` is when the clock started, `appointmentAt` the result's due time (already moved
 * for every pause that ended), `end` when the result was issued, or now.
 */
export function clockProgress(
  start: Date,
  appointmentAt: Date,
  pauses: Pause[],
  end: Date,
  calendar: WorkingCalendar,
): ClockProgress {
  // Pauses that ended moved the appointment; the one still running has not yet.
  const ended = pauses.filter((p) => p.to !== null && p.to <= end);
  const allowedMinutes = Math.max(
    1,
    calendar.workingMinutesBetween(toLocal(start), toLocal(appointmentAt)) -
      pausedWorkingMinutes(ended, calendar, appointmentAt),
  );
  const lived = pauses
    .filter((p) => p.from < end)
    .map((p) => ({ from: p.from, to: p.to === null || p.to > end ? end : p.to }));
  const usedMinutes = elapsedWorkingMinutes(start, end, lived, calendar);
  const paused = pauses.some((p) => p.from <= end && (p.to === null || p.to > end));
  const overdueMinutes = paused ? 0 : Math.max(0, usedMinutes - allowedMinutes);
  return {
    allowedMinutes,
    usedMinutes,
    leftMinutes: Math.max(0, allowedMinutes - usedMinutes),
    overdueMinutes,
    paused,
    share: Math.min(1, usedMinutes / allowedMinutes),
  };
}

/** Working minutes in working days, to the half day (at least a half day when any time is left). */
export function inWorkingDays(minutes: number): number {
  if (minutes <= 0) return 0;
  return Math.max(0.5, Math.round((minutes / WORKING_DAY_MINUTES) * 2) / 2);
}
