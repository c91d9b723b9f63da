// The legal clock against a fixture calendar: Tết 2026 (16–20/2 off, 14–15 and 21–22 a
// weekend), the compensatory day of 27/4/2026, and a working Saturday (9/5/2026, fixture).
import { describe, expect, it } from "vitest";
import { toLocal, WorkingCalendar } from "@/lib/clock/calendar";
import {
  appointment,
  clockStart,
  elapsedWorkingMinutes,
  stepTiming,
  dueWithinOneWorkingDay,
  type TimeLimit,
} from "@/lib/clock/deadline";
import { clockProgress, inWorkingDays } from "@/lib/clock/progress";

const calendar = new WorkingCalendar([
  ...["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"].map((date) => ({
    date,
    kind: "HOLIDAY" as const,
  })),
  { date: "2026-04-26", kind: "HOLIDAY" },
  { date: "2026-04-27", kind: "COMPENSATORY_DAY_OFF" },
  { date: "2026-05-09", kind: "WORKING_SATURDAY" },
]);

/** A Vietnam local time written as it is read. */
const vn = (local: string) => new Date(`${local}:00+07:00`);
const limit = (value: number, unit: TimeLimit["unit"], extra: Partial<TimeLimit> = {}): TimeLimit => ({
  value,
  unit,
  sameDayCutoff: unit === "SAME_DAY" ? "15:00" : null,
  outOfHoursNextWorkingDay: true,
  ...extra,
});

describe("working calendar", () => {
  it("knows weekends, Tết, compensatory days and working Saturdays", () => {
    const day = (iso: string) => toLocal(vn(`${iso}T09:00`)).day;
    expect(calendar.isWorkingDay(day("2026-02-13"))).toBe(true); // Friday before Tết
    expect(calendar.isWorkingDay(day("2026-02-14"))).toBe(false); // Saturday
    expect(calendar.isWorkingDay(day("2026-02-18"))).toBe(false); // Tết
    expect(calendar.isWorkingDay(day("2026-02-23"))).toBe(true);
    expect(calendar.isWorkingDay(day("2026-04-27"))).toBe(false); // compensatory day (Monday)
    expect(calendar.isWorkingDay(day("2026-05-09"))).toBe(true); // working Saturday
    expect(calendar.isWorkingDay(day("2026-05-16"))).toBe(false); // an ordinary Saturday
  });
});

describe("appointment", () => {
  it(
    "is 17:00 on the due day, whenever the dossier was received and however the days are counted (issue 26, " +
      "item 11)",
    () => {
      // Received at 07:30, at 10:00, or out of hours: the same due day, kept until the office closes.
      expect(appointment(vn("2026-03-02T07:30"), limit(15, "CALENDAR_DAYS"), calendar)).toEqual(vn("2026-03-17T17:00"));
      expect(appointment(vn("2026-03-01T20:00"), limit(15, "CALENDAR_DAYS"), calendar)).toEqual(vn("2026-03-17T17:00"));
      expect(appointment(vn("2026-03-02T10:00"), limit(2, "WORKING_DAYS"), calendar)).toEqual(vn("2026-03-04T17:00"));
      expect(appointment(vn("2026-03-02T07:30"), limit(2, "WORKING_DAYS"), calendar)).toEqual(vn("2026-03-03T17:00"));
    },
  );

  it("counts working days in working hours, across Tết", () => {
    expect(appointment(vn("2026-02-12T10:00"), limit(3, "WORKING_DAYS"), calendar)).toEqual(vn("2026-02-24T17:00"));
  });

  it("gives a same-day procedure received at 14:59 the same day, and at 15:01 the next working day", () => {
    expect(appointment(vn("2026-03-10T14:59"), limit(0, "SAME_DAY"), calendar)).toEqual(vn("2026-03-10T17:00"));
    expect(appointment(vn("2026-03-10T15:01"), limit(0, "SAME_DAY"), calendar)).toEqual(vn("2026-03-11T17:00"));
  });

  it("skips a compensatory day when 15:01 on a Friday rolls over", () => {
    expect(appointment(vn("2026-04-24T15:01"), limit(0, "SAME_DAY"), calendar)).toEqual(vn("2026-04-28T17:00"));
  });

  it("starts the clock of a dossier received on a Saturday on the next working day", () => {
    expect(clockStart(vn("2026-03-14T09:00"), limit(0, "SAME_DAY"), calendar)).toEqual(vn("2026-03-16T07:30"));
    expect(appointment(vn("2026-03-14T09:00"), limit(0, "SAME_DAY"), calendar)).toEqual(vn("2026-03-16T17:00"));
    expect(appointment(vn("2026-03-13T18:30"), limit(1, "WORKING_DAYS"), calendar)).toEqual(vn("2026-03-16T17:00"));
  });

  it("counts when out-of-hours reception is configured to count at once", () => {
    expect(
      clockStart(vn("2026-03-13T18:30"), limit(1, "WORKING_DAYS", { outOfHoursNextWorkingDay: false }), calendar),
    ).toEqual(vn("2026-03-13T18:30"));
  });

  it("works on a working Saturday", () => {
    expect(appointment(vn("2026-05-08T16:00"), limit(1, "WORKING_DAYS"), calendar)).toEqual(vn("2026-05-09T17:00"));
  });

  it("excludes paused time that crosses Tết", () => {
    const received = vn("2026-02-09T08:00");
    expect(appointment(received, limit(5, "WORKING_DAYS"), calendar)).toEqual(vn("2026-02-23T17:00"));
    const pause = { from: vn("2026-02-11T08:00"), to: vn("2026-02-23T08:00") };
    expect(appointment(received, limit(5, "WORKING_DAYS"), calendar, [pause])).toEqual(vn("2026-02-26T17:00"));
    expect(elapsedWorkingMinutes(received, vn("2026-02-26T08:00"), [pause], calendar)).toBe(5 * 8 * 60);
  });

  it("counts a pause still running up to now", () => {
    const pause = { from: vn("2026-03-02T07:30"), to: null };
    expect(
      appointment(vn("2026-03-02T07:30"), limit(1, "WORKING_DAYS"), calendar, [pause], vn("2026-03-03T07:30")),
    ).toEqual(vn("2026-03-03T17:00"));
  });

  it("moves a calendar-day deadline that falls on days off to the end of the next working day", () => {
    expect(appointment(vn("2026-04-10T09:00"), limit(15, "CALENDAR_DAYS"), calendar)).toEqual(vn("2026-04-28T17:00"));
    expect(appointment(vn("2026-04-13T09:00"), limit(15, "CALENDAR_DAYS"), calendar)).toEqual(vn("2026-04-28T17:00"));
  });
});

describe("steps and alerts", () => {
  it("marks a step early, on time or late against its allotted hours", () => {
    const handed = vn("2026-03-10T08:00");
    expect(stepTiming(handed, vn("2026-03-10T16:00"), 16, calendar)).toBe("EARLY");
    expect(stepTiming(handed, vn("2026-03-12T07:45"), 16, calendar)).toBe("ON_TIME");
    expect(stepTiming(handed, vn("2026-03-12T09:00"), 16, calendar)).toBe("LATE");
  });

  it("finds deadlines within the next working day, over a weekend", () => {
    const friday = vn("2026-03-13T16:00");
    expect(dueWithinOneWorkingDay(vn("2026-03-16T15:00"), friday, calendar)).toBe(true);
    expect(dueWithinOneWorkingDay(vn("2026-03-17T10:00"), friday, calendar)).toBe(false);
  });
});

describe("clock progress (the applicant's visual clock)", () => {
  const received = vn("2026-03-02T07:30"); // a Monday, at opening
  const fiveDays = limit(5, "WORKING_DAYS");

  it("counts working days used and left, across Tết", () => {
    const due = appointment(vn("2026-02-12T10:00"), limit(3, "WORKING_DAYS"), calendar);
    const progress = clockProgress(vn("2026-02-12T10:00"), due, [], vn("2026-02-23T10:00"), calendar);
    // Due at 17:00 on the third working day: the agency has until the close of that day.
    expect(progress).toMatchObject({
      allowedMinutes: 3 * 480 + 330,
      usedMinutes: 2 * 480,
      leftMinutes: 480 + 330,
      overdueMinutes: 0,
      paused: false,
    });
    expect(inWorkingDays(progress.usedMinutes)).toBe(2);
  });

  it("stops while the dossier waits for the applicant, and the waiting does not count once it ends", () => {
    const due = appointment(received, fiveDays, calendar);
    const waiting = [{ from: vn("2026-03-04T07:30"), to: null }];
    const paused = clockProgress(received, due, waiting, vn("2026-03-06T07:30"), calendar);
    expect(paused).toMatchObject({ usedMinutes: 2 * 480, leftMinutes: 3 * 480, paused: true, overdueMinutes: 0 });

    const answered = [{ from: vn("2026-03-04T07:30"), to: vn("2026-03-06T07:30") }];
    const moved = appointment(received, fiveDays, calendar, answered);
    const resumed = clockProgress(received, moved, answered, vn("2026-03-09T07:30"), calendar);
    expect(resumed).toMatchObject({
      allowedMinutes: 5 * 480,
      usedMinutes: 3 * 480,
      leftMinutes: 2 * 480,
      paused: false,
    });
    expect(resumed.share).toBeCloseTo(0.6);
  });

  it("says by how much the dossier is overdue", () => {
    const due = appointment(received, fiveDays, calendar);
    const late = clockProgress(received, due, [], vn("2026-03-10T07:30"), calendar);
    expect(late).toMatchObject({ leftMinutes: 0, overdueMinutes: 480, share: 1 });
  });

  it("rounds to half days, never showing a running clock as zero", () => {
    expect(inWorkingDays(0)).toBe(0);
    expect(inWorkingDays(30)).toBe(0.5);
    expect(inWorkingDays(480 + 200)).toBe(1.5);
  });
});
