// Repeated wrong passwords or codes lock an account, from the address they came from, for a
// while; requests per address are limited on the sign-in and code steps.
import { currentTimeMs } from "@/lib/time";
const MAX_FAILURES = 5;
const LOCK_MS = 15 * 60 * 1000;

type FailureState = { count: number; lockedUntil: number };
const failures = new Map<string, FailureState>();

export function isLocked(login: string, now = currentTimeMs()): boolean {
  return (failures.get(login)?.lockedUntil ?? 0) > now;
}

/** Records a failure; returns true when it locked the account. */
export function recordFailure(login: string, now = currentTimeMs()): boolean {
  const state = failures.get(login) ?? { count: 0, lockedUntil: 0 };
  state.count += 1;
  if (state.count >= MAX_FAILURES) {
    state.lockedUntil = now + LOCK_MS;
    state.count = 0;
  }
  failures.set(login, state);
  return state.lockedUntil > now;
}

export function clearFailures(login: string): void {
  failures.delete(login);
}

/** A fixed-window limiter keyed by client address and step. */
export function createRateLimiter(limit: number, windowMs: number) {
  const windows = new Map<string, { start: number; count: number }>();
  return (key: string, now = currentTimeMs()): { allowed: boolean; retryAfterSeconds: number } => {
    const current = windows.get(key);
    if (!current || now - current.start >= windowMs) {
      windows.set(key, { start: now, count: 1 });
      return { allowed: true, retryAfterSeconds: 0 };
    }
    current.count += 1;
    return { allowed: current.count <= limit, retryAfterSeconds: Math.ceil((current.start + windowMs - now) / 1000) };
  };
}

/**
 * The lowest account level the client's acr_values accept ("LoA2 LoA1" accepts level 1 and
 * up); null when it asks for none. A level-2 account satisfies a request for LoA1: more
 * assurance than asked is not a reason to refuse.
 */
export function lowestAcceptedLevel(acrValues: string | undefined): number | null {
  const levels = (acrValues ?? "")
    .split(" ")
    .map((v) => /^LoA([12])$/.exec(v)?.[1])
    .filter((v): v is string => v !== undefined)
    .map(Number);
  return levels.length > 0 ? Math.min(...levels) : null;
}
