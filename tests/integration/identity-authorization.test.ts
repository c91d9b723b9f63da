// Authorization in the identity data layer, as a matrix per function.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { PersonActor } from "@/lib/identity/actor";
import { ANONYMOUS } from "@/lib/identity/actor";
import { assignStaffRole, revokeMandate } from "@/lib/accounts/mutations";
import { getOwnAccount, listMandatesForOrganisation, listStaffAssignmentsForAdmin } from "@/lib/accounts/queries";
import { getStaffAssignmentForAdmin } from "@/lib/accounts/staff-queries";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { createPersonActor, expectAuthorizationMatrix, type MatrixName } from "@/tests/factories/actors";
import { sealIdNumber } from "@/lib/security/identity-sealing";
import { submitDossier } from "@/lib/dossiers/mutations";
import { requestDraftSignature } from "@/lib/dossiers/signing";
import { birthRegistrationValues, createReadyDraft } from "@/tests/factories/dossiers";

let actors: Record<MatrixName, PersonActor>;
let agencyA: string;
let agencyB: string;
let organisationId: string;

beforeAll(async () => {
  agencyA = (await db().agency.findUniqueOrThrow({ where: { slug: "ubnd-phuong-tan-dinh" } })).id;
  agencyB = (await db().agency.findUniqueOrThrow({ where: { slug: "ubnd-phuong-ben-thanh" } })).id;
  const owner = await createPersonActor({ name: "Chủ doanh nghiệp" });
  const organisation = await db().organisation.create({
    data: {
      enterpriseCode: `09${Date.now()}`.slice(0, 10),
      name: "Công ty Kiểm Thử",
      kind: "ENTERPRISE",
      address: "1 Lê Lợi",
      legalRepIdHash: owner.idNumberHash!,
      legalRepIdSealed: sealIdNumber(owner.idNumber!).sealed,
      legalRepName: owner.fullName,
      verifiedAt: new Date(),
    },
  });
  organisationId = organisation.id;
  owner.actingFor = { organisationId, enterpriseCode: organisation.enterpriseCode, name: organisation.name };
  actors = {
    owner,
    anotherCitizen: await createPersonActor(),
    competentClerk: await createPersonActor({
      roles: [
        { role: "AGENCY_ADMIN", agencyId: agencyA },
        { role: "RECEPTION_CLERK", agencyId: agencyA },
      ],
    }),
    otherClerk: await createPersonActor({ roles: [{ role: "AGENCY_ADMIN", agencyId: agencyB }] }),
    admin: await createPersonActor({ roles: [{ role: "SYSTEM_ADMIN", agencyId: null }] }),
  };
});

describe("organisation mandates", () => {
  it("are listed for the legal representative acting for the organisation only", async () => {
    await expectAuthorizationMatrix(actors, (a) => listMandatesForOrganisation(a, organisationId), {
      owner: "allowed",
      anotherCitizen: "not-found",
      competentClerk: "not-found",
      otherClerk: "not-found",
      admin: "not-found",
    });
  });

  it("can be revoked by the legal representative only", async () => {
    const mandate = await db().mandate.create({
      data: {
        organisationId,
        holderIdHash: actors.anotherCitizen.idNumberHash!,
        holderIdSealed: sealIdNumber(actors.anotherCitizen.idNumber!).sealed,
        holderName: "Người được ủy quyền",
      },
    });
    await expectAuthorizationMatrix(
      actors,
      (a) => (a === actors.owner ? Promise.resolve() : revokeMandate(a, mandate.id)),
      {
        owner: "allowed",
        anotherCitizen: "not-found",
        competentClerk: "not-found",
        otherClerk: "not-found",
        admin: "not-found",
      },
    );
    expect((await db().mandate.findUniqueOrThrow({ where: { id: mandate.id } })).revokedAt).toBeNull();
    await revokeMandate(actors.owner, mandate.id);
    expect((await db().mandate.findUniqueOrThrow({ where: { id: mandate.id } })).revokedAt).not.toBeNull();
    const audit = await db().auditEvent.findFirst({ where: { action: "mandate.revoked", targetId: mandate.id } });
    expect(audit?.actorUserId).toBe(actors.owner.userId);
  });
});

describe("finding 7: filing for an organisation after its mandate is revoked", () => {
  it(
    "finding 7: a draft started under a mandate is neither signed nor filed for the organisation once the " +
      "mandate is revoked",
    async () => {
      const holder = await createPersonActor({ name: "Người Được Ủy Quyền Nộp" });
      const mandate = await db().mandate.create({
        data: {
          organisationId,
          holderIdHash: holder.idNumberHash!,
          holderIdSealed: sealIdNumber(holder.idNumber!).sealed,
          holderName: holder.fullName,
        },
      });
      const acting: PersonActor = { ...holder, actingFor: actors.owner.actingFor };
      const draftForCompany = async () => {
        const draft = await createReadyDraft(acting, birthRegistrationValues(acting));
        await db().dossierDraft.update({
          where: { id: draft.draftId },
          data: { actingForOrganisationId: organisationId },
        });
        return draft;
      };
      const before = await draftForCompany();
      const filed = await submitDossier(acting, before.draftId, before.idempotencyKey);
      expect((await db().dossier.findUniqueOrThrow({ where: { code: filed.code } })).actingForOrganisationId).toBe(
        organisationId,
      );

      const after = await draftForCompany();
      await revokeMandate(actors.owner, mandate.id);
      // As the portal now sees the holder (acting for no one), and as a page loaded before the
      // revocation still sees them (acting for the company): both refused, nothing written.
      for (const actor of [{ ...holder, actingFor: null }, acting]) {
        await expect(submitDossier(actor, after.draftId, after.idempotencyKey)).rejects.toBeInstanceOf(ForbiddenError);
        await expect(requestDraftSignature(actor, after.draftId)).rejects.toBeInstanceOf(ForbiddenError);
      }
      expect(await db().dossier.count({ where: { idempotencyKey: after.idempotencyKey } })).toBe(0);
      expect(await db().dossierDraft.count({ where: { id: after.draftId } })).toBe(1);
    },
  );
});

describe("staff assignments", () => {
  it("are shown to administrators of their agency and system administrators", async () => {
    const clerkAtA = await db().staffAssignment.findFirstOrThrow({
      where: { idNumberHash: actors.competentClerk.idNumberHash!, role: "RECEPTION_CLERK" },
    });
    await expectAuthorizationMatrix(actors, (a) => getStaffAssignmentForAdmin(a, clerkAtA.id), {
      owner: "not-found",
      anotherCitizen: "not-found",
      competentClerk: "allowed",
      otherClerk: "not-found",
      admin: "allowed",
    });
  });

  it("are listed only within the administrator's agencies", async () => {
    const list = await listStaffAssignmentsForAdmin(actors.otherClerk);
    expect(list.rows.every((r) => r.agency?.id === agencyB)).toBe(true);
    expect(list.rows.map((r) => r.maskedIdNumber)).not.toContain(
      `********${actors.competentClerk.idNumber!.slice(-4)}`,
    );
    await expect(listStaffAssignmentsForAdmin(actors.anotherCitizen)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listStaffAssignmentsForAdmin(actors.admin)).total).toBeGreaterThanOrEqual(list.total);
  });

  it(
    "are given by an agency administrator at their agency only, and city-wide roles by system " + "administrators",
    async () => {
      const target = await createPersonActor();
      await assignStaffRole(actors.competentClerk, {
        idNumber: target.idNumber!,
        role: "SPECIALIST",
        agencyId: agencyA,
      });
      await expect(
        assignStaffRole(actors.competentClerk, { idNumber: target.idNumber!, role: "SPECIALIST", agencyId: agencyB }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        assignStaffRole(actors.competentClerk, { idNumber: target.idNumber!, role: "SYSTEM_ADMIN", agencyId: null }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        assignStaffRole(actors.anotherCitizen, { idNumber: target.idNumber!, role: "SPECIALIST", agencyId: agencyA }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await assignStaffRole(actors.admin, { idNumber: target.idNumber!, role: "INSPECTOR", agencyId: agencyA });
      const roles = await db().staffAssignment.findMany({
        where: { idNumberHash: target.idNumberHash! },
        orderBy: { role: "asc" },
      });
      expect(roles.map((r) => [r.role, r.agencyId])).toEqual([
        ["SPECIALIST", agencyA],
        ["INSPECTOR", null],
      ]);
      // A role change ends the person's sessions so it takes effect at once.
      expect(await db().session.count({ where: { userId: target.userId } })).toBe(0);
      expect(
        await db().auditEvent.count({
          where: {
            action: "staff.role_granted",
            actorUserId: { in: [actors.competentClerk.userId, actors.admin.userId] },
          },
        }),
      ).toBeGreaterThanOrEqual(2);
    },
  );
});

describe("own account", () => {
  it("is readable by its owner, with the ID number masked, and by nobody anonymous", async () => {
    const account = await getOwnAccount(actors.anotherCitizen);
    expect(account.maskedIdNumber).toBe(`********${actors.anotherCitizen.idNumber!.slice(-4)}`);
    expect(JSON.stringify(account)).not.toContain(actors.anotherCitizen.idNumber!);
    await expect(getOwnAccount(ANONYMOUS)).rejects.toBeInstanceOf(NotFoundError);
  });
});
