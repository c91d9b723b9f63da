// Issue 26, item 2: every procedure is decided by the kind of agency its page names. A form
// offers only agencies of its version's kind, and a dossier goes to one of them.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { submitDossier } from "@/lib/dossiers/mutations";
import { ValidationError } from "@/lib/errors";
import { uploadDocument } from "@/lib/documents/mutations";
import type { PersonActor } from "@/lib/identity/actor";
import { COMPETENT_AGENCY, isChosenByApplicant, isOfKind } from "@/lib/procedures/competent";
import { listWardAgencies } from "@/lib/procedures/queries";
import { Prisma } from "@/lib/generated/prisma/client";
import { AGENCIES } from "@/prisma/seed/agencies";
import { createPersonActor } from "@/tests/factories/actors";
import { applicantValues, createDraftFor, TINY_PDF } from "@/tests/factories/dossiers";

let citizen: PersonActor;

beforeAll(async () => {
  citizen = await createPersonActor({ name: "Trần Thị Chuyển Đến" });
});

async function residenceValues(competentWard: string) {
  return {
    ...applicantValues(citizen),
    newAddress: "27 Nguyễn Thị Minh Khai, Phường Sài Gòn",
    housingBasis: "owner",
    lawfulResidenceProof: await uploadDocument(citizen, { name: "so-hong.pdf", bytes: TINY_PDF }),
    competentWard,
  };
}

describe("the agencies an e-form offers", () => {
  it(
    "are, for every procedure with an e-form, active agencies of its version's kind, and for a ward kind every " +
      "ward's",
    async () => {
      const versions = await db().procedureVersion.findMany({
        where: { formDefinition: { not: Prisma.DbNull } },
        select: {
          competentKind: true,
          procedure: { select: { slug: true, handlingAgency: { select: { level: true, kind: true } } } },
        },
      });
      expect(versions.length).toBeGreaterThanOrEqual(6);
      for (const version of versions) {
        const offered = await listWardAgencies(version.competentKind);
        const agencies = await db().agency.findMany({
          where: { slug: { in: offered.map((o) => o.slug) } },
          select: { level: true, kind: true, isActive: true },
        });
        expect([version.procedure.slug, agencies.length]).toEqual([version.procedure.slug, offered.length]);
        for (const agency of agencies)
          expect([version.procedure.slug, isOfKind(agency, version.competentKind), agency.isActive]).toEqual([
            version.procedure.slug,
            true,
            true,
          ]);
        const ofKind = await db().agency.count({
          where: { ...COMPETENT_AGENCY[version.competentKind], isActive: true },
        });
        if (isChosenByApplicant(version.competentKind))
          expect([version.procedure.slug, offered.length]).toEqual([version.procedure.slug, ofKind]);
        else
          expect([
            version.procedure.slug,
            offered,
            version.procedure.handlingAgency && isOfKind(version.procedure.handlingAgency, version.competentKind),
          ]).toEqual([version.procedure.slug, [], true]);
      }
    },
  );

  it("are the ward police for a residence registration, named as the police", async () => {
    const offered = await listWardAgencies("WARD_POLICE");
    const seeded = AGENCIES.filter((a) => a.level === "WARD" && a.kind === "PEOPLES_COMMITTEE").map(
      (a) => `Công an ${a.shortVi}`,
    );
    expect(offered.map((o) => o.vi).filter((name) => seeded.includes(name))).toHaveLength(24);
    expect(offered.map((o) => o.slug)).toContain("ca-phuong-sai-gon");
    expect(offered.every((o) => o.vi.startsWith("Công an ") && o.en.endsWith(" Police"))).toBe(true);
    expect(COMPETENT_AGENCY.WARD_POLICE).toEqual({ level: "WARD", kind: "POLICE" });
  });
});

describe("a residence registration", () => {
  it("goes to the ward police the applicant chose, under that agency's code", async () => {
    const { draftId, idempotencyKey } = await createDraftFor(
      citizen,
      "dang-ky-thuong-tru",
      await residenceValues("ca-phuong-sai-gon"),
    );
    const { code } = await submitDossier(citizen, draftId, idempotencyKey);
    expect(code).toMatch(/^01\.17\.H29-\d{6}-\d{4}$/);
    const { agencyId } = await db().dossier.findUniqueOrThrow({ where: { code }, select: { agencyId: true } });
    expect(
      await db().agency.findUniqueOrThrow({ where: { id: agencyId }, select: { slug: true, kind: true, level: true } }),
    ).toEqual({ slug: "ca-phuong-sai-gon", kind: "POLICE", level: "WARD" });
  });

  it(
    "is refused on the ward field when it names the People's Committee, which does not decide it, and nothing " +
      "is written",
    async () => {
      const { draftId, idempotencyKey } = await createDraftFor(
        citizen,
        "dang-ky-thuong-tru",
        await residenceValues("ubnd-phuong-sai-gon"),
      );
      const before = await db().dossier.count({ where: { applicantUserId: citizen.userId } });
      const error = await submitDossier(citizen, draftId, idempotencyKey).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(Object.keys((error as ValidationError).fieldErrors)).toEqual(["competentWard"]);
      expect(await db().dossier.count({ where: { applicantUserId: citizen.userId } })).toBe(before);
      expect(await db().dossierDraft.count({ where: { id: draftId } })).toBe(1);
    },
  );
});

describe("a database that held the catalogue before the ward police", () => {
  it(
    "gets from its migration the same ward police rows, with the same ids, as a fresh database gets from the " + "seed",
    async () => {
      // The migration's SELECT, run on this (seeded) database: what it would insert on an old one.
      const sql = readFileSync("prisma/migrations/20261207100000_ward_police_agencies/migration.sql", "utf8");
      const select = sql.slice(sql.indexOf("SELECT"), sql.indexOf("ON CONFLICT"));
      const derived = await db().$queryRawUnsafe<
        Array<{ uuid: string; code: string; slug: string; nameVi: string; nameEn: string }>
      >(
        `SELECT q.uuid, q.code, q.slug, q."nameVi", q."nameEn" FROM ` +
          `(${select.replace(/\)::uuid,/, ")::uuid AS uuid,")}) q`,
      );
      const seeded = await db().agency.findMany({
        where: { level: "WARD", kind: "POLICE", slug: { startsWith: "ca-" } },
        select: { id: true, code: true, slug: true, nameVi: true, nameEn: true },
      });
      expect(derived.length).toBeGreaterThanOrEqual(24);
      const bySlug = new Map(seeded.map((a) => [a.slug, a]));
      for (const row of derived.filter((d) => bySlug.has(d.slug))) {
        const agency = bySlug.get(row.slug)!;
        expect([row.uuid, row.code, row.nameVi, row.nameEn]).toEqual([
          agency.id,
          agency.code,
          agency.nameVi,
          agency.nameEn,
        ]);
      }
      expect(derived.filter((d) => bySlug.has(d.slug))).toHaveLength(24);
    },
  );
});
