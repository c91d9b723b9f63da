// Integration tests: one throwaway PostgreSQL, migrated with the project's own command
// and loaded with the demo data, shared by every test file of the run.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { deployMigrations } from "@/lib/db/migrations";
import { createPrismaClient } from "@/lib/db/prisma";
import { seedDatabase } from "@/prisma/seed";
import { startTestVneid, TEST_CLIENT } from "@/tests/factories/vneid";
import { startTestPaymentGateway, startTestSigningService, TEST_IDENTITY_KEYS } from "@/tests/factories/stand-ins";
import { removeSeededForm } from "./formless-procedure";
import { startThrowawayDatabase } from "./throwaway-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    vneidIssuer: string;
    vneidClient: { client_id: string; client_secret: string };
    paymentGatewayUrl: string;
    signingServiceUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const database = await startThrowawayDatabase("motcuaso_test");
  // The stand-ins' key folders go into one folder, removed at the end (each test file's own
  // go into a folder of their own, temp-folder.ts). Not the database's: PostgreSQL's own
  // user must read it, and a private folder would keep it out.
  const folder = await mkdtemp(path.join(os.tmpdir(), "motcuaso-test-run-"));
  process.env.TMPDIR = folder;
  await deployMigrations(database.url);
  Object.assign(process.env, TEST_IDENTITY_KEYS);
  const prisma = createPrismaClient(database.url, 2);
  await seedDatabase(prisma);
  await removeSeededForm(prisma);
  await prisma.$disconnect();
  // The registries the domain modules call live behind the VNeID stand-in.
  const vneid = await startTestVneid("http://127.0.0.1:9/callback");
  const gateway = await startTestPaymentGateway();
  const signing = await startTestSigningService();
  project.provide("paymentGatewayUrl", gateway.url);
  project.provide("signingServiceUrl", signing.url);
  project.provide("databaseUrl", database.url);
  project.provide("vneidIssuer", vneid.issuer);
  project.provide("vneidClient", TEST_CLIENT);
  return async () => {
    await vneid.stop();
    await gateway.stop();
    await signing.stop();
    await database.stop();
    await rm(folder, { recursive: true, force: true });
  };
}
