// The start command's restart policy (security finding 10 of issue 19: one crash of the web
// process used to stop everything): how long it waits before starting a dead process again.
import { describe, expect, it } from "vitest";
import { nextRestart, RESTART_POLICY } from "@/scripts/runtime/supervise";

/** The pauses after `deaths` runs in a row that each lasted `uptimeMs`. */
function pauses(deaths: number, uptimeMs: number): number[] {
  const delays: number[] = [];
  let quickDeaths = 0;
  for (let i = 0; i < deaths; i++) {
    const next = nextRestart(quickDeaths, uptimeMs);
    delays.push(next.delayMs);
    quickDeaths = next.quickDeaths;
  }
  return delays;
}

describe("the restart policy", () => {
  it(
    "waits 1 s after a first death, then doubles while the process keeps dying soon after starting, " + "up to 30 s",
    () => {
      expect(pauses(9, 2_000)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000, 30_000]);
    },
  );

  it("starts over at 1 s once a run lasted a minute", () => {
    const afterFiveQuick = nextRestart(5, 2_000);
    expect(afterFiveQuick.delayMs).toBe(30_000);
    const afterHealthyRun = nextRestart(afterFiveQuick.quickDeaths, RESTART_POLICY.healthyAfterMs);
    expect(afterHealthyRun).toEqual({ delayMs: 1_000, quickDeaths: 1 });
    expect(nextRestart(afterHealthyRun.quickDeaths, 5_000).delayMs).toBe(2_000);
  });

  it("a run just short of a minute still counts as quick", () => {
    expect(nextRestart(3, RESTART_POLICY.healthyAfterMs - 1).delayMs).toBe(8_000);
  });

  it("stays at the cap however long the process keeps failing", () => {
    expect(nextRestart(10_000, 0).delayMs).toBe(30_000);
  });

  it("follows the policy it is given", () => {
    const policy = { firstDelayMs: 100, maxDelayMs: 250, healthyAfterMs: 1_000 };
    expect([0, 1, 2].map((n) => nextRestart(n, 10, policy).delayMs)).toEqual([100, 200, 250]);
    expect(nextRestart(2, 1_000, policy).delayMs).toBe(100);
  });
});
