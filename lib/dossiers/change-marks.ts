// What changed, for whoever keeps figures about dossiers: every event marks its dossier in
// the transaction that writes it (a row of "StatisticsMark", and a wake-up on the channel
// below once it commits). The statistics read the marks (lib/statistics/refresh.ts); the
// dossier core knows nothing of what they compute.
import type { Prisma } from "@/lib/generated/prisma/client";
import { currentTime } from "@/lib/time";

/** Wakes the statistics job when a marking transaction commits. */
export const CHANGE_MARK_CHANNEL = "statistics_marked";

/** Marks a dossier as changed; call inside the transaction that changes it. */
export async function markChanged(tx: Prisma.TransactionClient, dossierId: string): Promise<void> {
  await tx.$executeRaw`INSERT INTO "StatisticsMark" ("dossierId", "markedAt") VALUES (${dossierId}::uuid,
    ${currentTime()})
    ON CONFLICT ("dossierId") DO UPDATE SET "markedAt" = excluded."markedAt"`;
  await tx.$executeRaw`SELECT pg_notify(${CHANGE_MARK_CHANNEL}, '')`;
}
