// ID numbers and identity fields are encrypted at rest: after a person and an organisation
// sign in, get a staff role and a mandate, no column of any table holds their ID number,
// phone, e-mail or address readable; everything that finds them by ID number still does.
// The same holds for what dossiers say: answers (which name other people too), drafts,
// pending and completed signatures.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { composeIdNumber } from "@/lib/identity/id-number";
import { assignStaffRole } from "@/lib/accounts/mutations";
import { listStaffAssignmentsForAdmin } from "@/lib/accounts/queries";
import { recordSignIn } from "@/lib/identity/sign-in";
import { idNumberHash, openIdentity, openJson, openText } from "@/lib/security/identity-sealing";
import { sealLegacyPersonalData } from "@/scripts/runtime/legacy-personal-data";
import { startDraft, submitDossier } from "@/lib/dossiers/mutations";
import { getDraftForOwner, getSubmissionCopyForApplicant } from "@/lib/dossiers/queries";
import {
  confirmDraftSignature,
  getDraftSigning,
  requestDraftSignature,
  verifyDossierSignature,
} from "@/lib/dossiers/signing";
import { receiveDossier, getDossierForStaff } from "@/lib/processing/reception";
import { agencyIds, createPersonActor, createStaff } from "@/tests/factories/actors";
import {
  birthRegistrationValues,
  birthRegistrationVersionId,
  createDraftFor,
  householdBusinessValues,
} from "@/tests/factories/dossiers";

afterAll(async () => {
  await db().$disconnect();
});

/** Every readable column of the portal's tables that contains the text. */
async function columnsHolding(text: string): Promise<string[]> {
  const columns = await db().$queryRaw<{ table_name: string; column_name: string }[]>`
    SELECT table_name, column_name FROM information_schema.columns
    WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb', 'json') AND table_name <>
    '_prisma_migrations'`;
  const found: string[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    const [row] = await db().$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "${table}" WHERE "${column}"::text LIKE '%' || $1 || '%'`,
      text,
    );
    if (row!.n > 0) found.push(`${table}.${column}`);
  }
  return found;
}

const unique = () => Math.floor(Math.random() * 900_000) + 100_000;

describe("identity at rest", () => {
  it(
    "keeps no ID number, phone, e-mail or address readable in any table, and still finds the person by ID " + "number",
    async () => {
      const n = unique();
      const idNumber = composeIdNumber("079", 1991, "female", n);
      const legalRepId = composeIdNumber("079", 1980, "male", n + 1);
      const phone = `0907${n}`;
      const email = `nguoi.${n}@example.vn`;
      const street = `${n} Đường Kiểm Thử`;
      const person = await createPersonActor({ name: "Người Niêm Phong" });
      await recordSignIn(
        person.userId,
        {
          sub: person.userId,
          acr: "LoA2",
          HoVaTen: "Người Niêm Phong",
          SoDinhDanh: idNumber,
          birthdate: "1991-02-03",
          gender: "female",
          phone_number: phone,
          email,
          address: { formatted: `${street}, Phường Sài Gòn` },
        },
        false,
      );
      const organisationAccount = await createPersonActor({ name: "Công ty Niêm Phong" });
      await recordSignIn(
        organisationAccount.userId,
        {
          sub: organisationAccount.userId,
          acr: "LoA2",
          LoaiTaiKhoan: "TO_CHUC",
          MaDoanhNghiep: `03${n}99`,
          TenDoanhNghiep: "Công ty Niêm Phong",
          DiaChiDoanhNghiep: "1 Lê Lợi",
          NguoiDaiDienPhapLuat: { SoDinhDanh: legalRepId, HoVaTen: "Người Đại Diện" },
        },
        false,
      );
      const admin = await createPersonActor({ roles: [{ role: "SYSTEM_ADMIN", agencyId: null }] });
      await assignStaffRole(admin, { idNumber, role: "INSPECTOR", agencyId: null });

      for (const secret of [idNumber, legalRepId, phone, email, street])
        expect(await columnsHolding(secret), secret).toEqual([]);

      // What the account page, the e-mails and the slips read is still there, for the portal only.
      const row = await db().user.findUniqueOrThrow({ where: { id: person.userId } });
      expect(row.idNumberHash).toBe(idNumberHash(idNumber));
      expect(openIdentity(row.sealedIdentity)).toEqual({
        idNumber,
        birthDate: "1991-02-03",
        sex: "female",
        address: `${street}, Phường Sài Gòn`,
        phone,
        contactEmail: email,
      });
      const organisation = await db().organisation.findUniqueOrThrow({ where: { enterpriseCode: `03${n}99` } });
      expect(organisation.legalRepIdHash).toBe(idNumberHash(legalRepId));
      expect(openText(organisation.legalRepIdSealed)).toBe(legalRepId);
      // The role given by ID number is found through the hash, and listed masked with the person's name.
      const roles = await db().staffAssignment.findMany({ where: { idNumberHash: row.idNumberHash! } });
      expect(roles.map((r) => r.role)).toEqual(["INSPECTOR"]);
      const listed = (await listStaffAssignmentsForAdmin(admin)).rows.find((r) => r.id === roles[0]!.id);
      expect(listed).toMatchObject({ name: "Người Niêm Phong", maskedIdNumber: `********${idNumber.slice(-4)}` });
    },
  );

  it(
    "keeps the ID numbers a dossier names sealed in its answers, drafts and signature, and every page still " +
      "reads them",
    async () => {
      const n = unique();
      const motherId = composeIdNumber("079", 1993, "female", n);
      const founderPhone = `0918${n}`;
      const applicant = await createPersonActor({ name: "Người Ký Niêm Phong" });
      const [benThanh] = await agencyIds("ubnd-phuong-ben-thanh");
      const clerk = await createStaff("RECEPTION_CLERK", benThanh!);
      // A signed household business registration, submitted; a birth registration naming the mother, left as a draft.
      const signed = await createDraftFor(
        applicant,
        "dang-ky-thanh-lap-ho-kinh-doanh",
        householdBusinessValues(applicant, { phone: founderPhone }),
      );
      await requestDraftSignature(applicant, signed.draftId);
      const pendingDraft = await db().dossierDraft.findUniqueOrThrow({ where: { id: signed.draftId } });
      expect(pendingDraft.sealedSigning).not.toContain(applicant.idNumber!);
      const { pending } = await getDraftSigning(applicant, signed.draftId);
      await confirmDraftSignature(applicant, signed.draftId, pending!.demoOtp!);
      const { code } = await submitDossier(applicant, signed.draftId, signed.idempotencyKey);
      const left = await createDraftFor(
        applicant,
        "dang-ky-khai-sinh",
        birthRegistrationValues(applicant, { motherIdNumber: motherId }),
      );
      const { draftId: prefilled } = await startDraft(applicant, "dang-ky-thuong-tru");

      for (const secret of [applicant.idNumber!, motherId, founderPhone])
        expect(await columnsHolding(secret), secret).toEqual([]);

      // What the applicant, the clerk and the signature check read is opened from the sealed copies.
      expect((await getDraftForOwner(applicant, left.draftId)).values).toMatchObject({
        motherIdNumber: motherId,
        requesterIdNumber: applicant.idNumber,
      });
      expect((await getDraftForOwner(applicant, prefilled)).values).toMatchObject({
        idNumber: applicant.idNumber,
        phone: founderPhone,
      });
      expect(await verifyDossierSignature(applicant, code)).toMatchObject({
        valid: true,
        dataUnchanged: true,
        signerId: applicant.idNumber,
      });
      const copy = await getSubmissionCopyForApplicant(applicant, code);
      expect(copy.sections.flatMap((s) => s.rows).some(([, value]) => value === founderPhone)).toBe(true);
      const seen = await getDossierForStaff(clerk, code);
      expect(seen.values).toMatchObject({ idNumber: applicant.idNumber, phone: founderPhone });
      await receiveDossier(clerk, code, seen.version);
      for (const secret of [applicant.idNumber!, founderPhone])
        expect(await columnsHolding(secret), secret).toEqual([]);
    },
  );

  it(
    "seals rows stored before encryption once, at the next start, and lookups and dossiers then " + "find them",
    async () => {
      const n = unique();
      const idNumber = composeIdNumber("079", 1975, "male", n);
      const holderId = composeIdNumber("079", 1999, "female", n);
      const [user] = await db().$queryRaw<{ id: string }[]>`
      INSERT INTO "User" (id, kind, subject, "idNumber", "birthDate", sex, address, phone, "contactEmail",
      "fullName", "accountLevel", "identitySource", "verifiedAt", "updatedAt")
      VALUES (${randomUUID()}::uuid, 'PERSON', ${`legacy-${n}`}, ${idNumber}, '1975-06-07', 'male', '9 Đường Cũ',
        ${`0988${n}`},
        'cu@example.vn', 'Người Lưu Trước', 2, 'VNeID', now(), now())
      RETURNING id`;
      const agency = await db().agency.findFirstOrThrow({ where: { slug: "ubnd-phuong-sai-gon" } });
      const staffId = randomUUID();
      await db().$executeRaw`INSERT INTO "StaffAssignment" (id, "idNumber", "idNumberHash", "idNumberSealed", role,
        "agencyId") VALUES (${staffId}::uuid, ${idNumber}, ${`unsealed:${staffId}`}, '', 'SPECIALIST',
        ${agency.id}::uuid)`;
      const organisationId = randomUUID();
      await db().$executeRaw`INSERT INTO "Organisation" (id, "enterpriseCode", name, kind, address,
      "legalRepIdNumber",
        "legalRepIdHash", "legalRepIdSealed", "legalRepName", "verifiedAt")
      VALUES (${organisationId}::uuid, ${`04${n}`}, 'Công ty Cũ', 'ENTERPRISE', '1 Lê Lợi', ${idNumber},
        ${`unsealed:${organisationId}`},
        '', 'Người Lưu Trước', now())`;
      const mandateId = randomUUID();
      await db()
        .$executeRaw`INSERT INTO "Mandate" (id, "organisationId", "holderIdNumber", "holderIdHash", "holderIdSealed",
        "holderName")
      VALUES (${mandateId}::uuid, ${organisationId}::uuid, ${holderId}, ${`unsealed:${mandateId}`}, '',
          'Người Được Ủy Quyền')`;

      // A dossier with its signature and receipt, and a draft with a pending signing, as they were stored before.
      const versionId = await birthRegistrationVersionId();
      const answers = { requesterIdNumber: idNumber, motherIdNumber: holderId, phone: `0988${n}` };
      const dossierId = randomUUID();
      await db().$executeRaw`INSERT INTO "Dossier" (id, code, "procedureVersionId", "applicantUserId", "agencyId",
      status,
        channel, "submittedAt", values, "sealedValues", provenance, "reusedValueCount", "totalValueCount",
      "idempotencyKey")
      VALUES (${dossierId}::uuid, ${`CU-${n}`}, ${versionId}::uuid, ${user!.id}::uuid, ${agency.id}::uuid, 1,
        'ONLINE', now(), ${JSON.stringify(answers)}::jsonb,
        '', '{}', 0, 3, gen_random_uuid())`;
      await db().$executeRaw`INSERT INTO "DossierSignature" ("dossierId", "signerKind", "signerId", "signerIdSealed",
        "signerName", "documentHash", algorithm, signature, certificate, "certificateSealed", "signedAt")
      VALUES (${dossierId}::uuid, 'PERSON', ${idNumber}, '', 'Người Lưu Trước', ${"a".repeat(64)},
        'ECDSA-P256-SHA256', 'sig', ${`PEM ${idNumber}`}, '', now())`;
      await db()
        .$executeRaw`INSERT INTO "DossierSlip" (id, "dossierId", kind, "issuedBy", content, "sealedContent") VALUES
        (gen_random_uuid(), ${dossierId}::uuid, 'MAU_01', ${user!.id}::uuid,
          ${JSON.stringify({ applicant: { phone: `0988${n}` } })}::jsonb, '')`;
      const draftId = randomUUID();
      await db().$executeRaw`INSERT INTO "DossierDraft" (id, "userId", "procedureVersionId", values, "sealedValues",
        provenance, "idempotencyKey", signing, "updatedAt")
      VALUES (${draftId}::uuid, ${user!.id}::uuid, ${versionId}::uuid, ${JSON.stringify(answers)}::jsonb, '', '{}',
        gen_random_uuid(), ${JSON.stringify({ state: "pending", signer: { kind: "PERSON", id: idNumber } })}::jsonb,
        now())`;

      // Before the pass the scan finds the plaintext columns (so that finding nothing after it means something).
      expect(await columnsHolding(idNumber)).toEqual(
        expect.arrayContaining([
          "User.idNumber",
          "StaffAssignment.idNumber",
          "Organisation.legalRepIdNumber",
          "Dossier.values",
          "DossierDraft.values",
          "DossierDraft.signing",
          "DossierSignature.signerId",
        ]),
      );
      expect(await columnsHolding(`0988${n}`)).toEqual(expect.arrayContaining(["DossierSlip.content"]));
      expect(await sealLegacyPersonalData(db())).toBeGreaterThanOrEqual(8);
      expect(await sealLegacyPersonalData(db())).toBe(0);

      for (const secret of [idNumber, holderId, `0988${n}`]) expect(await columnsHolding(secret), secret).toEqual([]);
      const hash = idNumberHash(idNumber);
      const moved = await db().user.findUniqueOrThrow({ where: { idNumberHash: hash } });
      expect(moved.id).toBe(user!.id);
      expect(openIdentity(moved.sealedIdentity)).toEqual({
        idNumber,
        birthDate: "1975-06-07",
        sex: "male",
        address: "9 Đường Cũ",
        phone: `0988${n}`,
        contactEmail: "cu@example.vn",
      });
      expect(await db().staffAssignment.count({ where: { idNumberHash: hash, role: "SPECIALIST" } })).toBe(1);
      expect((await db().organisation.findUniqueOrThrow({ where: { id: organisationId } })).legalRepIdHash).toBe(hash);
      expect(await db().mandate.count({ where: { id: mandateId, holderIdHash: idNumberHash(holderId) } })).toBe(1);
      const dossier = await db().dossier.findUniqueOrThrow({
        where: { id: dossierId },
        include: { signature: true, slips: true },
      });
      expect(openJson(dossier.sealedValues)).toEqual(answers);
      expect([openText(dossier.signature!.signerIdSealed), openText(dossier.signature!.certificateSealed)]).toEqual([
        idNumber,
        `PEM ${idNumber}`,
      ]);
      expect(openJson(dossier.slips[0]!.sealedContent)).toEqual({ applicant: { phone: `0988${n}` } });
      const draft = await db().dossierDraft.findUniqueOrThrow({ where: { id: draftId } });
      expect([openJson(draft.sealedValues), openJson(draft.sealedSigning!)]).toEqual([
        answers,
        { state: "pending", signer: { kind: "PERSON", id: idNumber } },
      ]);
    },
  );
});
