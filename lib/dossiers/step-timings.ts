// Whether each step of a dossier ended early, on time or late against its allotted working
// hours, read from the event log: reception ends the desk's step (from submission), a
// hand-over ends the step handed on, the decision ends approval, the return ends the
// desk's last step. Shared by the control slip (Mẫu 05) and the dossier's timeline. Pure.
import type { WorkingCalendar } from "@/lib/clock/calendar";
import { stepTiming, type StepTiming } from "@/lib/clock/deadline";

export type TimedEvent = { type: string; at: Date; details: unknown };

/** The step an event ends, if it ends one. */
function endedStep(e: TimedEvent): string | null {
  if (e.type === "received") return "reception";
  if (e.type === "step.handed-over") return ((e.details ?? {}) as { fromStep?: string }).fromStep ?? "appraisal";
  if (e.type === "decided") return "approval";
  if (e.type === "result.returned") return "return";
  return null;
}

/** For each event in order, the timing of the step it ended (null when it ended none). */
export function stepTimings(
  events: readonly TimedEvent[],
  submittedAt: Date,
  allottedHours: (stepKey: string) => number,
  calendar: WorkingCalendar,
): (StepTiming | null)[] {
  let stepStart = submittedAt;
  return events.map((e) => {
    const step = endedStep(e);
    if (step === null) return null;
    const timing = stepTiming(stepStart, e.at, allottedHours(step), calendar);
    stepStart = e.at;
    return timing;
  });
}
