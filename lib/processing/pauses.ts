// Time a received dossier spent waiting for its applicant, which the clock excludes:
// supplement requests until answered, and payment requests until paid (from the events).
import "server-only";
import { appointment, type Pause } from "@/lib/clock/deadline";
import type { Prisma } from "@/lib/generated/prisma/client";
import { loadWorkingCalendar } from "./calendar";

export async function pausesOf(tx: Prisma.TransactionClient, dossierId: string, now: Date): Promise<Pause[]> {
  const supplements = await tx.supplementRequest.findMany({ where: { dossierId, afterReception: true }, select: { requestedAt: true, answeredAt: true } });
  const events = await tx.dossierEvent.findMany({ where: { dossierId, type: { in: ["payment.requested", "payment.paid"] } }, orderBy: { id: "asc" }, select: { type: true, at: true } });
  const payments: Pause[] = [];
  for (const e of events) {
    if (e.type === "payment.requested") payments.push({ from: e.at, to: null });
    else if (payments.length && payments[payments.length - 1]!.to === null) payments[payments.length - 1]!.to = e.at;
  }
  return [...supplements.map((s) => ({ from: s.requestedAt, to: s.answeredAt })), ...payments.map((p) => ({ from: p.from, to: p.to ?? now }))];
}

/** Recomputes a received dossier's appointment with every pause so far. */
export async function moveAppointmentForPauses(tx: Prisma.TransactionClient, dossierId: string, now: Date): Promise<void> {
  const dossier = await tx.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { receivedAt: true, procedureVersionId: true } });
  if (!dossier.receivedAt) return;
  const version = await tx.procedureVersion.findUniqueOrThrow({ where: { id: dossier.procedureVersionId }, select: { timeLimitValue: true, timeLimitUnit: true, sameDayCutoff: true, outOfHoursNextWorkingDay: true } });
  const limit = { value: version.timeLimitValue, unit: version.timeLimitUnit, sameDayCutoff: version.sameDayCutoff, outOfHoursNextWorkingDay: version.outOfHoursNextWorkingDay };
  await tx.dossier.update({ where: { id: dossierId }, data: { appointmentAt: appointment(dossier.receivedAt, limit, await loadWorkingCalendar(tx), await pausesOf(tx, dossierId, now), now) } });
}
