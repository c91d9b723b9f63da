// The portal as end-to-end tests see it: a throwaway PostgreSQL migrated and seeded like
// a fresh install, and the production build served on E2E_PORT. Stops everything on SIGTERM.
import { deployMigrations } from "@/lib/db/migrations";
import { createPrismaClient } from "@/lib/db/prisma";
import { ensureBuild, runNext } from "@/lib/runtime/build";
import { say } from "@/lib/runtime/log";
import { seedDatabase } from "@/prisma/seed";
import { startThrowawayDatabase } from "./throwaway-database";

async function main() {
  const port = process.env.E2E_PORT ?? "3100";
  const database = await startThrowawayDatabase("motcuaso_e2e");
  await deployMigrations(database.url);
  const prisma = createPrismaClient(database.url, 2);
  await seedDatabase(prisma);
  await prisma.$disconnect();
  await ensureBuild();
  // No --hostname: with it, Next 16 treats the proxy's rewrites as external and they loop.
  const server = runNext(["start", "--port", port], { DATABASE_URL: database.url, NODE_ENV: "production" });
  const stop = () => server.kill("SIGTERM");
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  server.on("exit", async (code) => {
    await database.stop();
    process.exit(code ?? 0);
  });
}

main().catch((error: unknown) => {
  say(`e2e server failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
