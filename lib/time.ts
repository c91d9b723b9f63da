// The portal's one clock (docs/domain.md §5). Every decision that depends on the time (a
// deadline, the 15:00 rule, working days, a rate-limit window, retention, the dashboard's
// period, a dossier code's date) reads it here, never from Date.now() or an argument-less
// new Date(). The server follows the system clock; a test or the benchmark sets an instant,
// so its verdict does not depend on when it runs. Columns that only record when a row was
// written may keep the database's time.

type Setting = { at: number; running: boolean; setAt: number };

let setting: Setting | null = null;

/** The current instant, in milliseconds since the epoch. */
export function currentTimeMs(): number {
  if (!setting) return Date.now();
  return setting.running ? setting.at + (Date.now() - setting.setAt) : setting.at;
}

/** The current instant. */
export function currentTime(): Date {
  return new Date(currentTimeMs());
}

/**
 * Tests and the benchmark: the clock reads `instant` from now on, standing still unless
 * `running` (then it moves on from there at the system clock's pace).
 */
export function setClock(instant: Date, options: { running?: boolean } = {}): void {
  if (Number.isNaN(instant.getTime())) throw new RangeError("setClock needs a valid instant");
  setting = { at: instant.getTime(), running: options.running ?? false, setAt: Date.now() };
}

/** Moves a clock set by setClock forward (a test's "two hours later"). */
export function advanceClock(ms: number): void {
  if (!setting) throw new Error("advanceClock needs a clock set by setClock");
  setting = { ...setting, at: setting.at + ms };
}

/** Back to the system clock. */
export function resetClock(): void {
  setting = null;
}
