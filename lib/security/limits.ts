// The per-person limits on what costs the city something to receive: dossiers and files.
// Counted in PostgreSQL (lib/security/rate-limit.ts), so every instance shares them.
import "server-only";
import { env } from "@/lib/env";
import type { Limit } from "./rate-limit";

export const submissionsPerPerson = (): Limit => ({ name: "submissions-per-person", max: env().SUBMISSIONS_PER_HOUR, windowSeconds: 3600 });
export const uploadsPerPerson = (): Limit => ({ name: "uploads-per-person", max: env().UPLOADS_PER_HOUR, windowSeconds: 3600 });
