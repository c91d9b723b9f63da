// Identity changes: acting for an organisation, mandates, staff roles. Each re-checks its
// actor, writes in one transaction with its audit event, and answers *not found* for
// rows outside the actor's reach.
import "server-only";
import { recordAudit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import type { Actor, PersonActor } from "@/lib/identity/actor";
import { isSignedIn } from "@/lib/identity/actor";
import { idNumberHash, openText, sealIdNumber } from "@/lib/security/identity-sealing";
import { maskIdNumber } from "@/lib/identity/id-number";
import { CITY_WIDE_ROLES, GIVEN_BY_SYSTEM_ADMIN, hasPermission } from "@/lib/identity/permissions";
import { businessRegistry, populationRegistry } from "@/lib/registries/client";
import { requestIp } from "@/lib/http/request-info";
import { currentTime } from "@/lib/time";

type Person = PersonActor & { idNumber: string; idNumberHash: string };

function requirePerson(actor: Actor): Person {
  if (!isSignedIn(actor) || actor.kind !== "person" || !actor.idNumber || !actor.idNumberHash)
    throw new NotFoundError("account");
  return actor as Person;
}

/**
 * Act for an organisation (its legal representative, or a person holding its mandate),
 * or for oneself with an empty code. The organisation is checked against the business registry.
 */
export async function actForOrganisation(actor: Actor, enterpriseCode: string): Promise<void> {
  const me = requirePerson(actor);
  let organisationId: string | null = null;
  if (enterpriseCode) {
    let organisation = await db().organisation.findUnique({
      where: { enterpriseCode },
      select: { id: true, legalRepIdHash: true },
    });
    if (!organisation) {
      const record = await businessRegistry.findBusiness(enterpriseCode);
      if (!record || record.legalRepresentative.idNumber !== me.idNumber) throw new NotFoundError("organisation");
      const legalRep = sealIdNumber(record.legalRepresentative.idNumber);
      organisation = await db().organisation.create({
        data: {
          enterpriseCode,
          name: record.name,
          kind: record.kind,
          address: `${record.address.street}, ${record.address.ward}, ${record.address.city}`,
          legalRepIdHash: legalRep.hash,
          legalRepIdSealed: legalRep.sealed,
          legalRepName: record.legalRepresentative.fullName,
          verifiedAt: currentTime(),
        },
        select: { id: true, legalRepIdHash: true },
      });
    }
    const mayAct =
      organisation.legalRepIdHash === me.idNumberHash ||
      (await db().mandate.count({
        where: { organisationId: organisation.id, holderIdHash: me.idNumberHash, revokedAt: null },
      })) > 0;
    if (!mayAct) throw new NotFoundError("organisation");
    organisationId = organisation.id;
  }
  const ip = await requestIp();
  await db().$transaction(async (tx) => {
    await tx.session.update({ where: { id: me.sessionId }, data: { actingForOrganisationId: organisationId } });
    await recordAudit(
      {
        actorUserId: me.userId,
        action: "identity.acting_for",
        targetType: "organisation",
        targetId: organisationId ?? undefined,
        ip,
      },
      tx,
    );
  });
}

/** The legal representative, acting for the organisation, gives a person its mandate. */
export async function grantMandate(actor: Actor, holderIdNumber: string): Promise<void> {
  const me = requirePerson(actor);
  const organisation = await representedOrganisation(me);
  const holder = await populationRegistry.findPerson(holderIdNumber);
  if (!holder)
    throw new ValidationError({
      idNumber: {
        vi: "Không tìm thấy người có số định danh này trong Cơ sở dữ liệu quốc gia về dân cư.",
        en: "No person with this ID number in the national population database.",
      },
    });
  if (holderIdNumber === me.idNumber)
    throw new ValidationError({
      idNumber: {
        vi: "Người đại diện theo pháp luật đã có quyền đại diện.",
        en: "The legal representative already acts for the organisation.",
      },
    });
  const ip = await requestIp();
  const holderId = sealIdNumber(holderIdNumber);
  await db().$transaction(async (tx) => {
    const existing = await tx.mandate.count({
      where: { organisationId: organisation.id, holderIdHash: holderId.hash, revokedAt: null },
    });
    if (existing > 0) return;
    const mandate = await tx.mandate.create({
      data: {
        organisationId: organisation.id,
        holderIdHash: holderId.hash,
        holderIdSealed: holderId.sealed,
        holderName: holder.fullName,
        grantedById: me.userId,
      },
    });
    await recordAudit(
      {
        actorUserId: me.userId,
        action: "mandate.granted",
        targetType: "mandate",
        targetId: mandate.id,
        ip,
        details: { organisation: organisation.enterpriseCode, holder: maskIdNumber(holderIdNumber) },
      },
      tx,
    );
  });
}

/** The legal representative revokes a mandate of the organisation they act for. */
export async function revokeMandate(actor: Actor, mandateId: string): Promise<void> {
  const me = requirePerson(actor);
  const organisation = await representedOrganisation(me);
  const ip = await requestIp();
  await db().$transaction(async (tx) => {
    const revoked = await tx.mandate.updateMany({
      where: { id: mandateId, organisationId: organisation.id, revokedAt: null },
      data: { revokedAt: currentTime() },
    });
    if (revoked.count === 0) throw new NotFoundError("mandate");
    await tx.session.updateMany({
      where: { actingForOrganisationId: organisation.id, user: { idNumberHash: { not: me.idNumberHash } } },
      data: { actingForOrganisationId: null },
    });
    await recordAudit(
      { actorUserId: me.userId, action: "mandate.revoked", targetType: "mandate", targetId: mandateId, ip },
      tx,
    );
  });
}

async function representedOrganisation(me: Person) {
  if (!me.actingFor) throw new NotFoundError("organisation");
  const organisation = await db().organisation.findFirst({
    where: { id: me.actingFor.organisationId, legalRepIdHash: me.idNumberHash },
    select: { id: true, enterpriseCode: true },
  });
  if (!organisation) throw new NotFoundError("organisation");
  return organisation;
}

function mayAssign(me: PersonActor, role: StaffRole, agencyId: string | null): boolean {
  if (GIVEN_BY_SYSTEM_ADMIN.includes(role)) return hasPermission(me.roles, "system.staff.manage");
  return agencyId !== null && hasPermission(me.roles, "agency.staff.manage", agencyId);
}

/** Gives a person (by ID number) a staff role; their sessions end so the change takes effect at once. */
export async function assignStaffRole(
  actor: Actor,
  input: { idNumber: string; role: StaffRole; agencyId: string | null },
): Promise<void> {
  if (!isSignedIn(actor)) throw new NotFoundError("staff list");
  const agencyId = CITY_WIDE_ROLES.includes(input.role) ? null : input.agencyId;
  if (!CITY_WIDE_ROLES.includes(input.role) && !agencyId)
    throw new ValidationError({ agencyId: { vi: "Hãy chọn cơ quan.", en: "Choose an agency." } });
  if (!mayAssign(actor, input.role, agencyId)) throw new ForbiddenError();
  const ip = await requestIp();
  const person = sealIdNumber(input.idNumber);
  await db().$transaction(async (tx) => {
    const existing = await tx.staffAssignment.findFirst({
      where: { idNumberHash: person.hash, role: input.role, agencyId },
      select: { id: true },
    });
    if (existing) return;
    const created = await tx.staffAssignment.create({
      data: {
        idNumberHash: person.hash,
        idNumberSealed: person.sealed,
        role: input.role,
        agencyId,
        grantedById: actor.userId,
      },
    });
    await tx.session.deleteMany({ where: { user: { idNumberHash: person.hash } } });
    await recordAudit(
      {
        actorUserId: actor.userId,
        action: "staff.role_granted",
        targetType: "staff_assignment",
        targetId: created.id,
        ip,
        details: { role: input.role, agencyId, person: maskIdNumber(input.idNumber) },
      },
      tx,
    );
  });
}

/** Removes a staff role within the administrator's reach; the person's sessions end. */
export async function revokeStaffRole(actor: Actor, assignmentId: string): Promise<void> {
  if (!isSignedIn(actor)) throw new NotFoundError("staff assignment");
  const ip = await requestIp();
  await db().$transaction(async (tx) => {
    const assignment = await tx.staffAssignment.findUnique({ where: { id: assignmentId } });
    if (!assignment || !mayAssign(actor, assignment.role, assignment.agencyId))
      throw new NotFoundError("staff assignment");
    await tx.staffAssignment.delete({ where: { id: assignmentId } });
    await tx.session.deleteMany({ where: { user: { idNumberHash: assignment.idNumberHash } } });
    await recordAudit(
      {
        actorUserId: actor.userId,
        action: "staff.role_revoked",
        targetType: "staff_assignment",
        targetId: assignmentId,
        ip,
        details: {
          role: assignment.role,
          agencyId: assignment.agencyId,
          person: maskIdNumber(openText(assignment.idNumberSealed)),
        },
      },
      tx,
    );
  });
}

/**
 * Ends every portal session of a person (a lost phone, an account taken over): their next
 * request is signed out. Only system administrators; audited with the masked ID number.
 */
export async function endSessionsOf(actor: Actor, idNumber: string): Promise<number> {
  if (!isSignedIn(actor) || !hasPermission(actor.roles, "system.sessions.revoke")) throw new NotFoundError("account");
  const ip = await requestIp();
  return db().$transaction(async (tx) => {
    const { count } = await tx.session.deleteMany({ where: { user: { idNumberHash: idNumberHash(idNumber) } } });
    await recordAudit(
      {
        actorUserId: actor.userId,
        action: "account.sessions_ended",
        targetType: "user",
        ip,
        details: { person: maskIdNumber(idNumber), sessions: count },
      },
      tx,
    );
    return count;
  });
}
