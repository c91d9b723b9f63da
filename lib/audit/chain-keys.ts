// The keys of the dossier event chain (issue 19 finding 9). A plain SHA-256 chain can be
// recomputed by anyone who can write to the database; an HMAC under a key the database does
// not hold cannot. AUDIT_CHAIN_KEYS is a ring like IDENTITY_KEYS ("id:key,…", newest first):
// new events use the first key, and a key stays in the ring while events hashed with it
// remain. The start command generates one into DATA_DIR when it is unset.
import { createHmac } from "node:crypto";
import { parseKeyRing, type KeyRing } from "@/lib/security/key-ring";

let cached: { spec: string; ring: KeyRing } | undefined;

function ring(): KeyRing {
  const spec = process.env.AUDIT_CHAIN_KEYS;
  if (!spec) throw new Error("AUDIT_CHAIN_KEYS must be set (the start command generates it into DATA_DIR)");
  if (cached?.spec !== spec) cached = { spec, ring: parseKeyRing(spec, "AUDIT_CHAIN_KEYS") };
  return cached.ring;
}

/** The key new events are hashed with. */
export function currentChainKeyId(): string {
  return ring().currentId;
}

/** HMAC-SHA-256 (hex) of the text under the named key; null when the ring does not hold it. */
export function chainMac(keyId: string, text: string): string | null {
  const key = ring().keys.get(keyId);
  return key ? createHmac("sha256", key).update(text, "utf8").digest("hex") : null;
}
