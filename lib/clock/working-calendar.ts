// The working calendar as the clock needs it, read from the administrators' table.
import { WorkingCalendar } from "@/lib/clock/calendar";
import type { Prisma } from "@/lib/generated/prisma/client";

export async function loadWorkingCalendar(
  client: Pick<Prisma.TransactionClient, "calendarDay">,
): Promise<WorkingCalendar> {
  const days = await client.calendarDay.findMany({ select: { date: true, kind: true } });
  return new WorkingCalendar(days.map((d) => ({ date: d.date.toISOString().slice(0, 10), kind: d.kind })));
}
