// Housekeeping for the rate-limit windows, run by the hourly job in the start process
// (which cannot load server-only modules, hence a file of its own).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { currentTime } from "@/lib/time";

/** Drops windows older than a day. */
export async function purgeOldRateLimits(
  prisma: Pick<PrismaClient, "rateLimitBucket">,
  now: Date = currentTime(),
): Promise<number> {
  const { count } = await prisma.rateLimitBucket.deleteMany({
    where: { windowStart: { lt: new Date(now.getTime() - 24 * 3600_000) } },
  });
  return count;
}
