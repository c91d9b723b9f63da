// The one clock (lib/time.ts): the system's time unless a test sets an instant.
import { afterEach, describe, expect, it } from "vitest";
import { advanceClock, currentTime, currentTimeMs, resetClock, setClock } from "@/lib/time";
import { instant } from "@/tests/factories/instants";

afterEach(() => resetClock());

describe("the clock", () => {
  it("follows the system clock until an instant is set", () => {
    const before = Date.now();
    const read = currentTimeMs();
    expect(read).toBeGreaterThanOrEqual(before);
    expect(read).toBeLessThanOrEqual(Date.now());
  });

  it("stands still at a set instant, moves when advanced, and returns to the system clock when reset", async () => {
    setClock(instant("fridayAt1459"));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(currentTime()).toEqual(new Date("2026-12-11T14:59:00+07:00"));
    advanceClock(2 * 60_000);
    expect(currentTime()).toEqual(instant("fridayAt1501"));
    resetClock();
    expect(Math.abs(currentTimeMs() - Date.now())).toBeLessThan(1000);
  });

  it("runs on from a set instant when asked to", async () => {
    setClock(instant("newYearsEve"), { running: true });
    await new Promise((resolve) => setTimeout(resolve, 30));
    const elapsed = currentTimeMs() - instant("newYearsEve").getTime();
    expect(elapsed).toBeGreaterThanOrEqual(25);
    expect(elapsed).toBeLessThan(5_000);
  });

  it("refuses an invalid instant and an advance without one", () => {
    expect(() => setClock(new Date("not a date"))).toThrow(RangeError);
    expect(() => advanceClock(1)).toThrow();
  });
});
