// The portal as end-to-end tests see it: a throwaway PostgreSQL migrated and seeded like
// a fresh install, the VNeID stand-in, and the production build on E2E_PORT. The database
// address is written to a file so tests can arrange data (e.g. age a session).
import { createWriteStream, rmSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { deployMigrations } from "@/lib/db/migrations";
import { createPrismaClient } from "@/lib/db/prisma";
import { ensureBuild } from "@/scripts/runtime/build";
import { say } from "@/scripts/runtime/log";
import { launchPortal } from "@/scripts/runtime/portal";
import { seedDatabase } from "@/prisma/seed";
import { e2eStateFile } from "./e2e-state";
import { removeSeededForm } from "./formless-procedure";
import { freePort, startThrowawayDatabase } from "./throwaway-database";
import { loadOrCreateSecrets, applyIdentityKeys } from "@/scripts/runtime/secrets";

// Every browser of the suite signs in from 127.0.0.1: the per-address limit of the
// stand-in (20 a minute) is for people, not for a test suite running in parallel.
process.env.VNEID_ATTEMPTS_PER_MINUTE ??= "1000";
// The portal's own count of sign-ins per address (120 in ten minutes) likewise: the suite
// starts about a hundred from 127.0.0.1 in ten minutes. The limit's own test uses another address.
process.env.SIGN_INS_PER_10_MINUTES ??= "300";
// The suite plays the reverse proxy's part where it needs several client addresses (the
// sign-in limit, result verification): the rightmost X-Forwarded-For entry is read as the
// proxy's. A browser that sends none still counts as the connection's address.
process.env.TRUSTED_PROXIES ??= "1";
// Trần Thị Bình files a dozen birth registrations in the suite, each looking her own number up.
process.env.REGISTRY_LOOKUPS_PER_HOUR ??= "500";

async function main() {
  const port = Number(process.env.E2E_PORT ?? "3100");
  const database = await startThrowawayDatabase("motcuaso_e2e");
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "motcuaso-e2e-data-"));
  // The demo data is sealed with the keys the portal will use.
  applyIdentityKeys(await loadOrCreateSecrets(dataDir));
  await deployMigrations(database.url);
  const prisma = createPrismaClient(database.url, 2);
  await seedDatabase(prisma);
  await removeSeededForm(prisma);
  await prisma.$disconnect();
  await ensureBuild();
  // Everything the portal writes (web server, jobs, stand-ins) is also kept in a file, which
  // the log test reads for personal data.
  const logFile = path.join(dataDir, "portal.log");
  const log = createWriteStream(logFile);
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (chunk: string | Uint8Array) => boolean;
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      log.write(chunk);
      return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof stream.write;
  }
  const portal = await launchPortal({
    databaseUrl: database.url,
    port,
    dataDir,
    output: "pipe",
    vneidPort: await freePort(),
    paymentPort: await freePort(),
    signingPort: await freePort(),
    mailSinkPort: await freePort(),
  });
  portal.web.stdout?.on("data", (chunk: Buffer) => process.stdout.write(chunk));
  portal.web.stderr?.on("data", (chunk: Buffer) => process.stderr.write(chunk));
  process.once("exit", () => rmSync(e2eStateFile(port), { force: true }));
  await writeFile(
    e2eStateFile(port),
    JSON.stringify({
      databaseUrl: database.url,
      issuer: portal.issuer,
      dataDir,
      paymentGateway: portal.paymentGateway,
      signingService: portal.signingService,
      logFile,
    }),
  );
  const stop = () => portal.web.kill("SIGTERM");
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  portal.web.on("exit", async (code) => {
    await portal.stop();
    // The data folder first: Playwright kills this process if stopping takes over ten seconds.
    await rm(dataDir, { recursive: true, force: true });
    await database.stop();
    process.exit(code ?? 0);
  });
}

main().catch((error: unknown) => {
  say(`e2e server failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
