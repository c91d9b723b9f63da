// Who may see a dossier as its applicant: the person who filed it, or whoever is acting
// for the organisation it was filed for. Every applicant-side read and write uses this.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PersonActor } from "@/lib/identity/actor";

export function applicantScope(actor: PersonActor): Prisma.DossierWhereInput {
  return {
    OR: [
      { applicantUserId: actor.userId },
      ...(actor.actingFor ? [{ actingForOrganisationId: actor.actingFor.organisationId }] : []),
    ],
  };
}

/** Dossier codes are at most 60 characters; anything else cannot exist. */
export function plausibleCode(code: string): boolean {
  return code.length > 0 && code.length <= 60;
}
