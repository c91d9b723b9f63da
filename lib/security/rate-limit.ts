// Rate limits that hold across every portal instance: fixed windows counted in PostgreSQL
// with one atomic upsert per attempt. Subjects (addresses, dossier codes) are hashed
// before they are stored, so the table holds no personal data.
import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { currentTime } from "@/lib/time";

export type Limit = { name: string; max: number; windowSeconds: number };
export type LimitResult = { allowed: boolean; retryAfterSeconds: number };

function bucketOf(limit: Limit, subject: string, now: Date) {
  const windowMs = limit.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const hashed = createHash("sha256").update(`${limit.name}\u0000${subject}`).digest("hex").slice(0, 40);
  return {
    key: `${limit.name}:${hashed}:${windowStart.getTime()}`,
    windowStart,
    retryAfterSeconds: Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000)),
  };
}

/**
 * Counts one attempt against the limit for the subject; refused once the window's count
 * exceeds the maximum. Inside a transaction, pass its client: the count then stands or
 * falls with what it counts.
 */
export async function hitLimit(limit: Limit, subject: string, now: Date = currentTime(), client: Pick<PrismaClient, "$queryRaw"> | Prisma.TransactionClient = db()): Promise<LimitResult> {
  const { key, windowStart, retryAfterSeconds } = bucketOf(limit, subject, now);
  const [row] = await client.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT ("key") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
    RETURNING "count"`;
  return { allowed: (row?.count ?? 1) <= limit.max, retryAfterSeconds };
}

/** Whether the subject has used up the limit in this window, without counting an attempt. */
export async function limitReached(limit: Limit, subject: string, now: Date = currentTime()): Promise<LimitResult> {
  const { key, retryAfterSeconds } = bucketOf(limit, subject, now);
  const row = await db().rateLimitBucket.findUnique({ where: { key }, select: { count: true } });
  return { allowed: (row?.count ?? 0) < limit.max, retryAfterSeconds };
}
