// Which dossiers a staff member may see or act on: those of the agencies where one of
// their roles gives one of the permissions (every agency for city-wide roles). Outside that,
// a dossier does not exist for them.
import "server-only";
import { db } from "@/lib/db";
import { applicantScope, plausibleCode } from "@/lib/dossiers/access";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/mutations";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { isSignedIn, type Actor, type PersonActor } from "@/lib/identity/actor";
import { agenciesWithPermission, hasPermission, ROLE_PERMISSIONS, type Permission } from "@/lib/identity/permissions";

/** The dossiers the permissions reach, as a filter; null when they reach none. */
export function staffWhere(actor: PersonActor, ...permissions: Permission[]): Prisma.DossierWhereInput | null {
  const scopes = permissions.map((permission) => agenciesWithPermission(actor.roles, permission));
  if (scopes.includes("all")) return {};
  const agencies = [...new Set(scopes.flatMap((scope) => (scope === "all" ? [] : scope)))];
  return agencies.length ? { agencyId: { in: agencies } } : null;
}

/**
 * The dossiers a person reaches as their applicant, as staff with the permissions, or (to
 * read) as an agency consulted on them. A
 * city-wide reader reaches all: the filter is then empty (an empty filter inside OR would
 * match no dossier).
 */
export function applicantOrStaffWhere(actor: PersonActor, ...permissions: Permission[]): Prisma.DossierWhereInput {
  const staff = staffWhere(actor, ...permissions);
  if (staff && Object.keys(staff).length === 0) return {};
  // Reading reaches the dossiers the person's agency is consulted about too.
  const consulted = permissions.includes("dossier.read") ? consultedWhere(actor) : null;
  return { OR: [applicantScope(actor), ...(staff ? [staff] : []), ...(consulted ? [consulted] : [])] };
}

export function staffScope(
  actor: Actor,
  ...permissions: Permission[]
): { me: PersonActor; where: Prisma.DossierWhereInput } {
  const where = isSignedIn(actor) ? staffWhere(actor, ...permissions) : null;
  if (!isSignedIn(actor) || !where) throw new NotFoundError("dossier");
  return { me: actor, where };
}

/**
 * A dossier by code that the permissions reach, with the person; *not found* for whoever
 * may not read it, a refusal for whoever may read it but not do this.
 */
export async function staffDossier(actor: Actor, code: string, ...permissions: Permission[]) {
  if (!isSignedIn(actor) || !plausibleCode(code)) throw new NotFoundError("dossier");
  const where = staffWhere(actor, ...permissions);
  const dossier = where ? await db().dossier.findFirst({ where: { code, ...where } }) : null;
  if (dossier) return { me: actor, dossier };
  // An agency asked for its opinion reads the dossier it answers about (and nothing more).
  const consulted = permissions.includes("dossier.read") ? consultedWhere(actor) : null;
  const asked = consulted ? await db().dossier.findFirst({ where: { code, ...consulted } }) : null;
  if (asked) return { me: actor, dossier: asked };
  // Someone who may read the dossier knows it exists: what they may not do to it is refused.
  const readable = permissions.includes("dossier.read") ? null : staffWhere(actor, ...READ_PERMISSIONS);
  const seen = readable
    ? await db().dossier.findFirst({ where: { code, ...readable }, select: { id: true, code: true } })
    : null;
  if (seen) throw await refusal(actor, seen, permissions.join(" "));
  throw new NotFoundError("dossier");
}

/**
 * Dossiers another agency asked the person's agency about, for whoever there may answer
 * (appraise or decide): what the consulted agency reads to give its opinion.
 */
export function consultedWhere(actor: PersonActor): Prisma.DossierWhereInput | null {
  const scopes = (["dossier.appraise", "dossier.decide"] as const).map((p) => agenciesWithPermission(actor.roles, p));
  if (scopes.includes("all")) return null;
  const agencies = [...new Set(scopes.flatMap((s) => (s === "all" ? [] : s)))];
  return agencies.length ? { consultations: { some: { toAgencyId: { in: agencies } } } } : null;
}

/** For a dossier found by code: a refusal for someone who may read it, *not found* for anyone else. */
export async function refusedOrHidden(
  actor: Actor,
  dossier: { id: string; code: string; agencyId: string },
  refused: string,
): Promise<ForbiddenError | NotFoundError> {
  if (isSignedIn(actor) && READ_PERMISSIONS.some((p) => hasPermission(actor.roles, p, dossier.agencyId)))
    return refusal(actor, dossier, refused);
  return new NotFoundError("dossier");
}

/** What lets a member of staff read a dossier (the inspector's oversight among them). */
const READ_PERMISSIONS: Permission[] = ["dossier.read", "dossier.receive", "dossier.appraise", "dossier.decide"];

/**
 * The answer to a member of staff who may read the dossier but not do this to it: a refusal,
 * with an audit line naming what was refused (docs/domain.md §3), not "not found" and never
 * an error page.
 */
export async function refusal(
  me: PersonActor,
  dossier: { id: string; code: string },
  refused: string,
): Promise<ForbiddenError> {
  await recordAudit({
    actorUserId: me.userId,
    action: "dossier.action-refused",
    targetType: "dossier",
    targetId: dossier.id,
    details: { code: dossier.code, refused },
  });
  return new ForbiddenError();
}

/**
 * People with an account whose roles give one of the permissions at the agencies (every
 * agency when null): whom a step can be handed or assigned to, whom a queue can be filtered by.
 */
export async function staffWithPermission(agencyIds: string[] | null, permissions: Permission[], take = 200) {
  const roles = (Object.keys(ROLE_PERMISSIONS) as StaffRole[]).filter((role) =>
    permissions.some((p) => ROLE_PERMISSIONS[role].includes(p)),
  );
  const assignments = await db().staffAssignment.findMany({
    where: { role: { in: roles }, ...(agencyIds ? { agencyId: { in: agencyIds } } : {}) },
    select: { idNumberHash: true },
    take: 500,
  });
  return db().user.findMany({
    where: { idNumberHash: { in: [...new Set(assignments.map((a) => a.idNumberHash))] } },
    select: { id: true, fullName: true },
    orderBy: { fullName: "asc" },
    take,
  });
}
