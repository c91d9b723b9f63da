// Housekeeping for drafts, run by the background jobs as the system actor.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { currentTime } from "@/lib/time";

export const DRAFT_LIFETIME_DAYS = 30;

/** Drafts untouched for 30 days go, with the personal data prefilled into them. */
export async function purgeStaleDrafts(prisma: PrismaClient, now = currentTime()): Promise<number> {
  const cutoff = new Date(now.getTime() - DRAFT_LIFETIME_DAYS * 86_400_000);
  return (await prisma.dossierDraft.deleteMany({ where: { updatedAt: { lt: cutoff } } })).count;
}
