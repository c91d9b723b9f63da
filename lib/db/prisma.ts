// Builds Prisma clients. Every Prisma client in the project comes from here: the web
// app's singleton (lib/db/index.ts), the seed and the test harness.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export function createPrismaClient(connectionString: string, poolSize = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: poolSize }) });
}
