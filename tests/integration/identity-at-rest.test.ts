// ID numbers and identity fields are encrypted at rest: after a person and an organisation
// sign in, get a staff role and a mandate, no column of any table holds their ID number,
// phone, e-mail or address readable; everything that finds them by ID number still does.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { composeIdNumber } from "@/lib/identity/id-number";
import { assignStaffRole } from "@/lib/identity/mutations";
import { listStaffAssignmentsForAdmin } from "@/lib/identity/queries";
import { recordSignIn } from "@/lib/identity/sign-in";
import { idNumberHash, openIdentity, openText } from "@/lib/security/identity-sealing";
import { sealLegacyIdentities } from "@/lib/security/legacy-identity";
import { createPersonActor } from "@/tests/factories/actors";

afterAll(async () => {
  await db().$disconnect();
});

/** Every readable column of the portal's tables that contains the text. */
async function columnsHolding(text: string): Promise<string[]> {
  const columns = await db().$queryRaw<{ table_name: string; column_name: string }[]>`
    SELECT table_name, column_name FROM information_schema.columns
    WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb', 'json') AND table_name <> '_prisma_migrations'`;
  const found: string[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    const [row] = await db().$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table}" WHERE "${column}"::text LIKE '%' || $1 || '%'`, text);
    if (row!.n > 0) found.push(`${table}.${column}`);
  }
  return found;
}

const unique = () => Math.floor(Math.random() * 900_000) + 100_000;

describe("identity at rest", () => {
  it("keeps no ID number, phone, e-mail or address readable in any table, and still finds the person by ID number", async () => {
    const n = unique();
    const idNumber = composeIdNumber("079", 1991, "female", n);
    const legalRepId = composeIdNumber("079", 1980, "male", n + 1);
    const phone = `0907${n}`;
    const email = `nguoi.${n}@example.vn`;
    const street = `${n} Đường Kiểm Thử`;
    const person = await createPersonActor({ name: "Người Niêm Phong" });
    await recordSignIn(person.userId, {
      sub: person.userId, acr: "LoA2", HoVaTen: "Người Niêm Phong", SoDinhDanh: idNumber, birthdate: "1991-02-03", gender: "female",
      phone_number: phone, email, address: { formatted: `${street}, Phường Sài Gòn` },
    }, false);
    const organisationAccount = await createPersonActor({ name: "Công ty Niêm Phong" });
    await recordSignIn(organisationAccount.userId, {
      sub: organisationAccount.userId, acr: "LoA2", LoaiTaiKhoan: "TO_CHUC", MaDoanhNghiep: `03${n}99`, TenDoanhNghiep: "Công ty Niêm Phong",
      DiaChiDoanhNghiep: "1 Lê Lợi", NguoiDaiDienPhapLuat: { SoDinhDanh: legalRepId, HoVaTen: "Người Đại Diện" },
    }, false);
    const admin = await createPersonActor({ roles: [{ role: "SYSTEM_ADMIN", agencyId: null }] });
    await assignStaffRole(admin, { idNumber, role: "INSPECTOR", agencyId: null });

    for (const secret of [idNumber, legalRepId, phone, email, street]) expect(await columnsHolding(secret), secret).toEqual([]);

    // What the account page, the e-mails and the slips read is still there, for the portal only.
    const row = await db().user.findUniqueOrThrow({ where: { id: person.userId } });
    expect(row.idNumberHash).toBe(idNumberHash(idNumber));
    expect(openIdentity(row.sealedIdentity)).toEqual({ idNumber, birthDate: "1991-02-03", sex: "female", address: `${street}, Phường Sài Gòn`, phone, contactEmail: email });
    const organisation = await db().organisation.findUniqueOrThrow({ where: { enterpriseCode: `03${n}99` } });
    expect(organisation.legalRepIdHash).toBe(idNumberHash(legalRepId));
    expect(openText(organisation.legalRepIdSealed)).toBe(legalRepId);
    // The role given by ID number is found through the hash, and listed masked with the person's name.
    const roles = await db().staffAssignment.findMany({ where: { idNumberHash: row.idNumberHash! } });
    expect(roles.map((r) => r.role)).toEqual(["INSPECTOR"]);
    const listed = (await listStaffAssignmentsForAdmin(admin)).rows.find((r) => r.id === roles[0]!.id);
    expect(listed).toMatchObject({ name: "Người Niêm Phong", maskedIdNumber: `********${idNumber.slice(-4)}` });
  });

  it("seals rows stored before encryption once, at the next start, and lookups then find them", async () => {
    const n = unique();
    const idNumber = composeIdNumber("079", 1975, "male", n);
    const holderId = composeIdNumber("079", 1999, "female", n);
    const [user] = await db().$queryRaw<{ id: string }[]>`
      INSERT INTO "User" (id, kind, subject, "idNumber", "birthDate", sex, address, phone, "contactEmail", "fullName", "accountLevel", "identitySource", "verifiedAt", "updatedAt")
      VALUES (${randomUUID()}::uuid, 'PERSON', ${`legacy-${n}`}, ${idNumber}, '1975-06-07', 'male', '9 Đường Cũ', ${`0988${n}`}, 'cu@example.vn', 'Người Lưu Trước', 2, 'VNeID', now(), now())
      RETURNING id`;
    const agency = await db().agency.findFirstOrThrow({ where: { slug: "ubnd-phuong-sai-gon" } });
    const staffId = randomUUID();
    await db().$executeRaw`INSERT INTO "StaffAssignment" (id, "idNumber", "idNumberHash", "idNumberSealed", role, "agencyId") VALUES (${staffId}::uuid, ${idNumber}, ${`unsealed:${staffId}`}, '', 'SPECIALIST', ${agency.id}::uuid)`;
    const organisationId = randomUUID();
    await db().$executeRaw`INSERT INTO "Organisation" (id, "enterpriseCode", name, kind, address, "legalRepIdNumber", "legalRepIdHash", "legalRepIdSealed", "legalRepName", "verifiedAt")
      VALUES (${organisationId}::uuid, ${`04${n}`}, 'Công ty Cũ', 'ENTERPRISE', '1 Lê Lợi', ${idNumber}, ${`unsealed:${organisationId}`}, '', 'Người Lưu Trước', now())`;
    const mandateId = randomUUID();
    await db().$executeRaw`INSERT INTO "Mandate" (id, "organisationId", "holderIdNumber", "holderIdHash", "holderIdSealed", "holderName")
      VALUES (${mandateId}::uuid, ${organisationId}::uuid, ${holderId}, ${`unsealed:${mandateId}`}, '', 'Người Được Ủy Quyền')`;

    // Before the pass the scan finds the plaintext columns (so that finding nothing after it means something).
    expect(await columnsHolding(idNumber)).toEqual(expect.arrayContaining(["User.idNumber", "StaffAssignment.idNumber", "Organisation.legalRepIdNumber"]));
    expect(await sealLegacyIdentities(db())).toBeGreaterThanOrEqual(4);
    expect(await sealLegacyIdentities(db())).toBe(0);

    for (const secret of [idNumber, holderId, `0988${n}`]) expect(await columnsHolding(secret), secret).toEqual([]);
    const hash = idNumberHash(idNumber);
    const moved = await db().user.findUniqueOrThrow({ where: { idNumberHash: hash } });
    expect(moved.id).toBe(user!.id);
    expect(openIdentity(moved.sealedIdentity)).toEqual({ idNumber, birthDate: "1975-06-07", sex: "male", address: "9 Đường Cũ", phone: `0988${n}`, contactEmail: "cu@example.vn" });
    expect(await db().staffAssignment.count({ where: { idNumberHash: hash, role: "SPECIALIST" } })).toBe(1);
    expect((await db().organisation.findUniqueOrThrow({ where: { id: organisationId } })).legalRepIdHash).toBe(hash);
    expect(await db().mandate.count({ where: { id: mandateId, holderIdHash: idNumberHash(holderId) } })).toBe(1);
  });
});
