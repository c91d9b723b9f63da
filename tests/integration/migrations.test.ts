// The project's own migrate command against a real PostgreSQL: applies on an empty
// database, is a no-op when nothing is pending, and notices drift from schema.prisma.
import { copyFile, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEFAULT_PATHS, deployMigrations, pendingSchemaChanges } from "@/lib/db/migrations";
import { readMigrationList } from "@/lib/db/migrations/files";
import { createScratchDatabase } from "@/tests/factories/databases";

describe("migrations", () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  beforeAll(async () => {
    scratch = await createScratchDatabase(inject("databaseUrl"));
  });
  afterAll(() => scratch.drop());

  it("apply every migration on an empty database, then find nothing pending", async () => {
    const all = (await readMigrationList(DEFAULT_PATHS.migrationsDir)).migrationDirectories.map((m) => m.path);
    expect(all.length).toBeGreaterThan(0);
    expect(await deployMigrations(scratch.url)).toEqual(all);
    expect(await deployMigrations(scratch.url)).toEqual([]);
  });

  it("record them as `prisma migrate deploy` does", async () => {
    const client = new pg.Client({ connectionString: scratch.url });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY migration_name`,
      );
      const list = await readMigrationList(DEFAULT_PATHS.migrationsDir);
      expect(rows.map((r) => r.migration_name)).toEqual(list.migrationDirectories.map((m) => m.path));
      for (const row of rows) {
        expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
        expect(row.finished_at).not.toBeNull();
        expect(row.rolled_back_at).toBeNull();
      }
    } finally {
      await client.end();
    }
  });

  it("match schema.prisma exactly (no drift)", async () => {
    expect(await pendingSchemaChanges(inject("databaseUrl"))).toBe("");
  });

  it("report drift when a model changes without a migration", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "drift-"));
    const schemaPath = path.join(dir, "schema.prisma");
    await copyFile(DEFAULT_PATHS.schemaPath, schemaPath);
    const schema = await readFile(schemaPath, "utf8");
    await writeFile(schemaPath, schema.replace("model CalendarDay {", "model CalendarDay {\n  note String?"));
    const sql = await pendingSchemaChanges(inject("databaseUrl"), {
      schemaPath,
      migrationsDir: DEFAULT_PATHS.migrationsDir,
    });
    expect(sql).toMatch(/ALTER TABLE "CalendarDay" ADD COLUMN\s+"note" TEXT/);
  });
});
