// The legal clock of a dossier (docs/domain.md §5): it starts at valid reception (or, for a
// dossier received outside office hours, at the next opening), runs in the unit the
// procedure states, and stops while the dossier waits for the applicant (supplements,
// payment). Pure functions over a WorkingCalendar, so they are tested against fixtures.
import {
  fromLocal,
  OFFICE_CLOSES,
  toLocal,
  WORKING_DAY_MINUTES,
  type LocalTime,
  type WorkingCalendar,
} from "./calendar";
import { currentTime } from "@/lib/time";

export type TimeLimit = {
  value: number;
  unit: "WORKING_DAYS" | "CALENDAR_DAYS" | "SAME_DAY";
  /** For same-day procedures: received after this local time (HH:mm), due the next working day. */
  sameDayCutoff: string | null;
  /** Received outside office hours: the clock starts at the next opening. */
  outOfHoursNextWorkingDay: boolean;
};

/** A time the dossier waited for the applicant; `to` is null while it still waits. */
export type Pause = { from: Date; to: Date | null };

const DAY_MS = 24 * 3600_000;

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number);
  return h! * 60 + m!;
}

/** When the clock starts for a dossier received at `receivedAt`. */
export function clockStart(
  receivedAt: Date,
  limit: Pick<TimeLimit, "outOfHoursNextWorkingDay">,
  calendar: WorkingCalendar,
): Date {
  const local = toLocal(receivedAt);
  if (!limit.outOfHoursNextWorkingDay || calendar.isOfficeOpen(local)) return receivedAt;
  return fromLocal(calendar.nextOpening(local));
}

/** Working minutes of the pauses, counted up to `now` for a pause still running. */
export function pausedWorkingMinutes(pauses: Pause[], calendar: WorkingCalendar, now: Date = currentTime()): number {
  return pauses.reduce((sum, p) => sum + calendar.workingMinutesBetween(toLocal(p.from), toLocal(p.to ?? now)), 0);
}

function pausedMs(pauses: Pause[], now: Date): number {
  return pauses.reduce((sum, p) => sum + Math.max(0, (p.to ?? now).getTime() - p.from.getTime()), 0);
}

/**
 * The appointment for the result: the time limit counted from the clock start in its
 * unit, pushed back by the time spent waiting for the applicant.
 */
export function appointment(
  receivedAt: Date,
  limit: TimeLimit,
  calendar: WorkingCalendar,
  pauses: Pause[] = [],
  now: Date = currentTime(),
): Date {
  const start = toLocal(clockStart(receivedAt, limit, calendar));
  const paused = pausedWorkingMinutes(pauses, calendar, now);
  if (limit.unit === "SAME_DAY") {
    // Within hours before the cut-off: due when the office closes that day; after it, the next working day.
    const received = toLocal(receivedAt);
    const late =
      limit.sameDayCutoff !== null && received.day === start.day && received.minute > minutesOf(limit.sameDayCutoff);
    const day = late ? calendar.workingDayFrom(start.day + 1) : calendar.workingDayFrom(start.day);
    const due: LocalTime = { day, minute: OFFICE_CLOSES };
    return paused > 0 ? fromLocal(calendar.addWorkingMinutes(due, paused)) : fromLocal(due);
  }
  // The appointment is the close of office hours (17:00) on the due day, however the day is
  // counted (docs/domain.md §5): a limit that runs out at 10:00 on a Thursday is kept until
  // 17:00 that Thursday, for working-day and calendar-day limits alike.
  if (limit.unit === "WORKING_DAYS")
    return fromLocal({
      day: calendar.addWorkingMinutes(start, limit.value * WORKING_DAY_MINUTES + paused).day,
      minute: OFFICE_CLOSES,
    });
  // Calendar days: paused time is added as it was lived; a due day that is a day off moves to
  // the next working day (Civil Code 2015, Art. 148).
  const due = toLocal(new Date(fromLocal(start).getTime() + limit.value * DAY_MS + pausedMs(pauses, now)));
  return fromLocal({ day: calendar.workingDayFrom(due.day), minute: OFFICE_CLOSES });
}

/** Working time elapsed on a dossier: end − start − paused time (docs/domain.md §5). */
export function elapsedWorkingMinutes(start: Date, end: Date, pauses: Pause[], calendar: WorkingCalendar): number {
  return Math.max(
    0,
    calendar.workingMinutesBetween(toLocal(start), toLocal(end)) - pausedWorkingMinutes(pauses, calendar, end),
  );
}

export type StepTiming = "EARLY" | "ON_TIME" | "LATE";

/**
 * How a processing step finished against its allotted working hours (for the control
 * slip): late after its due moment, early when done on a working day before the due day.
 */
export function stepTiming(
  handedAt: Date,
  finishedAt: Date,
  allottedHours: number,
  calendar: WorkingCalendar,
  pauses: Pause[] = [],
): StepTiming {
  const start = calendar.nextOpening(toLocal(handedAt));
  const due = calendar.addWorkingMinutes(
    start,
    allottedHours * 60 + pausedWorkingMinutes(pauses, calendar, finishedAt),
  );
  const finished = toLocal(finishedAt);
  if (finished.day > due.day || (finished.day === due.day && finished.minute > due.minute)) return "LATE";
  return finished.day < due.day ? "EARLY" : "ON_TIME";
}

/** Whether a deadline falls within the next working day (for "due within 1 working day" and alerts). */
export function dueWithinOneWorkingDay(deadline: Date, now: Date, calendar: WorkingCalendar): boolean {
  const current = toLocal(now);
  const limit = calendar.addWorkingMinutes(calendar.nextOpening(current), WORKING_DAY_MINUTES);
  const due = toLocal(deadline);
  return due.day < limit.day || (due.day === limit.day && due.minute <= limit.minute);
}
