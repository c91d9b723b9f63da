// Identity reads: one's own account, the organisations one may act for, an
// organisation's mandates, and staff assignments. Each checks its actor.
import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Actor, PersonActor } from "@/lib/identity/actor";
import { isSignedIn } from "@/lib/identity/actor";
import { openIdentity, openText } from "@/lib/security/identity-sealing";
import { maskIdNumber } from "@/lib/identity/id-number";
import { agenciesWithPermission } from "@/lib/identity/permissions";

function requirePerson(actor: Actor): PersonActor {
  if (!isSignedIn(actor)) throw new NotFoundError("account");
  return actor;
}

/** The signed-in account, for its owner only; the ID number is masked. */
export async function getOwnAccount(actor: Actor) {
  const me = requirePerson(actor);
  const user = await db().user.findUniqueOrThrow({
    where: { id: me.userId },
    select: {
      kind: true,
      fullName: true,
      sealedIdentity: true,
      enterpriseCode: true,
      accountLevel: true,
      identitySource: true,
      verifiedAt: true,
    },
  });
  const { idNumber, birthDate, address } = openIdentity(user.sealedIdentity);
  const { sealedIdentity: _sealed, ...shown } = user;
  return {
    ...shown,
    birthDate,
    address,
    maskedIdNumber: idNumber ? maskIdNumber(idNumber) : null,
    actingFor: me.actingFor,
    roles: me.roles,
  };
}

/** Organisations the person may act for: those they legally represent and those that gave them a mandate. */
export async function listOrganisationsForActor(actor: Actor) {
  const me = requirePerson(actor);
  if (me.kind !== "person" || !me.idNumberHash) return [];
  const organisations = await db().organisation.findMany({
    where: {
      OR: [
        { legalRepIdHash: me.idNumberHash },
        { mandates: { some: { holderIdHash: me.idNumberHash, revokedAt: null } } },
      ],
    },
    orderBy: { name: "asc" },
    take: 50,
    select: { id: true, enterpriseCode: true, name: true, legalRepIdHash: true },
  });
  return organisations.map((o) => ({
    id: o.id,
    enterpriseCode: o.enterpriseCode,
    name: o.name,
    asLegalRepresentative: o.legalRepIdHash === me.idNumberHash,
  }));
}

/** Mandates of the organisation the actor acts for, to its legal representative only. */
export async function listMandatesForOrganisation(actor: Actor, organisationId: string) {
  const me = requirePerson(actor);
  const organisation = await db().organisation.findFirst({
    where: { id: organisationId, legalRepIdHash: me.idNumberHash ?? "—" },
    select: { id: true },
  });
  if (!organisation || me.actingFor?.organisationId !== organisationId) throw new NotFoundError("organisation");
  const mandates = await db().mandate.findMany({
    where: { organisationId, revokedAt: null },
    orderBy: { grantedAt: "desc" },
    take: 100,
    select: { id: true, holderIdSealed: true, holderName: true, grantedAt: true },
  });
  return mandates.map((m) => ({
    id: m.id,
    holderName: m.holderName,
    maskedIdNumber: maskIdNumber(openText(m.holderIdSealed)),
    grantedAt: m.grantedAt,
  }));
}

const ASSIGNMENTS_PAGE = 50;

/** Staff assignments an administrator may manage: all for system administrators, their agencies' for agency
 * administrators. */
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
      select: {
        id: true,
        idNumberHash: true,
        idNumberSealed: true,
        role: true,
        createdAt: true,
        agency: { select: { id: true, nameVi: true, nameEn: true } },
      },
    }),
  ]);
  const names = await db().user.findMany({
    where: { idNumberHash: { in: rows.map((r) => r.idNumberHash) } },
    select: { idNumberHash: true, fullName: true },
  });
  const nameOf = new Map(names.map((n) => [n.idNumberHash, n.fullName]));
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      role: r.role,
      agency: r.agency,
      maskedIdNumber: maskIdNumber(openText(r.idNumberSealed)),
      name: nameOf.get(r.idNumberHash) ?? null,
      createdAt: r.createdAt,
    })),
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
