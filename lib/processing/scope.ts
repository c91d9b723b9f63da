// Which dossiers a staff member may see or act on: those of the agencies where one of
// their roles gives the permission (every agency for city-wide roles). Outside that,
// a dossier does not exist for them.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors";
import { isSignedIn, type Actor, type PersonActor } from "@/lib/identity/actor";
import { agenciesWithPermission, type Permission } from "@/lib/identity/permissions";

export function staffScope(actor: Actor, permission: Permission): { me: PersonActor; where: Prisma.DossierWhereInput } {
  if (!isSignedIn(actor)) throw new NotFoundError("dossier");
  const agencies = agenciesWithPermission(actor.roles, permission);
  if (agencies !== "all" && agencies.length === 0) throw new NotFoundError("dossier");
  return { me: actor, where: agencies === "all" ? {} : { agencyId: { in: agencies } } };
}
