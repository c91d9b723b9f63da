// Builds Prisma clients. Every Prisma client in the project comes from here: the web
// app's singleton (lib/db/index.ts), the seed and the test harness.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * PostgreSQL text cannot hold a NUL character: a value with one failed the statement with
 * error 22021, which about twelve routes turned into a 500 (issue 19, low: a NUL in a dossier
 * code, a search or a complaint). No field of the portal has a use for one, so every string a
 * query is given loses its NULs here, one place for every route and form.
 */
export function withoutNul<T>(value: T): T {
  if (typeof value === "string") return (value.includes("\u0000") ? value.replaceAll("\u0000", "") : value) as T;
  if (Array.isArray(value)) return value.map(withoutNul) as T;
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withoutNul(inner)])) as T;
  }
  return value;
}

export function createPrismaClient(connectionString: string, poolSize = 10): PrismaClient {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString, max: poolSize }) });
  // The extended client keeps PrismaClient's whole interface (transactions included).
  return client.$extends({
    query: { $allModels: { $allOperations: ({ args, query }) => query(withoutNul(args)) } },
  }) as unknown as PrismaClient;
}
