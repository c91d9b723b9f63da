// `npm run db:migrate`            apply pending migrations (like `prisma migrate deploy`)
// `npm run db:migration -- NAME`  create prisma/migrations/<timestamp>_NAME from schema.prisma
// `npm run db:drift`              exit 1 when schema.prisma and the migrations disagree
// Uses DATABASE_URL when set, otherwise the embedded PostgreSQL.
import { createMigration, deployMigrations, pendingSchemaChanges } from "@/lib/db/migrations";
import { createPrismaClient } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { openDatabase } from "@/scripts/runtime/database";
import { loadOrCreateSecrets, applyIdentityKeys } from "@/scripts/runtime/secrets";
import { runAfterMigrations } from "@/scripts/runtime/after-migrations";
import { say } from "@/scripts/runtime/log";

async function run(command: string | undefined, name: string | undefined): Promise<number> {
  const database = await openDatabase();
  try {
    switch (command) {
      case "deploy": {
        const applied = await deployMigrations(database.url);
        say(applied.length ? `applied: ${applied.join(", ")}` : "no pending migrations");
        // Rows stored before identities were encrypted are sealed now, and event chains from
        // before the chain key are keyed, with the portal's keys.
        applyIdentityKeys(await loadOrCreateSecrets(env().DATA_DIR));
        const prisma = createPrismaClient(database.url, 2);
        try {
          await runAfterMigrations(prisma, say);
        } finally {
          await prisma.$disconnect();
        }
        return 0;
      }
      case "create": {
        if (!name) {
          say("usage: npm run db:migration -- <name>");
          return 2;
        }
        const folder = await createMigration(database.url, name);
        say(folder ? `created ${folder}` : "schema.prisma matches the migrations: nothing to create");
        return 0;
      }
      case "drift": {
        const sql = await pendingSchemaChanges(database.url);
        if (!sql) {
          say("no drift: the migrations produce exactly schema.prisma");
          return 0;
        }
        say(`drift: schema.prisma differs from the migrations; create a migration. Missing SQL:\n${sql}`);
        return 1;
      }
      default:
        say("usage: migrate.ts deploy | create <name> | drift");
        return 2;
    }
  } finally {
    await database.stop();
  }
}

run(process.argv[2], process.argv[3]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    say(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
