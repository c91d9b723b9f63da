// Chains hashed before the event chain was keyed (plain SHA-256) are checked, then hashed
// again under the chain key, once, by the pass that runs after migrations (as the owner of
// the database: the portal's own role cannot change events). A chain that does not verify as
// it was is left as it is and reported: rekeying it would launder the change. Events never
// chained (hash null, from before the chain existed) are left to the audit command to list.
import { currentChainKeyId } from "@/lib/audit/chain-keys";
import { chainedContentOf, eventHash, GENESIS_HASH, legacyEventHash, type StoredEvent } from "@/lib/dossiers/events";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Rekeys every legacy chain; returns how many dossiers it rekeyed. */
export async function rekeyLegacyChains(
  prisma: PrismaClient,
  say: (line: string) => void = () => {},
  batchSize = 200,
): Promise<number> {
  let rekeyed = 0;
  const refused = new Set<string>();
  for (;;) {
    const batch = await prisma.$queryRaw<{ dossierId: string }[]>`
      SELECT DISTINCT "dossierId" FROM "DossierEvent" WHERE "keyId" IS NULL AND "hash" IS NOT NULL AND NOT
      ("dossierId" = ANY(${[...refused]}::uuid[])) LIMIT ${batchSize}`;
    if (batch.length === 0) break;
    for (const { dossierId } of batch) {
      if (await rekeyChain(prisma, dossierId)) rekeyed += 1;
      else refused.add(dossierId);
    }
  }
  if (rekeyed > 0) say(`keyed the event chains of ${rekeyed} dossiers`);
  if (refused.size > 0)
    say(`left ${refused.size} event chains unkeyed: they do not verify as stored (npm run audit:verify lists them)`);
  return rekeyed;
}

async function rekeyChain(prisma: PrismaClient, dossierId: string): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const [dossier] = await tx.$queryRaw<
      { lastEventHash: string | null }[]
    >`SELECT "lastEventHash" FROM "Dossier" WHERE id = ${dossierId}::uuid FOR UPDATE`;
    if (!dossier) return false;
    const events: StoredEvent[] = await tx.dossierEvent.findMany({
      where: { dossierId },
      orderBy: [{ at: "asc" }, { id: "asc" }],
    });
    let expected = GENESIS_HASH;
    for (const e of events) {
      const holds =
        e.prevHash === expected &&
        e.hash !== null &&
        (e.keyId
          ? eventHash(e.prevHash, chainedContentOf(e), e.keyId)
          : legacyEventHash(e.prevHash, chainedContentOf(e))) === e.hash;
      if (!holds) return false;
      expected = e.hash!;
    }
    if ((dossier.lastEventHash ?? GENESIS_HASH) !== expected) return false;
    const keyId = currentChainKeyId();
    let prevHash = GENESIS_HASH;
    for (const e of events) {
      const hash = eventHash(prevHash, chainedContentOf(e), keyId)!;
      await tx.dossierEvent.update({ where: { id: e.id }, data: { prevHash, hash, keyId } });
      prevHash = hash;
    }
    await tx.dossier.update({ where: { id: dossierId }, data: { lastEventHash: prevHash } });
    return true;
  });
}
