// Time a received dossier spent waiting for its applicant, which the clock excludes:
// supplement requests until answered, and payment requests until paid (from the events).
import { appointment, type Pause } from "@/lib/clock/deadline";
import type { Prisma } from "@/lib/generated/prisma/client";
import { loadWorkingCalendar } from "@/lib/clock/working-calendar";

export async function pausesOf(tx: Prisma.TransactionClient, dossierId: string): Promise<Pause[]> {
  return (await pausesOfDossiers(tx, [dossierId])).get(dossierId) ?? [];
}

/** The pauses of several dossiers at once (a page of a list), by dossier id; `to` is null while one still runs. */
export async function pausesOfDossiers(
  client: Pick<Prisma.TransactionClient, "supplementRequest" | "dossierEvent">,
  dossierIds: string[],
): Promise<Map<string, Pause[]>> {
  const result = new Map<string, Pause[]>(dossierIds.map((id) => [id, []]));
  if (dossierIds.length === 0) return result;
  const [supplements, events] = await Promise.all([
    client.supplementRequest.findMany({
      where: { dossierId: { in: dossierIds }, afterReception: true },
      select: { dossierId: true, requestedAt: true, answeredAt: true },
    }),
    client.dossierEvent.findMany({
      where: { dossierId: { in: dossierIds }, type: { in: ["payment.requested", "payment.paid"] } },
      orderBy: { id: "asc" },
      select: { dossierId: true, type: true, at: true },
    }),
  ]);
  for (const s of supplements) result.get(s.dossierId)!.push({ from: s.requestedAt, to: s.answeredAt });
  const open = new Map<string, Pause>();
  for (const e of events) {
    if (e.type === "payment.requested") {
      const pause: Pause = { from: e.at, to: null };
      open.set(e.dossierId, pause);
      result.get(e.dossierId)!.push(pause);
    } else if (open.has(e.dossierId)) {
      open.get(e.dossierId)!.to = e.at;
      open.delete(e.dossierId);
    }
  }
  return result;
}

/** A received dossier's appointment with every pause so far (null before reception), for the change that ends a pause.
 * */
export async function appointmentWithPauses(
  tx: Prisma.TransactionClient,
  dossierId: string,
  now: Date,
): Promise<Date | null> {
  const dossier = await tx.dossier.findUniqueOrThrow({
    where: { id: dossierId },
    select: { receivedAt: true, procedureVersionId: true },
  });
  if (!dossier.receivedAt) return null;
  const version = await tx.procedureVersion.findUniqueOrThrow({
    where: { id: dossier.procedureVersionId },
    select: { timeLimitValue: true, timeLimitUnit: true, sameDayCutoff: true, outOfHoursNextWorkingDay: true },
  });
  const limit = {
    value: version.timeLimitValue,
    unit: version.timeLimitUnit,
    sameDayCutoff: version.sameDayCutoff,
    outOfHoursNextWorkingDay: version.outOfHoursNextWorkingDay,
  };
  return appointment(dossier.receivedAt, limit, await loadWorkingCalendar(tx), await pausesOf(tx, dossierId), now);
}
