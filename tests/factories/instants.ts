// The instants at which the working-day clock breaks if it is wrong (docs/domain.md §5):
// before office hours, either side of the 15:00 rule, a weekend, the last working day
// before Tết 2027 and the turn of a year. A test whose outcome depends on the time sets
// the portal's clock (lib/time.ts) to one of them; `npm run test:time-travel` starts the
// whole process tree at each of them.
import { afterEach, beforeEach } from "vitest";
import { resetClock, setClock } from "@/lib/time";

export const INSTANTS = {
  /** Monday 7 December 2026, 00:30 in Vietnam: before office hours. */
  mondayBeforeOffice: "2026-12-07T00:30:00+07:00",
  /** Friday 11 December 2026, a minute before the 15:00 rule. */
  fridayAt1459: "2026-12-11T14:59:00+07:00",
  /** The same Friday, a minute after it. */
  fridayAt1501: "2026-12-11T15:01:00+07:00",
  /** Saturday 12 December 2026, noon: no office open. */
  saturdayNoon: "2026-12-12T12:00:00+07:00",
  /** Thursday 4 February 2027, 16:30: the last working day before Tết 2027 (5–11 February). */
  eveOfTet2027: "2027-02-04T16:30:00+07:00",
  /** 31 December 2026, 23:59: a minute before the New Year holiday and the turn of the year. */
  newYearsEve: "2026-12-31T23:59:00+07:00",
} as const;

export type InstantName = keyof typeof INSTANTS;

export function instant(name: InstantName): Date {
  return new Date(INSTANTS[name]);
}

/**
 * Sets the portal's clock at the named instant before each test of the calling `describe`
 * (or file), and back to the system clock after it. Standing still unless `running`.
 */
export function useInstant(name: InstantName, options: { running?: boolean } = {}): void {
  beforeEach(() => setClock(instant(name), options));
  afterEach(() => resetClock());
}
