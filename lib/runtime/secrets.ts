// Secrets a fresh install needs and nobody should have to invent: generated once into
// DATA_DIR (git-ignored, readable by the owner only) unless given in the environment.
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

export type LocalSecrets = { authSecret: string; vneidClientSecret: string; vneidCookieKey: string };

export async function loadOrCreateSecrets(dataDir: string): Promise<LocalSecrets> {
  const file = path.join(dataDir, "secrets.json");
  const existing = await readFile(file, "utf8").then((t) => JSON.parse(t) as LocalSecrets, () => null);
  if (existing) return existing;
  const secrets: LocalSecrets = {
    authSecret: randomBytes(32).toString("base64url"),
    vneidClientSecret: randomBytes(32).toString("base64url"),
    vneidCookieKey: randomBytes(32).toString("base64url"),
  };
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, JSON.stringify(secrets), { mode: 0o600 });
  return secrets;
}
