// Looking up an ID number a person typed into a form (issue 19 finding 1): counted against
// a low per-person limit in PostgreSQL, written to the looked-up person's access log, and
// answered only as lookup-policy.ts allows (the record for a relation the registry
// confirms, otherwise whether the typed name matches).
import "server-only";
import { recordAudit } from "@/lib/audit/mutations";
import { registryLookupsPerPerson } from "@/lib/security/limits";
import { hitLimit } from "@/lib/security/rate-limit";
import { idNumberHash } from "@/lib/security/identity-sealing";
import type { PersonActor } from "@/lib/identity/actor";
import { decideLookup, type LookupOutcome, type PersonRelation } from "@/lib/registries/lookup-policy";
import type { PersonRecord } from "@/lib/registries/records";
import { populationRegistry, RegistryUnavailableError } from "@/lib/registries/client";

export const REGISTRY_LOOKUP_ACTION = "registry.person-lookup";

export type PersonLookupResult =
  LookupOutcome | { kind: "unavailable" } | { kind: "limited"; retryAfterSeconds: number };

export type PersonLookupRequest = {
  field: string;
  idNumber: string;
  relation: PersonRelation | undefined;
  typedName: string | undefined;
};

/**
 * For the applicant themselves, on their own draft. The applicant's own record, needed to
 * check a relation, is not counted; the other person's lookup is, and is logged under their
 * number's keyed hash (never the number itself).
 */
export async function lookUpPersonForApplicant(
  me: PersonActor,
  request: PersonLookupRequest,
): Promise<PersonLookupResult> {
  const limit = await hitLimit(registryLookupsPerPerson(), me.userId);
  if (!limit.allowed) return { kind: "limited", retryAfterSeconds: limit.retryAfterSeconds };
  let found: PersonRecord | null;
  let applicant: PersonRecord | null = null;
  try {
    found = await populationRegistry.findPerson(request.idNumber);
    if (found && request.relation && me.idNumber)
      applicant = me.idNumber === request.idNumber ? found : await populationRegistry.findPerson(me.idNumber);
  } catch (error) {
    if (error instanceof RegistryUnavailableError) return { kind: "unavailable" };
    throw error;
  }
  const outcome = decideLookup({
    relation: request.relation,
    applicant,
    found,
    idNumber: request.idNumber,
    typedName: request.typedName,
  });
  await recordAudit({
    actorUserId: me.userId,
    action: REGISTRY_LOOKUP_ACTION,
    targetType: "person",
    targetId: idNumberHash(request.idNumber),
    details: { field: request.field, outcome: outcome.kind },
  });
  return outcome;
}
