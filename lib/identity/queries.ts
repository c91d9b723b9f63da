// Identity reads: one's own account, the organisations one may act for, an
// organisation's mandates, and staff assignments. Each checks its actor.
import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Actor, PersonActor } from "./actor";
import { isSignedIn } from "./actor";
import { maskIdNumber } from "./id-number";
import { agenciesWithPermission } from "./permissions";

function requirePerson(actor: Actor): PersonActor {
  if (!isSignedIn(actor)) throw new NotFoundError("account");
  return actor;
}

/** The signed-in account, for its owner only; the ID number is masked. */
export async function getOwnAccount(actor: Actor) {
  const me = requirePerson(actor);
  const user = await db().user.findUniqueOrThrow({
    where: { id: me.userId },
    select: { kind: true, fullName: true, idNumber: true, enterpriseCode: true, birthDate: true, address: true, accountLevel: true, identitySource: true, verifiedAt: true },
  });
  return { ...user, idNumber: undefined, maskedIdNumber: user.idNumber ? maskIdNumber(user.idNumber) : null, actingFor: me.actingFor, roles: me.roles };
}

/** Organisations the person may act for: those they legally represent and those that gave them a mandate. */
export async function listOrganisationsForActor(actor: Actor) {
  const me = requirePerson(actor);
  if (me.kind !== "person" || !me.idNumber) return [];
  const organisations = await db().organisation.findMany({
    where: { OR: [{ legalRepIdNumber: me.idNumber }, { mandates: { some: { holderIdNumber: me.idNumber, revokedAt: null } } }] },
    orderBy: { name: "asc" },
    take: 50,
    select: { id: true, enterpriseCode: true, name: true, legalRepIdNumber: true },
  });
  return organisations.map((o) => ({ id: o.id, enterpriseCode: o.enterpriseCode, name: o.name, asLegalRepresentative: o.legalRepIdNumber === me.idNumber }));
}

/** Mandates of the organisation the actor acts for, to its legal representative only. */
export async function listMandatesForOrganisation(actor: Actor, organisationId: string) {
  const me = requirePerson(actor);
  const organisation = await db().organisation.findFirst({ where: { id: organisationId, legalRepIdNumber: me.idNumber ?? "—" }, select: { id: true } });
  if (!organisation || me.actingFor?.organisationId !== organisationId) throw new NotFoundError("organisation");
  const mandates = await db().mandate.findMany({
    where: { organisationId, revokedAt: null },
    orderBy: { grantedAt: "desc" },
    take: 100,
    select: { id: true, holderIdNumber: true, holderName: true, grantedAt: true },
  });
  return mandates.map((m) => ({ id: m.id, holderName: m.holderName, maskedIdNumber: maskIdNumber(m.holderIdNumber), grantedAt: m.grantedAt }));
}

const ASSIGNMENTS_PAGE = 50;

/** Staff assignments an administrator may manage: all for system administrators, their agencies' for agency administrators. */
export async function listStaffAssignmentsForAdmin(actor: Actor, page = 1) {
  const me = requirePerson(actor);
  const scope = agenciesWithPermission(me.roles, "agency.staff.manage");
  if (scope !== "all" && scope.length === 0) throw new NotFoundError("staff list");
  const where = scope === "all" ? {} : { agencyId: { in: scope } };
  const [total, rows] = await Promise.all([
    db().staffAssignment.count({ where }),
    db().staffAssignment.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (Math.max(1, page) - 1) * ASSIGNMENTS_PAGE,
      take: ASSIGNMENTS_PAGE,
      select: { id: true, idNumber: true, role: true, createdAt: true, agency: { select: { id: true, nameVi: true, nameEn: true } } },
    }),
  ]);
  const names = await db().user.findMany({ where: { idNumber: { in: rows.map((r) => r.idNumber) } }, select: { idNumber: true, fullName: true } });
  const nameOf = new Map(names.map((n) => [n.idNumber, n.fullName]));
  return {
    total,
    rows: rows.map((r) => ({ id: r.id, role: r.role, agency: r.agency, maskedIdNumber: maskIdNumber(r.idNumber), name: nameOf.get(r.idNumber) ?? null, createdAt: r.createdAt })),
    scope,
  };
}

/** Agencies an administrator may assign roles at. */
export async function listAgenciesForStaffAdmin(actor: Actor) {
  const me = requirePerson(actor);
  const scope = agenciesWithPermission(me.roles, "agency.staff.manage");
  if (scope !== "all" && scope.length === 0) throw new NotFoundError("agency list");
  return db().agency.findMany({
    where: { isActive: true, ...(scope === "all" ? {} : { id: { in: scope } }) },
    orderBy: [{ level: "asc" }, { nameVi: "asc" }],
    select: { id: true, nameVi: true, nameEn: true },
  });
}
