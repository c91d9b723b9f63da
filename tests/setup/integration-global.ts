// Integration tests: one throwaway PostgreSQL, migrated with the project's own command
// and loaded with the demo data, shared by every test file of the run.
import type { TestProject } from "vitest/node";
import { deployMigrations } from "@/lib/db/migrations";
import { createPrismaClient } from "@/lib/db/prisma";
import { seedDatabase } from "@/prisma/seed";
import { startThrowawayDatabase } from "./throwaway-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const database = await startThrowawayDatabase("motcuaso_test");
  await deployMigrations(database.url);
  const prisma = createPrismaClient(database.url, 2);
  await seedDatabase(prisma);
  await prisma.$disconnect();
  project.provide("databaseUrl", database.url);
  return () => database.stop();
}
