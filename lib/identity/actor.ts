// Who is asking. Every query and mutation resolves the actor here and checks a named
// permission itself; pages and layouts only decide what to show.
import type { RoleGrant } from "./permissions";

export type PersonActor = {
  kind: "person" | "organisation-account";
  userId: string;
  sessionId: string;
  fullName: string;
  /** VNeID account level: 1 or 2. */
  accountLevel: number;
  idNumber: string | null;
  /** The ID number's keyed hash, by which staff roles, mandates and accounts are found. */
  idNumberHash: string | null;
  /** The organisation this actor acts for (its own, for an organisation account). */
  actingFor: { organisationId: string; enterpriseCode: string; name: string } | null;
  roles: RoleGrant[];
};

export type Actor = { kind: "anonymous" } | PersonActor;

export const ANONYMOUS: Actor = { kind: "anonymous" };

export function isSignedIn(actor: Actor): actor is PersonActor {
  return actor.kind !== "anonymous";
}
