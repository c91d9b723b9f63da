// A key ring and the AES-256-GCM envelope every secret the portal keeps at rest is sealed
// in: stored documents (DOCUMENT_KEYS), identity fields and dossier answers (IDENTITY_KEYS),
// the event chain's keys (AUDIT_CHAIN_KEYS). "id:key,id:key", newest first: the first seals,
// every one opens what it sealed, so adding a key rotates.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const MAGIC = Buffer.from("MCS1");
const IV_BYTES = 12;
const TAG_BYTES = 16;

export type KeyRing = { name: string; currentId: string; keys: Map<string, Buffer> };

/** Parses "id:base64url-key,…"; each key must be 32 bytes, ids short and distinct. `name` is the setting, for messages.
 * */
export function parseKeyRing(spec: string, name = "DOCUMENT_KEYS"): KeyRing {
  const entries = spec
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [id, encoded] = part.split(":");
      const key = Buffer.from(encoded ?? "", "base64url");
      if (!id || !/^[A-Za-z0-9_-]{1,32}$/.test(id) || key.length !== 32)
        throw new Error(`${name}: each entry is id:key, the key 32 bytes in base64url`);
      return [id, key] as const;
    });
  if (entries.length === 0) throw new Error(`${name}: at least one key`);
  const keys = new Map(entries);
  if (keys.size !== entries.length) throw new Error(`${name}: key ids must differ`);
  return { name, currentId: entries[0]![0], keys };
}

/** Whether the bytes carry the sealing header (anything else was stored before encryption). */
export function isSealed(stored: Uint8Array): boolean {
  return Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength).subarray(0, MAGIC.length).equals(MAGIC);
}

/** MAGIC | id length | id | IV | tag | ciphertext; the header is authenticated too. */
export function seal(ring: KeyRing, plaintext: Uint8Array): Buffer {
  const id = Buffer.from(ring.currentId, "utf8");
  const header = Buffer.concat([MAGIC, Buffer.from([id.length]), id]);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", ring.keys.get(ring.currentId)!, iv);
  cipher.setAAD(header);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([header, iv, cipher.getAuthTag(), body]);
}

export function unseal(ring: KeyRing, stored: Buffer): Buffer {
  if (!isSealed(stored)) return stored;
  const idLength = stored[MAGIC.length]!;
  const headerEnd = MAGIC.length + 1 + idLength;
  const id = stored.subarray(MAGIC.length + 1, headerEnd).toString("utf8");
  const key = ring.keys.get(id);
  if (!key) throw new Error(`sealed with key "${id}", which is not in ${ring.name}`);
  const iv = stored.subarray(headerEnd, headerEnd + IV_BYTES);
  const tag = stored.subarray(headerEnd + IV_BYTES, headerEnd + IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv("aes-256-gcm", key, iv);
  decipher.setAAD(stored.subarray(0, headerEnd));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(stored.subarray(headerEnd + IV_BYTES + TAG_BYTES)), decipher.final()]);
}
