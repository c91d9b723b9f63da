// Dossier codes in the national format <agency code>-<YYMMDD>-<NNNN>: the receiving
// agency's code, the date in Vietnam, and that agency's sequence number for the day.
import { todayInVietnam } from "@/lib/clock/dates";

/** YYMMDD of an instant, in Vietnam's time zone. */
export function codeDay(at: Date): string {
  const local = todayInVietnam(at);
  return `${local.slice(2, 4)}${local.slice(5, 7)}${local.slice(8, 10)}`;
}

export function formatDossierCode(agencyCode: string, day: string, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError("sequence starts at 1");
  return `${agencyCode}-${day}-${String(sequence).padStart(4, "0")}`;
}

const CODE = /^(.{1,35})-(\d{6})-(\d{4,})$/;

export function parseDossierCode(code: string): { agencyCode: string; day: string; sequence: number } | null {
  const match = CODE.exec(code);
  return match ? { agencyCode: match[1]!, day: match[2]!, sequence: Number(match[3]) } : null;
}
