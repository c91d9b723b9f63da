// The escalation job: every consultation still unanswered past its deadline is escalated
// to the coordinating office, once, with an event in the dossier's history. It runs in
// the start process (pg-boss), so it takes its database client as an argument.
import { recordOnDossier } from "@/lib/dossiers/events";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { currentTime } from "@/lib/time";

/** The coordinating office consultations are escalated to (the City People's Committee in the demo). */
export const COORDINATING_OFFICE = "ubnd-thanh-pho";

/** The job: escalates every open consultation past its deadline, once each. Returns how many. */
export async function escalateOverdueConsultations(prisma: PrismaClient, now: Date = currentTime()): Promise<number> {
  const office = await prisma.agency.findFirst({
    where: { slug: COORDINATING_OFFICE },
    select: { id: true, nameVi: true },
  });
  const overdue = await prisma.consultation.findMany({
    where: { answeredAt: null, escalatedAt: null, dueAt: { lt: now } },
    select: { id: true, dossierId: true, toAgencyId: true },
    take: 200,
  });
  let escalated = 0;
  for (const c of overdue) {
    await prisma.$transaction(
      async (tx) => {
        const claimed = await tx.consultation.updateMany({
          where: { id: c.id, escalatedAt: null, answeredAt: null },
          data: { escalatedAt: now },
        });
        if (claimed.count === 0) return;
        await recordOnDossier(tx, c.dossierId, {
          type: "consultation.escalated",
          actorUserId: null,
          details: {
            consultationId: c.id,
            toAgencyId: c.toAgencyId,
            escalatedTo: office?.nameVi ?? COORDINATING_OFFICE,
          },
        });
        escalated += 1;
        // A loaded machine may queue this behind request traffic: allow it time rather than fail and wait for a retry.
      },
      { maxWait: 10_000, timeout: 30_000 },
    );
  }
  return escalated;
}
