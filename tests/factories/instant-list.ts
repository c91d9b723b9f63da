// The named instants of tests/factories/instants.ts, without Vitest, so that the
// time-travel runner (a plain Node script) can read them too.
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
