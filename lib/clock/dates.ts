// Calendar dates in Vietnam's time zone (UTC+7, no daylight saving), as YYYY-MM-DD.
import { currentTime } from "@/lib/time";
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

export function todayInVietnam(now: Date = currentTime()): string {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** A DATE column (midnight UTC from the driver) as YYYY-MM-DD. */
export function isoDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}
