import { mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { migrationFolderName, readMigrationList, writeMigration } from "@/lib/db/migrations/files";

describe("migration folders", () => {
  it("are named like Prisma's: UTC timestamp and a snake_case name", () => {
    expect(migrationFolderName(new Date("2026-11-23T08:46:41.123Z"), "Add dossier codes!")).toBe(
      "20261123084641_add_dossier_codes",
    );
    expect(() => migrationFolderName(new Date(), "???")).toThrow();
  });

  it("are read back in name order with the lockfile", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "migrations-"));
    await writeMigration(dir, "20260102000000_second", "SELECT 2;");
    await writeMigration(dir, "20260101000000_first", "SELECT 1;");
    const list = await readMigrationList(dir);
    expect(list.migrationDirectories.map((m) => m.path)).toEqual(["20260101000000_first", "20260102000000_second"]);
    expect(list.migrationDirectories[0]?.migrationFile.content).toEqual({ tag: "ok", value: "SELECT 1;" });
    expect(await readFile(path.join(dir, "migration_lock.toml"), "utf8")).toContain('provider = "postgresql"');
  });

  it("treat a missing folder as no migrations", async () => {
    const list = await readMigrationList(path.join(os.tmpdir(), "does-not-exist-" + Date.now()));
    expect(list.migrationDirectories).toEqual([]);
    expect(list.lockfile.content).toBeNull();
  });
});
