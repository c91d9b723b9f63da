// The start command keeps the portal up by itself: a web server, job process or embedded
// database that dies (killed, out of memory, a crash) is started again, after a pause that
// doubles while it keeps dying soon after starting, so that one which cannot start does not
// spin the machine. Only a stop the start command asks for (Ctrl-C, SIGTERM) ends a service.
import type { ChildProcess } from "node:child_process";
import { performance } from "node:perf_hooks";
import { say } from "@/scripts/runtime/log";

export type RestartPolicy = { firstDelayMs: number; maxDelayMs: number; healthyAfterMs: number };

/** 1 s, 2 s, 4 s … at most 30 s; a run of a minute was healthy, so the next death starts at 1 s again. */
export const RESTART_POLICY: RestartPolicy = { firstDelayMs: 1_000, maxDelayMs: 30_000, healthyAfterMs: 60_000 };

/**
 * The pause before starting a service again that ran for `uptimeMs`, after `quickDeaths`
 * runs in a row that did not last; and that count, this run included.
 */
export function nextRestart(
  quickDeaths: number,
  uptimeMs: number,
  policy: RestartPolicy = RESTART_POLICY,
): { delayMs: number; quickDeaths: number } {
  const count = uptimeMs >= policy.healthyAfterMs ? 0 : quickDeaths;
  return { delayMs: Math.min(policy.firstDelayMs * 2 ** count, policy.maxDelayMs), quickDeaths: count + 1 };
}

/** One run of a service: its process id, how it ended (in words, for the log), and how to end it. */
export type Run = { pid?: number; ended: Promise<string>; stop: () => Promise<void> };

export type Supervised = { stop: () => Promise<void> };

const STOP = Symbol("stop");
type Stop = typeof STOP;

/**
 * Keeps `start`'s service running until `stop()`: when a run ends on its own it is started
 * again after the policy's pause. `first` is a run the caller started already (the database,
 * whose first start must succeed before anything else can).
 */
export function supervise(
  name: string,
  start: () => Promise<Run>,
  options: { first?: Run; policy?: RestartPolicy } = {},
): Supervised {
  let askStop: () => void = () => {};
  const stopped = new Promise<Stop>((resolve) => (askStop = () => resolve(STOP)));
  const done = keepRunning(name, start, stopped, options);
  return {
    stop: async () => {
      askStop();
      await done;
    },
  };
}

async function keepRunning(
  name: string,
  start: () => Promise<Run>,
  stopped: Promise<Stop>,
  options: { first?: Run; policy?: RestartPolicy },
): Promise<void> {
  let first = options.first;
  let quickDeaths = 0;
  for (;;) {
    const startedAt = performance.now();
    const given = first;
    first = undefined;
    const ended = await runOnce(name, given ? async () => given : start, stopped);
    if (ended === STOP) return;
    const next = nextRestart(quickDeaths, performance.now() - startedAt, options.policy);
    quickDeaths = next.quickDeaths;
    say(`${name} ${ended}; starting it again in ${next.delayMs / 1000} s`);
    // The pause is also what lets a Ctrl-C that reached the child before this process win: no restart follows it.
    if ((await pauseUnlessStopped(next.delayMs, stopped)) === STOP) return;
  }
}

/** Starts one run and waits for it to end; a stop asked for meanwhile ends the run and is reported as such. */
async function runOnce(name: string, start: () => Promise<Run>, stopped: Promise<Stop>): Promise<string | Stop> {
  let run: Run;
  try {
    run = await start();
  } catch (error) {
    return `could not start (${error instanceof Error ? error.message : String(error)})`;
  }
  say(`${name} running${run.pid ? ` (pid ${run.pid})` : ""}`);
  const ended = await Promise.race([run.ended, stopped]);
  if (ended === STOP) await run.stop();
  return ended;
}

async function pauseUnlessStopped(ms: number, stopped: Promise<Stop>): Promise<Stop | void> {
  let timer: NodeJS.Timeout | undefined;
  const paused = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  try {
    return await Promise.race([paused, stopped]);
  } finally {
    clearTimeout(timer);
  }
}

/** A child process as a run: stopping asks with SIGTERM and insists with SIGKILL after `graceMs`. */
export function childRun(child: ChildProcess, graceMs: number): Run {
  const ended = new Promise<string>((resolve) => {
    child.once("exit", (code, signal) => resolve(signal ? `was killed by ${signal}` : `exited with code ${code}`));
    // "on", not "once": a failed kill is an error event too, and an unheard one would end this process.
    child.on("error", (error) => resolve(`could not run (${error.message})`));
  });
  return {
    pid: child.pid,
    ended,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const insist = setTimeout(() => child.kill("SIGKILL"), graceMs);
      await ended;
      clearTimeout(insist);
    },
  };
}

/** Whether a process exists; one of another user (the embedded PostgreSQL when run as root) answers EPERM. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Resolves once process `pid` is gone: polled, for a process whose exit event belongs to a library (the embedded
 * PostgreSQL). */
export function whenGone(pid: number, pollMs = 1_000): Promise<void> {
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      if (isRunning(pid)) return;
      clearInterval(timer);
      resolve();
    }, pollMs);
  });
}
