// Working time in Vietnam: Monday to Friday, minus public holidays and compensatory days
// off, plus the Saturdays the government swaps in as working days, all read from the
// administrator-maintained calendar (never computed from the lunar calendar). One-stop
// offices work 7:30–11:30 and 13:00–17:00, eight hours a day. Times are in Vietnam time
// (UTC+7, no daylight saving), handled as minutes so the arithmetic is exact.

export type CalendarEntry = { date: string; kind: "HOLIDAY" | "COMPENSATORY_DAY_OFF" | "WORKING_SATURDAY" };

/** Office sessions, in minutes after local midnight. */
export const OFFICE_SESSIONS: ReadonlyArray<readonly [number, number]> = [
  [7 * 60 + 30, 11 * 60 + 30],
  [13 * 60, 17 * 60],
];
export const WORKING_DAY_MINUTES = OFFICE_SESSIONS.reduce((sum, [from, to]) => sum + to - from, 0);
export const OFFICE_CLOSES = OFFICE_SESSIONS[OFFICE_SESSIONS.length - 1]![1];

const OFFSET_MS = 7 * 3600_000;
const DAY_MS = 24 * 3600_000;

/** A local day number (days since 1970-01-01 in Vietnam) and minutes into it. */
export type LocalTime = { day: number; minute: number };

export function toLocal(at: Date): LocalTime {
  const local = at.getTime() + OFFSET_MS;
  const day = Math.floor(local / DAY_MS);
  return { day, minute: Math.floor((local - day * DAY_MS) / 60_000) };
}

export function fromLocal(time: LocalTime): Date {
  return new Date(time.day * DAY_MS + time.minute * 60_000 - OFFSET_MS);
}

export function dayOf(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export class WorkingCalendar {
  private readonly offDays = new Set<number>();
  private readonly workingSaturdays = new Set<number>();

  constructor(entries: CalendarEntry[]) {
    for (const entry of entries) {
      if (entry.kind === "WORKING_SATURDAY") this.workingSaturdays.add(dayOf(entry.date));
      else this.offDays.add(dayOf(entry.date));
    }
  }

  isWorkingDay(day: number): boolean {
    if (this.offDays.has(day)) return false;
    const weekday = new Date(day * DAY_MS).getUTCDay();
    if (weekday === 0) return false;
    if (weekday === 6) return this.workingSaturdays.has(day);
    return true;
  }

  /** The first working day on or after `day`. */
  workingDayFrom(day: number): number {
    let d = day;
    while (!this.isWorkingDay(d)) d += 1;
    return d;
  }

  /** Whether the office is open at this moment (a working day, inside a session). */
  isOfficeOpen(time: LocalTime): boolean {
    return this.isWorkingDay(time.day) && OFFICE_SESSIONS.some(([from, to]) => time.minute >= from && time.minute < to);
  }

  /** The next moment the office is open, or `time` itself when it is open. */
  nextOpening(time: LocalTime): LocalTime {
    if (this.isWorkingDay(time.day)) {
      for (const [from, to] of OFFICE_SESSIONS) {
        if (time.minute < from) return { day: time.day, minute: from };
        if (time.minute < to) return time;
      }
    }
    return { day: this.workingDayFrom(time.day + 1), minute: OFFICE_SESSIONS[0]![0] };
  }

  /** Working minutes between two moments (0 when `to` is not after `from`). */
  workingMinutesBetween(from: LocalTime, to: LocalTime): number {
    let total = 0;
    for (let day = from.day; day <= to.day; day++) {
      if (!this.isWorkingDay(day)) continue;
      for (const [start, end] of OFFICE_SESSIONS) {
        const a = day === from.day ? Math.max(start, from.minute) : start;
        const b = day === to.day ? Math.min(end, to.minute) : end;
        if (b > a) total += b - a;
      }
    }
    return total;
  }

  /**
   * The moment `minutes` of working time after `from`. A result that lands exactly on the
   * end of a session stays there (17:00), rather than moving to the next opening.
   */
  addWorkingMinutes(from: LocalTime, minutes: number): LocalTime {
    let remaining = minutes;
    let day = from.day;
    let minute = from.minute;
    for (;;) {
      if (this.isWorkingDay(day)) {
        for (const [start, end] of OFFICE_SESSIONS) {
          const a = Math.max(start, minute);
          if (a >= end) continue;
          if (remaining <= end - a) return { day, minute: a + remaining };
          remaining -= end - a;
        }
      }
      day += 1;
      minute = 0;
    }
  }
}
