// `npm start`: database (embedded unless DATABASE_URL), migrations, demo data on an
// empty database, a production build when needed, then the portal on PORT.
// Ctrl-C stops the web server and the embedded database; nothing is left running.
import { deployMigrations } from "@/lib/db/migrations";
import { createPrismaClient } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { sealLegacyPersonalData } from "@/lib/security/legacy-personal-data";
import { isDatabaseEmpty, seedDatabase } from "@/prisma/seed";
import { ensureBuild } from "./build";
import { openDatabase } from "./database";
import { say } from "./log";
import { launchPortal } from "./portal";
import { loadOrCreateSecrets, applyIdentityKeys } from "./secrets";

async function prepareDatabase(url: string, dataDir: string) {
  const applied = await deployMigrations(url);
  say(applied.length ? `applied migrations: ${applied.join(", ")}` : "database schema is up to date");
  applyIdentityKeys(await loadOrCreateSecrets(dataDir));
  const prisma = createPrismaClient(url, 2);
  try {
    await sealLegacyPersonalData(prisma, say);
    if (await isDatabaseEmpty(prisma)) {
      const report = await seedDatabase(prisma);
      say(`loaded demo data: ${report.procedures} procedures, ${report.agencies} agencies, ${report.calendarDays} calendar days`);
    }
  } finally {
    await prisma.$disconnect();
  }
}

async function main() {
  const config = env();
  const database = await openDatabase();
  let stopping = false;
  const stopDatabase = async () => {
    if (stopping) return;
    stopping = true;
    await database.stop().catch((error) => say(`could not stop the database cleanly: ${String(error)}`));
  };
  try {
    await prepareDatabase(database.url, config.DATA_DIR);
    await ensureBuild();
  } catch (error) {
    await stopDatabase();
    throw error;
  }
  const portal = await launchPortal({ databaseUrl: database.url, port: config.PORT, vneidPort: config.VNEID_PORT, dataDir: config.DATA_DIR });
  const server = portal.web;
  say(`serving the portal on http://localhost:${config.PORT} (Ctrl-C stops it)`);
  const shutdown = (signal: NodeJS.Signals) => {
    say(`received ${signal}, stopping…`);
    server.kill("SIGTERM");
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  server.on("exit", async (code) => {
    await portal.stop();
    await stopDatabase();
    say("stopped");
    process.exit(code ?? 0);
  });
}

main().catch((error: unknown) => {
  say(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
