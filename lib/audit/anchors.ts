// Daily anchors of the event chains (issue 19 finding 9). The keyed chain shows an event
// changed or removed, but not a dossier deleted together with all its events. So once a day
// the job runner writes, outside the database, a file signed with an Ed25519 key the database
// does not hold: how many dossiers had events by a cut-off, how many events, and a digest of
// every chain's head at that cut-off. `npm run audit:verify` recomputes each anchor from the
// events and checks its signature: a dossier or event removed, or a head rewritten, shows as
// a difference. Operators copy the folder to storage the database's writers cannot reach.
import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { currentTime } from "@/lib/time";

/** Where the anchors are written, inside DATA_DIR. */
export const ANCHOR_FOLDER = "audit-anchors";

/** Events this recent are left to the next anchor: a transaction still open may yet commit one dated before the
 * cut-off.
 * */
export const ANCHOR_LAG_MS = 10 * 60_000;

export type Anchor = {
  format: "mot-cua-so/event-chain-anchor";
  version: 1;
  coveredUntil: string;
  writtenAt: string;
  dossiers: number;
  events: number;
  headsDigest: string;
  signature: string;
};

/** The Ed25519 key from its 32-byte seed (AUDIT_ANCHOR_KEY): PKCS#8 is a fixed prefix and the seed. */
function anchorKey(): { privateKey: KeyObject; publicKey: KeyObject } {
  const seed = Buffer.from(process.env.AUDIT_ANCHOR_KEY ?? "", "base64url");
  if (seed.length !== 32)
    throw new Error("AUDIT_ANCHOR_KEY must be 32 bytes in base64url (the start command generates it into DATA_DIR)");
  const privateKey = createPrivateKey({
    key: Buffer.concat([Buffer.from("302e020100300506032b657004220420", "hex"), seed]),
    format: "der",
    type: "pkcs8",
  });
  return { privateKey, publicKey: createPublicKey(privateKey) };
}

/** The anchors' public key (SPKI, PEM), for whoever checks them without the private key. */
export function anchorPublicKeyPem(): string {
  return anchorKey().publicKey.export({ type: "spki", format: "pem" }).toString();
}

/** Every chain's head at the cut-off, in dossier order, folded into one SHA-256, a batch of dossiers at a time. */
export async function chainHeads(
  prisma: Pick<PrismaClient, "$queryRaw">,
  coveredUntil: Date,
  batchSize = 5000,
): Promise<{ dossiers: number; events: number; headsDigest: string }> {
  const digest = createHash("sha256");
  let dossiers = 0;
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const heads = await prisma.$queryRaw<{ dossierId: string; hash: string | null }[]>`
      SELECT DISTINCT ON ("dossierId") "dossierId", "hash" FROM "DossierEvent"
      WHERE "dossierId" > ${after}::uuid AND "at" <= ${coveredUntil}
      ORDER BY "dossierId", "at" DESC, "id" DESC LIMIT ${batchSize}`;
    for (const head of heads) digest.update(`${head.dossierId} ${head.hash ?? "-"}\n`);
    dossiers += heads.length;
    if (heads.length < batchSize) break;
    after = heads[heads.length - 1]!.dossierId;
  }
  const [count] = await prisma.$queryRaw<
    { events: bigint }[]
  >`SELECT count(*) AS events FROM "DossierEvent" WHERE "at" <= ${coveredUntil}`;
  return { dossiers, events: Number(count?.events ?? 0), headsDigest: digest.digest("hex") };
}

function signedText(anchor: Omit<Anchor, "signature">): string {
  return [
    anchor.format,
    anchor.version,
    anchor.coveredUntil,
    anchor.writtenAt,
    anchor.dossiers,
    anchor.events,
    anchor.headsDigest,
  ].join("\n");
}

/** Writes today's anchor into `folder` (one file per cut-off; writing the same cut-off again replaces nothing). */
export async function writeAnchor(
  prisma: Pick<PrismaClient, "$queryRaw">,
  folder: string,
  now: Date = currentTime(),
): Promise<Anchor> {
  const coveredUntil = new Date(now.getTime() - ANCHOR_LAG_MS);
  const heads = await chainHeads(prisma, coveredUntil);
  const unsigned = {
    format: "mot-cua-so/event-chain-anchor" as const,
    version: 1 as const,
    coveredUntil: coveredUntil.toISOString(),
    writtenAt: now.toISOString(),
    ...heads,
  };
  const anchor: Anchor = {
    ...unsigned,
    signature: sign(null, Buffer.from(signedText(unsigned)), anchorKey().privateKey).toString("base64url"),
  };
  await mkdir(folder, { recursive: true });
  await writeFile(
    path.join(folder, `${anchor.coveredUntil.replace(/[:.]/g, "-")}.json`),
    `${JSON.stringify(anchor, null, 2)}\n`,
    { flag: "wx", mode: 0o600 },
  ).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "EEXIST") throw error;
  });
  return anchor;
}

export type AnchorProblem = { file: string; problem: "unreadable" | "bad-signature" | "differs" };

/** Checks every anchor in `folder` against its signature and against the events as they are now. */
export async function verifyAnchors(
  prisma: Pick<PrismaClient, "$queryRaw">,
  folder: string,
): Promise<{ anchors: number; problems: AnchorProblem[] }> {
  const files = (await readdir(folder).catch(() => [] as string[])).filter((f) => f.endsWith(".json")).sort();
  const problems: AnchorProblem[] = [];
  const { publicKey } = anchorKey();
  for (const file of files) {
    let anchor: Anchor;
    try {
      anchor = JSON.parse(await readFile(path.join(folder, file), "utf8")) as Anchor;
    } catch {
      problems.push({ file, problem: "unreadable" });
      continue;
    }
    const { signature, ...unsigned } = anchor;
    if (
      typeof signature !== "string" ||
      !verify(null, Buffer.from(signedText(unsigned)), publicKey, Buffer.from(signature, "base64url"))
    ) {
      problems.push({ file, problem: "bad-signature" });
      continue;
    }
    const now = await chainHeads(prisma, new Date(anchor.coveredUntil));
    if (now.dossiers !== anchor.dossiers || now.events !== anchor.events || now.headsDigest !== anchor.headsDigest)
      problems.push({ file, problem: "differs" });
  }
  return { anchors: files.length, problems };
}
