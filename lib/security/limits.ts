// The per-person limits on what costs the city something to receive (dossiers and files),
// and the per-address limit on starting a sign-in.
// Counted in PostgreSQL (lib/security/rate-limit.ts), so every instance shares them.
import "server-only";
import { env } from "@/lib/env";
import type { Limit } from "./rate-limit";

export const submissionsPerPerson = (): Limit => ({
  name: "submissions-per-person",
  max: env().SUBMISSIONS_PER_HOUR,
  windowSeconds: 3600,
});
export const uploadsPerPerson = (): Limit => ({
  name: "uploads-per-person",
  max: env().UPLOADS_PER_HOUR,
  windowSeconds: 3600,
});
/** Registry lookups of ID numbers typed into forms: low, since each may reveal whether a name goes with a number. */
export const registryLookupsPerPerson = (): Limit => ({
  name: "registry-lookups-per-person",
  max: env().REGISTRY_LOOKUPS_PER_HOUR,
  windowSeconds: 3600,
});
export const signInsPerAddress = (): Limit => ({
  name: "sign-ins-per-address",
  max: env().SIGN_INS_PER_10_MINUTES,
  windowSeconds: 600,
});
/** Wrong one-time codes when confirming a signature: five per person in a quarter of an hour. */
export const WRONG_CODES_PER_PERSON: Limit = { name: "wrong-codes-per-person", max: 5, windowSeconds: 900 };

/** The minutes to wait that a refused form's page was given in ?retry= (1 to 60; anything else reads as 10). */
export function minutesToRetry(value: unknown): number {
  const minutes = typeof value === "string" && /^\d{1,2}$/.test(value) ? Number(value) : 10;
  return minutes >= 1 && minutes <= 60 ? minutes : 10;
}
