// The instants at which the working-day clock breaks if it is wrong (docs/domain.md §5):
// before office hours, either side of the 15:00 rule, a weekend, the last working day
// before Tết 2027 and the turn of a year. A test whose outcome depends on the time sets
// the portal's clock (lib/time.ts) to one of them; `npm run test:time-travel` starts the
// whole process tree at each of them.
import { afterEach, beforeEach } from "vitest";
import { resetClock, setClock } from "@/lib/time";
import { INSTANTS } from "./instant-list";

export { INSTANTS };

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
