// A dossier's history as its pages show it: each event with the person who acted (and
// whether they acted as staff) and, for hand-overs and assignments, the person who
// received the dossier.
import "server-only";
import { db } from "@/lib/db";

export type TimelineEntry = { at: Date; type: string; fromStatus: number | null; toStatus: number | null; actorName: string | null; actorIsStaff: boolean; toName: string | null };

export async function loadTimeline(dossierId: string): Promise<TimelineEntry[]> {
  const events = await db().dossierEvent.findMany({ where: { dossierId }, orderBy: { id: "asc" }, take: 200, select: { at: true, type: true, fromStatus: true, toStatus: true, actorUserId: true, details: true } });
  const actors = await db().user.findMany({ where: { id: { in: [...new Set(events.flatMap((e) => (e.actorUserId ? [e.actorUserId] : [])))] } }, select: { id: true, fullName: true, idNumber: true } });
  const staff = await db().staffAssignment.findMany({ where: { idNumber: { in: actors.flatMap((a) => (a.idNumber ? [a.idNumber] : [])) } }, select: { idNumber: true } });
  const staffNumbers = new Set(staff.map((s) => s.idNumber));
  const actorOf = new Map(actors.map((a) => [a.id, { name: a.fullName, isStaff: a.idNumber !== null && staffNumbers.has(a.idNumber) }]));
  return events.map((e) => {
    const details = (e.details ?? {}) as { toName?: unknown };
    const actor = e.actorUserId ? actorOf.get(e.actorUserId) : undefined;
    return { at: e.at, type: e.type, fromStatus: e.fromStatus, toStatus: e.toStatus, actorName: actor?.name ?? null, actorIsStaff: actor?.isStaff ?? false, toName: typeof details.toName === "string" ? details.toName : null };
  });
}
