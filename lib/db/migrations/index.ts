// Migration commands of the project: apply pending migrations, create a new one from
// schema.prisma, and detect drift between the two. Used by the start command, the
// test harness and `npm run db:*`.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { openMigrationEngine, type MigrationEngine } from "./engine";
import { migrationFolderName, readMigrationList, writeMigration } from "./files";
import { currentTime } from "@/lib/time";

/** Extensions the schema's indexes use (gin_trgm_ops for diacritic-free catalogue search). */
const REQUIRED_EXTENSIONS_SQL = "-- Extensions\nCREATE EXTENSION IF NOT EXISTS pg_trgm;\n";

export type MigrationPaths = { schemaPath: string; migrationsDir: string };

export const DEFAULT_PATHS: MigrationPaths = {
  schemaPath: path.resolve("prisma/schema.prisma"),
  migrationsDir: path.resolve("prisma/migrations"),
};

async function withEngine<T>(
  databaseUrl: string,
  paths: MigrationPaths,
  work: (engine: MigrationEngine) => Promise<T>,
) {
  const content = await readFile(paths.schemaPath, "utf8");
  const engine = await openMigrationEngine(databaseUrl, { path: paths.schemaPath, content });
  try {
    return await work(engine);
  } finally {
    await engine.close();
  }
}

/** Applies every pending migration, like `prisma migrate deploy`; returns the names applied. */
export async function deployMigrations(databaseUrl: string, paths = DEFAULT_PATHS): Promise<string[]> {
  const list = await readMigrationList(paths.migrationsDir);
  return withEngine(databaseUrl, paths, (engine) => engine.applyMigrations(list));
}

/**
 * SQL needed to bring the migrations up to schema.prisma, computed in a throwaway shadow
 * database. Empty when they agree: a non-empty result is drift.
 */
export async function pendingSchemaChanges(databaseUrl: string, paths = DEFAULT_PATHS): Promise<string> {
  const list = await readMigrationList(paths.migrationsDir);
  const content = await readFile(paths.schemaPath, "utf8");
  const from =
    list.migrationDirectories.length === 0 ? ({ tag: "empty" } as const) : ({ tag: "migrations", ...list } as const);
  const sql = await withEngine(databaseUrl, paths, (engine) =>
    engine.diffScript(from, { tag: "schemaDatamodel", files: [{ path: paths.schemaPath, content }] }),
  );
  if (isEmptyScript(sql)) return "";
  // Prisma's schema does not declare extensions (that is a preview feature), so the
  // first migration creates the ones the indexes need.
  return list.migrationDirectories.length === 0 ? `${REQUIRED_EXTENSIONS_SQL}\n${sql}` : sql;
}

function isEmptyScript(sql: string): boolean {
  return sql.split("\n").every((line) => line.trim() === "" || line.trim().startsWith("--"));
}

/** Writes a new migration with the changes of schema.prisma; returns its folder, or null when nothing changed. */
export async function createMigration(databaseUrl: string, name: string, paths = DEFAULT_PATHS, now = currentTime()) {
  const sql = await pendingSchemaChanges(databaseUrl, paths);
  if (!sql) return null;
  return writeMigration(paths.migrationsDir, migrationFolderName(now, name), sql);
}
