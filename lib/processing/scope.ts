// Which dossiers a staff member may see or act on: those of the agencies where one of
// their roles gives one of the permissions (every agency for city-wide roles). Outside that,
// a dossier does not exist for them.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors";
import { isSignedIn, type Actor, type PersonActor } from "@/lib/identity/actor";
import { agenciesWithPermission, type Permission } from "@/lib/identity/permissions";

/** The dossiers the permissions reach, as a filter; null when they reach none. */
export function staffWhere(actor: PersonActor, ...permissions: Permission[]): Prisma.DossierWhereInput | null {
  const scopes = permissions.map((permission) => agenciesWithPermission(actor.roles, permission));
  if (scopes.includes("all")) return {};
  const agencies = [...new Set(scopes.flatMap((scope) => (scope === "all" ? [] : scope)))];
  return agencies.length ? { agencyId: { in: agencies } } : null;
}

export function staffScope(actor: Actor, ...permissions: Permission[]): { me: PersonActor; where: Prisma.DossierWhereInput } {
  const where = isSignedIn(actor) ? staffWhere(actor, ...permissions) : null;
  if (!isSignedIn(actor) || !where) throw new NotFoundError("dossier");
  return { me: actor, where };
}
