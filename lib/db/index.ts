// The web app's Prisma client: one per process, created on first use so that building
// the app needs no database.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { createPrismaClient } from "./prisma";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** The shared client. Only lib/ calls it (the lint step keeps it out of pages and components); a dossier's row changes
 * only through lib/dossiers/lifecycle.ts. */
export function db(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const url = env().DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: start the portal with `npm start`, which provides it.");
    globalForPrisma.prisma = createPrismaClient(url);
  }
  return globalForPrisma.prisma;
}
