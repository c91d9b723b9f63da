// `npm run db:seed`: insert the demo data that is missing (safe to run repeatedly).
// Uses DATABASE_URL when set, otherwise the embedded PostgreSQL.
import { deployMigrations } from "@/lib/db/migrations";
import { createPrismaClient } from "@/lib/db/prisma";
import { openDatabase } from "@/scripts/runtime/database";
import { say } from "@/scripts/runtime/log";
import { seedDatabase } from "../seed";

async function main() {
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
