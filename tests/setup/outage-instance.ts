// A portal whose outside world fails on request, for tests/e2e/outage.spec.ts: its own
// PostgreSQL, which the test stops and starts again (messages "stop-database" and
// "start-database" over IPC), and a VNeID address where nothing answers.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/db/embedded";
import { deployMigrations } from "@/lib/db/migrations";
import { createPrismaClient } from "@/lib/db/prisma";
import { say } from "@/lib/runtime/log";
import { launchPortal } from "@/lib/runtime/portal";
import { seedDatabase } from "@/prisma/seed";
import { readE2eState } from "./e2e-state";
import { freePort } from "./throwaway-database";

async function main() {
  const state = readE2eState();
  const folder = await mkdtemp(path.join(os.tmpdir(), "motcuaso-outage-"));
  const databasePort = await freePort();
  const start = () => startEmbeddedPostgres({ dataDir: path.join(folder, "pg"), port: databasePort, database: "motcuaso_outage" });
  let database: EmbeddedDatabase = await start();
  await deployMigrations(database.url);
  const prisma = createPrismaClient(database.url, 2);
  await seedDatabase(prisma);
  await prisma.$disconnect();
  // Nothing listens on this port: every request to "VNeID" is refused.
  process.env.VNEID_ISSUER = `http://127.0.0.1:${await freePort()}`;
  process.env.PAYMENT_GATEWAY_URL = state.paymentGateway;
  process.env.SIGNING_SERVICE_URL = state.signingService;
  const dataDir = path.join(folder, "data");
  const portal = await launchPortal({ databaseUrl: database.url, port: Number(process.env.OUTAGE_PORT), dataDir, vneidPort: 0, mailSinkPort: await freePort() });
  process.on("message", async (message) => {
    if (message === "stop-database") await database.stop();
    if (message === "start-database") database = await start();
    process.send?.(`${String(message)}: done`);
  });
  const stop = () => portal.web.kill("SIGTERM");
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  portal.web.on("exit", async (code) => {
    await portal.stop().catch(() => undefined);
    await database.stop().catch(() => undefined);
    await rm(folder, { recursive: true, force: true });
    process.exit(code ?? 0);
  });
}

main().catch((error: unknown) => {
  say(`outage instance failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
