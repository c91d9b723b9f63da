// The clock of each running dossier on a page, for the applicant's lists and dossier page:
// working days used and left, paused while waiting for the applicant, overdue, and the new
// date when the agency apologised (Mẫu 04). A page's dossiers are read in a few queries.
import "server-only";
import { clockStart } from "@/lib/clock/deadline";
import { clockProgress, inWorkingDays } from "@/lib/clock/progress";
import { db } from "@/lib/db";
import { loadWorkingCalendar } from "@/lib/clock/working-calendar";
import { pausesOfDossiers } from "@/lib/dossiers/pauses";
import { DOSSIER_STATUS } from "./status";
import { currentTime } from "@/lib/time";

export type DossierClock = {
  usedDays: number;
  allowedDays: number;
  leftDays: number;
  overdueDays: number;
  paused: boolean;
  /** Share of the allowed time used, 0–1. */
  share: number;
  /** Set when the agency apologised and set a new date (the appointment is that date). */
  reappointed: boolean;
};

const RUNNING: readonly number[] = [
  DOSSIER_STATUS.RECEIVED,
  DOSSIER_STATUS.PROCESSING,
  DOSSIER_STATUS.SUPPLEMENT_REQUESTED,
  DOSSIER_STATUS.PAYMENT_REQUESTED,
];

type Running = {
  id: string;
  status: number;
  receivedAt: Date | null;
  appointmentAt: Date | null;
  procedureVersionId: string;
};

/** Clocks of the dossiers still running against their time limit, by dossier id. */
export async function clocksOf(dossiers: Running[], now: Date = currentTime()): Promise<Map<string, DossierClock>> {
  const running = dossiers.filter((d) => RUNNING.includes(d.status) && d.receivedAt && d.appointmentAt);
  const clocks = new Map<string, DossierClock>();
  if (running.length === 0) return clocks;
  const ids = running.map((d) => d.id);
  const [calendar, pauses, versions, apologies] = await Promise.all([
    loadWorkingCalendar(db()),
    pausesOfDossiers(db(), ids),
    db().procedureVersion.findMany({
      where: { id: { in: [...new Set(running.map((d) => d.procedureVersionId))] } },
      select: { id: true, outOfHoursNextWorkingDay: true, timeLimitValue: true, timeLimitUnit: true },
    }),
    db().dossierSlip.findMany({ where: { dossierId: { in: ids }, kind: "MAU_04" }, select: { dossierId: true } }),
  ]);
  const rule = new Map(versions.map((v) => [v.id, v.outOfHoursNextWorkingDay]));
  // A limit in working days is what the applicant was promised: shown as such, though the
  // appointment is the close of the due day and so a few hours more (docs/domain.md §5).
  const promisedDays = new Map(
    versions.map((v) => [v.id, v.timeLimitUnit === "WORKING_DAYS" ? v.timeLimitValue : null]),
  );
  const reappointed = new Set(apologies.map((a) => a.dossierId));
  for (const d of running) {
    const start = clockStart(
      d.receivedAt!,
      { outOfHoursNextWorkingDay: rule.get(d.procedureVersionId) ?? true },
      calendar,
    );
    const progress = clockProgress(start, d.appointmentAt!, pauses.get(d.id) ?? [], now, calendar);
    clocks.set(d.id, {
      usedDays: inWorkingDays(progress.usedMinutes),
      leftDays: inWorkingDays(progress.leftMinutes),
      allowedDays:
        (!reappointed.has(d.id) && promisedDays.get(d.procedureVersionId)) || inWorkingDays(progress.allowedMinutes),
      overdueDays: inWorkingDays(progress.overdueMinutes),
      paused: progress.paused,
      share: progress.share,
      reappointed: reappointed.has(d.id),
    });
  }
  return clocks;
}
