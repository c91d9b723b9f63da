// Rate limits that hold across every portal instance, counted in PostgreSQL. Each limit is
// a sliding window: the attempts of the current fixed window plus those of the previous
// one, weighted by how much of it the sliding window still covers. A burst at the edge of
// two windows therefore meets the previous window's count instead of a fresh zero (a
// fixed window let twice the limit through there). Refused attempts are not counted, so
// demand above the limit still gets the limit rather than nothing.
// Subjects (addresses, dossier codes) are hashed before they are stored, so the table
// holds no personal data.
import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { currentTime } from "@/lib/time";

export type Limit = { name: string; max: number; windowSeconds: number };
export type LimitResult = { allowed: boolean; retryAfterSeconds: number };
type Client = Pick<PrismaClient, "$queryRaw"> | Prisma.TransactionClient;

function windowsOf(limit: Limit, subject: string, now: Date) {
  const windowMs = limit.windowSeconds * 1000;
  const start = Math.floor(now.getTime() / windowMs) * windowMs;
  const hashed = createHash("sha256").update(`${limit.name}\u0000${subject}`).digest("hex").slice(0, 40);
  const elapsedMs = now.getTime() - start;
  return {
    key: `${limit.name}:${hashed}:${start}`,
    previousKey: `${limit.name}:${hashed}:${start - windowMs}`,
    windowStart: new Date(start),
    windowMs,
    elapsedMs,
    /** The share of the previous window the sliding window still covers. */
    carry: (windowMs - elapsedMs) / windowMs,
  };
}

/**
 * Seconds until one more attempt fits, given the previous and the current window's counts:
 * later in this window when only the previous window's weight is in the way, otherwise
 * into the next one, once this window's count has slid far enough out. Said as at most one
 * window (what pages and Retry-After have always promised): a full window early in its
 * course is told at most window/max seconds too soon, and then told the rest.
 */
function secondsToWait(limit: Limit, w: ReturnType<typeof windowsOf>, previous: number, current: number): number {
  let waitMs: number;
  if (current + 1 <= limit.max) {
    const fitsAtMs = previous > 0 ? w.windowMs * (1 - (limit.max - current - 1) / previous) : 0;
    waitMs = fitsAtMs - w.elapsedMs;
  } else {
    waitMs = w.windowMs - w.elapsedMs + w.windowMs * (1 - (limit.max - 1) / current);
  }
  return Math.min(limit.windowSeconds, Math.max(1, Math.ceil(waitMs / 1000)));
}

/**
 * Counts one attempt against the limit for the subject, in one statement: the attempt is
 * counted only when it fits, so concurrent attempts cannot all slip under the limit.
 * Inside a transaction, pass its client: the count then stands or falls with what it counts.
 */
export async function hitLimit(
  limit: Limit,
  subject: string,
  now: Date = currentTime(),
  client: Client = db(),
): Promise<LimitResult> {
  const w = windowsOf(limit, subject, now);
  // ON CONFLICT ... DO UPDATE locks the window's row and checks its latest count, so two
  // attempts at once are decided one after the other. The previous window no longer changes.
  const [row] = await client.$queryRaw<{ counted: number | null; previous: number; current: number | null }[]>`
    WITH previous AS (
      SELECT COALESCE((SELECT "count" FROM "RateLimitBucket" WHERE "key" = ${w.previousKey}), 0) AS "count"
    ), hit AS (
      INSERT INTO "RateLimitBucket" AS b ("key", "windowStart", "count")
      SELECT ${w.key}, ${w.windowStart}, 1 FROM previous WHERE previous."count" * ${w.carry}::float8 + 1 <= ${limit.max}
      ON CONFLICT ("key") DO UPDATE SET "count" = b."count" + 1
        WHERE (SELECT "count" FROM previous) * ${w.carry}::float8 + b."count" + 1 <= ${limit.max}
      RETURNING b."count"
    )
    SELECT (SELECT "count" FROM hit) AS "counted", (SELECT "count" FROM previous) AS "previous",
           (SELECT "count" FROM "RateLimitBucket" WHERE "key" = ${w.key}) AS "current"`;
  const previous = row?.previous ?? 0;
  if (row?.counted != null)
    return { allowed: true, retryAfterSeconds: Math.max(1, Math.ceil((w.windowMs - w.elapsedMs) / 1000)) };
  return { allowed: false, retryAfterSeconds: secondsToWait(limit, w, previous, row?.current ?? 0) };
}

/**
 * Gives back an attempt counted by hitLimit at the same instant: for limits on failures,
 * which count every attempt before checking it (so that attempts sent at once cannot all
 * be checked) and return the ones that turned out right.
 */
export async function releaseHit(
  limit: Limit,
  subject: string,
  now: Date = currentTime(),
  client: Client = db(),
): Promise<void> {
  const { key } = windowsOf(limit, subject, now);
  await client.$queryRaw`UPDATE "RateLimitBucket" SET "count" = "count" - 1 WHERE "key" = ${key} AND "count" > 0
    RETURNING "count"`;
}

/** Whether one more attempt would fit the limit, without counting one. */
export async function limitReached(limit: Limit, subject: string, now: Date = currentTime()): Promise<LimitResult> {
  const w = windowsOf(limit, subject, now);
  const [row] = await db().$queryRaw<{ previous: number; current: number }[]>`
    SELECT COALESCE((SELECT "count" FROM "RateLimitBucket" WHERE "key" = ${w.previousKey}), 0) AS "previous",
           COALESCE((SELECT "count" FROM "RateLimitBucket" WHERE "key" = ${w.key}), 0) AS "current"`;
  const previous = row?.previous ?? 0;
  const current = row?.current ?? 0;
  if (previous * w.carry + current + 1 <= limit.max)
    return { allowed: true, retryAfterSeconds: Math.max(1, Math.ceil((w.windowMs - w.elapsedMs) / 1000)) };
  return { allowed: false, retryAfterSeconds: secondsToWait(limit, w, previous, current) };
}
