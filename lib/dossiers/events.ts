// The dossier's event log as a hash chain: every event carries the hash of the one before
// and a keyed hash (HMAC-SHA-256 under AUDIT_CHAIN_KEYS, lib/audit/chain-keys.ts) of its own
// content, and the dossier row keeps the newest hash. Changing, removing or reordering any
// event (or cutting the end off) breaks the chain, and without the key nobody who writes to
// the database can compute a chain that holds again; a dossier removed whole is found by the
// signed daily anchors of every chain's head (lib/audit/anchors.ts). The audit command checks
// both. Every event is linked here and written through the door (lib/dossiers/lifecycle.ts).
import { createHash } from "node:crypto";
import { chainMac, currentChainKeyId } from "@/lib/audit/chain-keys";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { canonicalJson } from "@/lib/signing/canonical";
import { markChanged } from "./change-marks";
import { asStatus, type DossierStatusCode } from "./status";
import { currentTime } from "@/lib/time";

export const GENESIS_HASH = "0".repeat(64);

export type NewEvent = {
  type: string;
  actorUserId: string | null;
  fromStatus?: number | null;
  toStatus?: number | null;
  details?: Prisma.InputJsonValue;
};

type ChainedContent = {
  dossierId: string;
  at: string;
  type: string;
  actorUserId: string | null;
  fromStatus: number | null;
  toStatus: number | null;
  details: unknown;
};

/** The event's hash under the chain key `keyId`; null when the ring no longer holds that key. */
export function eventHash(prevHash: string, content: ChainedContent, keyId: string): string | null {
  return chainMac(keyId, `${prevHash}\n${canonicalJson(content)}`);
}

/** How events were hashed before the chain was keyed: kept only to check them before rekeying
 * (scripts/runtime/chain-rekey.ts). */
export function legacyEventHash(prevHash: string, content: ChainedContent): string {
  return createHash("sha256").update(prevHash).update("\n").update(canonicalJson(content), "utf8").digest("hex");
}

export type StoredEvent = {
  id: bigint;
  dossierId: string;
  at: Date;
  type: string;
  actorUserId: string | null;
  fromStatus: number | null;
  toStatus: number | null;
  details: unknown;
  prevHash: string | null;
  hash: string | null;
  keyId: string | null;
};

/** What an event's hash covers, as it is stored. */
export function chainedContentOf(e: StoredEvent): ChainedContent {
  return {
    dossierId: e.dossierId,
    at: e.at.toISOString(),
    type: e.type,
    actorUserId: e.actorUserId,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    details: e.details ?? null,
  };
}

/** The next link of a dossier's chain: the event row to store and the chain's new head. */
export type ChainLink = { row: Prisma.DossierEventUncheckedCreateInput; head: string };

/**
 * Links `event` after `prevHash` (null: the dossier's first event). The event is stored by
 * `storeEvent` and the head written by the door (lib/dossiers/lifecycle.ts), in the same
 * transaction and with the dossier's row locked, so that two events cannot share a parent.
 */
export function linkEvent(dossierId: string, prevHash: string | null, event: NewEvent): ChainLink {
  const previous = prevHash ?? GENESIS_HASH;
  const at = currentTime();
  const content: ChainedContent = {
    dossierId,
    at: at.toISOString(),
    type: event.type,
    actorUserId: event.actorUserId,
    fromStatus: event.fromStatus ?? null,
    toStatus: event.toStatus ?? null,
    details: event.details ?? null,
  };
  const keyId = currentChainKeyId();
  const head = eventHash(previous, content, keyId)!;
  return {
    row: {
      dossierId,
      at,
      type: event.type,
      actorUserId: event.actorUserId,
      fromStatus: content.fromStatus,
      toStatus: content.toStatus,
      details: event.details,
      prevHash: previous,
      hash: head,
      keyId,
    },
    head,
  };
}

/** Stores a linked event; whatever it records, the statistics count its dossier again. */
export async function storeEvent(tx: Prisma.TransactionClient, link: ChainLink): Promise<void> {
  await tx.dossierEvent.create({ data: link.row, select: { id: true } });
  await markChanged(tx, link.row.dossierId);
}

/** The row as the door locks it. */
export type LockedDossier = {
  status: DossierStatusCode;
  version: number;
  assigneeUserId: string | null;
  receivedAt: Date | null;
  /** The head of the dossier's event chain (null before its first event). */
  lastEventHash: string | null;
};

/** Locks the dossier's row for the rest of the transaction; null when it does not exist. */
export async function lockDossier(tx: Prisma.TransactionClient, dossierId: string): Promise<LockedDossier | null> {
  const [row] = await tx.$queryRaw<Array<Omit<LockedDossier, "status"> & { status: number }>>`
    SELECT "status", "version", "assigneeUserId", "receivedAt", "lastEventHash" FROM "Dossier"
    WHERE "id" = ${dossierId}::uuid FOR UPDATE`;
  return row ? { ...row, status: asStatus(row.status) } : null;
}

/**
 * Appends an event that changes nothing else on the dossier: a rating, a consultation asked or
 * answered, a deadline alert, a payment nobody awaited. The row is locked, so two events cannot
 * take the same parent, and the chain's head moves with it. Every other change goes through
 * the door (lib/dossiers/lifecycle.ts), which writes the head with the rest of the row; this
 * half of it is here, free of the web's modules, because the job runner appends events too.
 */
export async function recordOnDossier(
  tx: Prisma.TransactionClient,
  dossierId: string,
  event: NewEvent,
  missing: () => Error = () => new Error("dossier not found for event"),
): Promise<void> {
  const row = await lockDossier(tx, dossierId);
  if (!row) throw missing();
  const link = linkEvent(dossierId, row.lastEventHash, event);
  await tx.dossier.updateMany({ where: { id: dossierId }, data: { lastEventHash: link.head } });
  await storeEvent(tx, link);
}

export type ChainProblem = {
  dossierCode: string;
  eventId: string | null;
  problem: "altered" | "broken-link" | "unchained" | "unkeyed" | "unknown-key" | "end-missing";
};

/** Checks one dossier's chain from its first event to the hash the dossier row holds. */
export async function verifyDossierChain(
  client: Pick<PrismaClient, "dossier" | "dossierEvent">,
  dossierId: string,
): Promise<ChainProblem[]> {
  const dossier = await client.dossier.findUniqueOrThrow({
    where: { id: dossierId },
    select: { code: true, lastEventHash: true },
  });
  const events = await client.dossierEvent.findMany({ where: { dossierId }, orderBy: [{ at: "asc" }, { id: "asc" }] });
  const problems: ChainProblem[] = [];
  let expectedPrev = GENESIS_HASH;
  for (const e of events) {
    const eventId = e.id.toString();
    if (!e.hash || !e.prevHash) {
      problems.push({ dossierCode: dossier.code, eventId, problem: "unchained" });
      continue;
    }
    if (e.prevHash !== expectedPrev) problems.push({ dossierCode: dossier.code, eventId, problem: "broken-link" });
    expectedPrev = e.hash;
    // Unkeyed events are rekeyed after migrations; one found later was written around the key.
    if (!e.keyId) {
      problems.push({ dossierCode: dossier.code, eventId, problem: "unkeyed" });
      continue;
    }
    const recomputed = eventHash(e.prevHash, chainedContentOf(e), e.keyId);
    if (recomputed === null) problems.push({ dossierCode: dossier.code, eventId, problem: "unknown-key" });
    else if (recomputed !== e.hash) problems.push({ dossierCode: dossier.code, eventId, problem: "altered" });
  }
  if ((dossier.lastEventHash ?? GENESIS_HASH) !== expectedPrev)
    problems.push({ dossierCode: dossier.code, eventId: null, problem: "end-missing" });
  return problems;
}

/** Every dossier's chain, a batch at a time (never the whole table in memory). */
export async function verifyAllChains(
  client: Pick<PrismaClient, "dossier" | "dossierEvent">,
  onProblem: (p: ChainProblem) => void,
  batchSize = 500,
): Promise<{ dossiers: number; problems: number }> {
  let cursor: string | undefined;
  let dossiers = 0;
  let problems = 0;
  for (;;) {
    const batch = await client.dossier.findMany({
      select: { id: true },
      orderBy: { id: "asc" },
      take: batchSize,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    if (batch.length === 0) return { dossiers, problems };
    for (const { id } of batch) {
      for (const problem of await verifyDossierChain(client, id)) {
        problems += 1;
        onProblem(problem);
      }
      dossiers += 1;
    }
    cursor = batch[batch.length - 1]!.id;
  }
}
