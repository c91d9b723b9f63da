// Secrets a fresh install needs and nobody should have to invent: generated once into
// DATA_DIR (git-ignored, readable by the owner only) unless given in the environment.
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

const NAMES = ["authSecret", "vneidClientSecret", "vneidCookieKey", "paymentSecret", "signingClientSecret", "documentKey"] as const;
export type LocalSecrets = Record<(typeof NAMES)[number], string>;

/** Reads the secrets file, adding any secret a newer version of the portal needs. */
export async function loadOrCreateSecrets(dataDir: string): Promise<LocalSecrets> {
  const file = path.join(dataDir, "secrets.json");
  const existing = await readFile(file, "utf8").then((t) => JSON.parse(t) as Partial<LocalSecrets>, () => ({}) as Partial<LocalSecrets>);
  if (NAMES.every((name) => typeof existing[name] === "string")) return existing as LocalSecrets;
  const secrets = Object.fromEntries(NAMES.map((name) => [name, existing[name] ?? randomBytes(32).toString("base64url")])) as LocalSecrets;
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, JSON.stringify(secrets), { mode: 0o600 });
  return secrets;
}
