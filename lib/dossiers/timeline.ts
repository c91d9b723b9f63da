// A dossier's history as its pages show it: each event with the person who acted (and
// whether they acted as staff, and for which agency), the person who received the dossier
// at hand-overs and assignments, and whether the step the event ended was early, on time
// or late against its allotted hours.
import "server-only";
import type { StepTiming } from "@/lib/clock/deadline";
import { db } from "@/lib/db";
import { loadWorkingCalendar } from "@/lib/clock/working-calendar";
import { stepTimings } from "@/lib/dossiers/step-timings";

export type TimelineEntry = {
  at: Date;
  type: string;
  fromStatus: number | null;
  toStatus: number | null;
  actorName: string | null;
  actorIsStaff: boolean;
  toName: string | null;
  /** The agency a staff member acted for (the consulted agency when it answered). */
  agency: { vi: string; en: string } | null;
  timing: StepTiming | null;
};

type Dossier = { id: string; submittedAt: Date; agencyId: string; procedureVersionId: string };

export async function loadTimeline(dossier: Dossier): Promise<TimelineEntry[]> {
  const [events, calendar, steps] = await Promise.all([
    db().dossierEvent.findMany({
      where: { dossierId: dossier.id },
      orderBy: { id: "asc" },
      take: 200,
      select: { at: true, type: true, fromStatus: true, toStatus: true, actorUserId: true, details: true },
    }),
    loadWorkingCalendar(db()),
    db().processingStep.findMany({
      where: { versionId: dossier.procedureVersionId },
      select: { key: true, allottedHours: true },
    }),
  ]);
  const actors = await db().user.findMany({
    where: { id: { in: [...new Set(events.flatMap((e) => (e.actorUserId ? [e.actorUserId] : [])))] } },
    select: { id: true, fullName: true, idNumberHash: true },
  });
  const detailsOf = (e: (typeof events)[number]) => (e.details ?? {}) as { toName?: unknown; agencyId?: unknown };
  const agencyIds = new Set([
    dossier.agencyId,
    ...events.flatMap((e) => (typeof detailsOf(e).agencyId === "string" ? [detailsOf(e).agencyId as string] : [])),
  ]);
  const [staff, agencies] = await Promise.all([
    db().staffAssignment.findMany({
      where: { idNumberHash: { in: actors.flatMap((a) => (a.idNumberHash ? [a.idNumberHash] : [])) } },
      select: { idNumberHash: true },
    }),
    db().agency.findMany({ where: { id: { in: [...agencyIds] } }, select: { id: true, nameVi: true, nameEn: true } }),
  ]);
  const staffNumbers = new Set(staff.map((s) => s.idNumberHash));
  const actorOf = new Map(
    actors.map((a) => [
      a.id,
      { name: a.fullName, isStaff: a.idNumberHash !== null && staffNumbers.has(a.idNumberHash) },
    ]),
  );
  const agencyOf = new Map(agencies.map((a) => [a.id, { vi: a.nameVi, en: a.nameEn }]));
  const timings = stepTimings(
    events,
    dossier.submittedAt,
    (key) => steps.find((s) => s.key === key)?.allottedHours ?? 8,
    calendar,
  );
  return events.map((e, i) => {
    const details = detailsOf(e);
    const actor = e.actorUserId ? actorOf.get(e.actorUserId) : undefined;
    const agencyId = typeof details.agencyId === "string" ? details.agencyId : dossier.agencyId;
    return {
      at: e.at,
      type: e.type,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      actorName: actor?.name ?? null,
      actorIsStaff: actor?.isStaff ?? false,
      toName: typeof details.toName === "string" ? details.toName : null,
      agency: actor?.isStaff ? (agencyOf.get(agencyId) ?? null) : null,
      timing: timings[i]!,
    };
  });
}
