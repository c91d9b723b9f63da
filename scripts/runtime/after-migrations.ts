// What runs after migrations, as the database's owner, before the portal serves (the start
// command and `npm run db:migrate`): rows stored before personal data was encrypted are
// sealed, event chains hashed before the chain was keyed are keyed, and versions stored
// before results had templates get theirs. All are idempotent.
import { rekeyLegacyChains } from "./chain-rekey";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { sealLegacyPersonalData } from "./legacy-personal-data";
import { fillResultTemplates } from "./result-templates";

export async function runAfterMigrations(prisma: PrismaClient, say: (line: string) => void = () => {}): Promise<void> {
  await sealLegacyPersonalData(prisma, say);
  await rekeyLegacyChains(prisma, say);
  await fillResultTemplates(prisma, say);
}
