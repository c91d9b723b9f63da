// ID numbers and the sensitive identity attributes are encrypted at rest (Decree 13/2023
// counts them as personal data; a copy of the database must not give them away).
// - Readable copies are AES-256-GCM under the key ring IDENTITY_KEYS ("id:key,…", newest
//   first), as documents are under DOCUMENT_KEYS: adding a key rotates, and a key stays in
//   the ring while values sealed with it remain.
// - Lookups and joins use a keyed hash: HMAC-SHA-256 of the normalised ID number under
//   IDENTITY_LOOKUP_KEY. The same number always gives the same hash, so equality works in
//   SQL and indexes, and without the key the hash cannot be reversed by trying the
//   10^12 possible numbers. This key is not rotated by adding a key: changing it means
//   recomputing every hash from the sealed copies.
// Both are generated into DATA_DIR when unset (scripts/runtime/secrets.ts).
// Read from the environment when first used, so the start process, the job runner and the
// web server each pick up what the start command put there.
import { createHmac } from "node:crypto";
import { isSealed, parseKeyRing, seal, unseal, type KeyRing } from "@/lib/security/key-ring";

let cached: { ring: KeyRing; lookupKey: Buffer; spec: string } | undefined;

function keys() {
  const spec = `${process.env.IDENTITY_KEYS ?? ""}|${process.env.IDENTITY_LOOKUP_KEY ?? ""}`;
  if (cached?.spec === spec) return cached;
  if (!process.env.IDENTITY_KEYS || !process.env.IDENTITY_LOOKUP_KEY) {
    throw new Error(
      "IDENTITY_KEYS and IDENTITY_LOOKUP_KEY must be set (the start command generates them into DATA_DIR)",
    );
  }
  const lookupKey = Buffer.from(process.env.IDENTITY_LOOKUP_KEY, "base64url");
  if (lookupKey.length < 32) throw new Error("IDENTITY_LOOKUP_KEY: at least 32 bytes in base64url");
  cached = { ring: parseKeyRing(process.env.IDENTITY_KEYS, "IDENTITY_KEYS"), lookupKey, spec };
  return cached;
}

/** The keyed hash an ID number is found by (64 hex characters). */
export function idNumberHash(idNumber: string): string {
  return createHmac("sha256", keys().lookupKey).update(`id-number\u0000${idNumber.trim()}`).digest("hex");
}

/** A text encrypted under the current key, as base64url text for a TEXT column. */
export function sealText(value: string): string {
  return seal(keys().ring, Buffer.from(value, "utf8")).toString("base64url");
}

/** The text a `sealText` value holds; throws when it was not sealed or its key is gone. */
export function openText(sealed: string): string {
  const bytes = Buffer.from(sealed, "base64url");
  if (!isSealed(bytes)) throw new Error("not a sealed value");
  return unseal(keys().ring, bytes).toString("utf8");
}

/** A JSON value (a dossier's answers, a signature) sealed as one text. */
export function sealJson(value: unknown): string {
  return sealText(JSON.stringify(value));
}

/** The value a `sealJson` text holds. */
export function openJson<T>(sealed: string): T {
  return JSON.parse(openText(sealed)) as T;
}

/** The sensitive attributes of an account, kept together in User.sealedIdentity. */
export type SealedIdentity = {
  idNumber: string | null;
  birthDate: string | null;
  sex: string | null;
  address: string | null;
  phone: string | null;
  contactEmail: string | null;
};

const EMPTY: SealedIdentity = {
  idNumber: null,
  birthDate: null,
  sex: null,
  address: null,
  phone: null,
  contactEmail: null,
};

/** Attributes left out are stored as null. */
export function sealIdentity(identity: Partial<SealedIdentity>): string {
  return sealJson({ ...EMPTY, ...identity });
}

/** The account's attributes; all null for an account that has none (or never signed in). */
export function openIdentity(sealed: string | null | undefined): SealedIdentity {
  if (!sealed) return { ...EMPTY };
  return { ...EMPTY, ...openJson<Partial<SealedIdentity>>(sealed) };
}

/** The columns that store an account's identity: its lookup hash and the sealed attributes. */
export function identityColumns(identity: Partial<SealedIdentity>): {
  idNumberHash: string | null;
  sealedIdentity: string;
} {
  return {
    idNumberHash: identity.idNumber ? idNumberHash(identity.idNumber) : null,
    sealedIdentity: sealIdentity(identity),
  };
}

/** An ID number as a row naming a person stores it: its keyed hash and a sealed copy. */
export function sealIdNumber(idNumber: string): { hash: string; sealed: string } {
  return { hash: idNumberHash(idNumber), sealed: sealText(idNumber) };
}
