// `npm run db:seed`: insert the demo data that is missing (safe to run repeatedly).
// Uses DATABASE_URL when set, otherwise the embedded PostgreSQL. The identity keys come from
// the environment or, as for `npm start`, from DATA_DIR/secrets.json: the seed seals the
// demo people's identities with the keys the portal will open them with.
import { deployMigrations } from "@/lib/db/migrations";
import { env } from "@/lib/env";
import { createPrismaClient } from "@/lib/db/prisma";
import { openDatabase } from "@/scripts/runtime/database";
import { say } from "@/scripts/runtime/log";
import { applyIdentityKeys, loadOrCreateSecrets } from "@/scripts/runtime/secrets";
import { seedDatabase } from "../seed";

async function main() {
  applyIdentityKeys(await loadOrCreateSecrets(env().DATA_DIR));
  const database = await openDatabase();
  const prisma = createPrismaClient(database.url, 2);
  try {
    await deployMigrations(database.url);
    const report = await seedDatabase(prisma);
    say(`inserted ${JSON.stringify(report)}`);
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  say(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
