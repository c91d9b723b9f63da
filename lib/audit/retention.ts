// How long the access log is kept. Records of who opened a person's data, and of
// sign-ins and sign-outs (with the address they came from), are personal data about
// both sides: kept ACCESS_LOG_RETENTION_DAYS (default two years), then deleted by the
// hourly housekeeping job. Staff decisions and role changes are records of the
// administration itself and stay. Imported by the job runner, hence no server-only.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { currentTime } from "@/lib/time";

export const ACCESS_LOG_ACTIONS = [
  "dossier.personal-data.viewed",
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.sign_out",
  "account.data-exported",
] as const;

/** Deletes access-log rows older than `days`; returns how many went. */
export async function purgeOldAccessLogs(
  prisma: Pick<PrismaClient, "auditEvent">,
  days: number,
  now: Date = currentTime(),
): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  const { count } = await prisma.auditEvent.deleteMany({
    where: { action: { in: [...ACCESS_LOG_ACTIONS] }, at: { lt: cutoff } },
  });
  return count;
}
