// Secrets a fresh install needs and nobody should have to invent: generated once into
// DATA_DIR (git-ignored, readable by the owner only) unless given in the environment.
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

const NAMES = [
  "authSecret",
  "vneidClientSecret",
  "vneidCookieKey",
  "paymentSecret",
  "signingClientSecret",
  "documentKey",
  "identityKey",
  "identityLookupKey",
  "auditChainKey",
  "auditAnchorKey",
  "databaseAppPassword",
] as const;
export type LocalSecrets = Record<(typeof NAMES)[number], string>;

/** Reads the secrets file, adding any secret a newer version of the portal needs. */
export async function loadOrCreateSecrets(dataDir: string): Promise<LocalSecrets> {
  const file = path.join(dataDir, "secrets.json");
  const existing = await readFile(file, "utf8").then(
    (t) => JSON.parse(t) as Partial<LocalSecrets>,
    () => ({}) as Partial<LocalSecrets>,
  );
  if (NAMES.every((name) => typeof existing[name] === "string")) return existing as LocalSecrets;
  const secrets = Object.fromEntries(
    NAMES.map((name) => [name, existing[name] ?? randomBytes(32).toString("base64url")]),
  ) as LocalSecrets;
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, JSON.stringify(secrets), { mode: 0o600 });
  return secrets;
}

/**
 * Puts the identity keys in this process's environment unless configuration gave them: the
 * demo data, the job runner (in this process) and the web server (its child) must all seal
 * and hash with the same keys. The generated encryption key has id "k1"; rotating means
 * setting IDENTITY_KEYS to "k2:new,k1:old".
 */
export function applyIdentityKeys(secrets: LocalSecrets): {
  IDENTITY_KEYS: string;
  IDENTITY_LOOKUP_KEY: string;
  AUDIT_CHAIN_KEYS: string;
} {
  process.env.IDENTITY_KEYS ||= `k1:${secrets.identityKey}`;
  process.env.IDENTITY_LOOKUP_KEY ||= secrets.identityLookupKey;
  // The event chain's key likewise (the web server appends events); the anchors' signing key
  // stays in this process, where the job that signs them runs.
  process.env.AUDIT_CHAIN_KEYS ||= `k1:${secrets.auditChainKey}`;
  process.env.AUDIT_ANCHOR_KEY ||= secrets.auditAnchorKey;
  // Every instance on one database must log in as the application role with one password
  // (roles belong to the whole server: a second instance with its own would change it for all).
  process.env.DATABASE_APP_PASSWORD ||= secrets.databaseAppPassword;
  return {
    IDENTITY_KEYS: process.env.IDENTITY_KEYS,
    IDENTITY_LOOKUP_KEY: process.env.IDENTITY_LOOKUP_KEY,
    AUDIT_CHAIN_KEYS: process.env.AUDIT_CHAIN_KEYS,
  };
}
