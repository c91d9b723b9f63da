// A dossier's history as its pages show it: each event with the person who acted and,
// for hand-overs and assignments, the person who received the dossier.
import "server-only";
import { db } from "@/lib/db";

export type TimelineEntry = { at: Date; type: string; fromStatus: number | null; toStatus: number | null; actorName: string | null; toName: string | null };

export async function loadTimeline(dossierId: string): Promise<TimelineEntry[]> {
  const events = await db().dossierEvent.findMany({ where: { dossierId }, orderBy: { id: "asc" }, take: 200, select: { at: true, type: true, fromStatus: true, toStatus: true, actorUserId: true, details: true } });
  const actors = await db().user.findMany({ where: { id: { in: [...new Set(events.flatMap((e) => (e.actorUserId ? [e.actorUserId] : [])))] } }, select: { id: true, fullName: true } });
  const nameOf = new Map(actors.map((a) => [a.id, a.fullName]));
  return events.map((e) => {
    const details = (e.details ?? {}) as { toName?: unknown };
    return { at: e.at, type: e.type, fromStatus: e.fromStatus, toStatus: e.toStatus, actorName: e.actorUserId ? (nameOf.get(e.actorUserId) ?? null) : null, toName: typeof details.toName === "string" ? details.toName : null };
  });
}
