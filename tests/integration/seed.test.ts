// Seeding twice is a no-op: the second run inserts nothing and changes no row.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { deployMigrations } from "@/lib/db/migrations";
import { createPrismaClient } from "@/lib/db/prisma";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDatabase } from "@/prisma/seed";
import { createScratchDatabase } from "@/tests/factories/databases";

const TABLES = [
  "Agency",
  "ProcedureField",
  "Procedure",
  "ProcedureVersion",
  "FeeLine",
  "RequiredDocument",
  "ProcessingStep",
  "CalendarDay",
  "StaffAssignment",
  "Organisation",
  "Mandate",
];

async function snapshot(prisma: PrismaClient) {
  const out: Record<string, unknown> = {};
  for (const table of TABLES) {
    out[table] = await prisma.$queryRawUnsafe(
      `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest, count(*)::int AS rows FROM "${table}" t`,
    );
  }
  return out;
}

describe("seed", () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let prisma: PrismaClient;
  beforeAll(async () => {
    scratch = await createScratchDatabase(inject("databaseUrl"));
    await deployMigrations(scratch.url);
    prisma = createPrismaClient(scratch.url, 2);
  });
  afterAll(async () => {
    await prisma.$disconnect();
    await scratch.drop();
  });

  it("loads the demo data into an empty database", async () => {
    const report = await seedDatabase(prisma);
    expect(report.procedures).toBeGreaterThanOrEqual(25);
    expect(report.versions).toBe(report.procedures);
    expect(report.calendarDays).toBeGreaterThan(30);
    expect(await prisma.agency.count({ where: { level: "WARD" } })).toBeGreaterThan(10);
  });

  it("changes nothing when run again", async () => {
    const before = await snapshot(prisma);
    const report = await seedDatabase(prisma);
    expect(report).toEqual({ agencies: 0, fields: 0, procedures: 0, versions: 0, calendarDays: 0, staff: 0 });
    expect(await snapshot(prisma)).toEqual(before);
  });

  it("keeps what an administrator changed", async () => {
    await prisma.procedure.update({ where: { slug: "dang-ky-khai-tu" }, data: { featuredRank: null } });
    await seedDatabase(prisma);
    expect((await prisma.procedure.findUniqueOrThrow({ where: { slug: "dang-ky-khai-tu" } })).featuredRank).toBeNull();
  });
});
