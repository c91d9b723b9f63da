// Configuration for the official Prisma CLI. The portal itself migrates through
// lib/db/migrations (WebAssembly schema engine), but an operator with network access
// can run `prisma migrate deploy` against the same prisma/migrations folder.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  ...(process.env.DATABASE_URL ? { datasource: { url: process.env.DATABASE_URL } } : {}),
});
