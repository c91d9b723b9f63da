// Which dossiers a staff member may see or act on: those of the agencies where one of
// their roles gives one of the permissions (every agency for city-wide roles). Outside that,
// a dossier does not exist for them.
import "server-only";
import { db } from "@/lib/db";
import { plausibleCode } from "@/lib/dossiers/access";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { NotFoundError } from "@/lib/errors";
import { isSignedIn, type Actor, type PersonActor } from "@/lib/identity/actor";
import { agenciesWithPermission, ROLE_PERMISSIONS, type Permission } from "@/lib/identity/permissions";

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

/** A dossier by code that the permissions reach, with the person; *not found* otherwise. */
export async function staffDossier(actor: Actor, code: string, ...permissions: Permission[]) {
  const { me, where } = staffScope(actor, ...permissions);
  const dossier = plausibleCode(code) ? await db().dossier.findFirst({ where: { code, ...where } }) : null;
  if (!dossier) throw new NotFoundError("dossier");
  return { me, dossier };
}

/**
 * People with an account whose roles give one of the permissions at the agencies (every
 * agency when null): whom a step can be handed or assigned to, whom a queue can be filtered by.
 */
export async function staffWithPermission(agencyIds: string[] | null, permissions: Permission[], take = 200) {
  const roles = (Object.keys(ROLE_PERMISSIONS) as StaffRole[]).filter((role) => permissions.some((p) => ROLE_PERMISSIONS[role].includes(p)));
  const assignments = await db().staffAssignment.findMany({ where: { role: { in: roles }, ...(agencyIds ? { agencyId: { in: agencyIds } } : {}) }, select: { idNumberHash: true }, take: 500 });
  return db().user.findMany({ where: { idNumberHash: { in: [...new Set(assignments.map((a) => a.idNumberHash))] } }, select: { id: true, fullName: true }, orderBy: { fullName: "asc" }, take });
}
