// Signing keys of the stand-in, kept in a file so ID tokens stay verifiable across
// restarts. Rotation puts a new key first (it signs from then on) and keeps the previous
// ones published in the JWKS until tokens they signed have expired.
import { randomUUID } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { exportJWK, generateKeyPair, type JWK } from "jose";

const KEEP = 3;

async function newKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair("RS256", { extractable: true, modulusLength: 2048 });
  return { ...(await exportJWK(privateKey)), kid: randomUUID(), alg: "RS256", use: "sig" };
}

async function readKeys(file: string): Promise<JWK[] | null> {
  const text = await readFile(file, "utf8").catch(() => null);
  return text ? (JSON.parse(text) as { keys: JWK[] }).keys : null;
}

/** The key set in `dir/jwks.json`, created with one key on first use. */
export async function loadSigningKeys(dir: string): Promise<{ keys: JWK[] }> {
  const file = path.join(dir, "jwks.json");
  const existing = await readKeys(file);
  if (existing?.length) return { keys: existing };
  await mkdir(dir, { recursive: true });
  const keys = [await newKey()];
  await writeFile(file, JSON.stringify({ keys }), { mode: 0o600 });
  return { keys };
}

/** Adds a new signing key in front, keeping at most three; returns the new key id. */
export async function rotateSigningKeys(dir: string): Promise<string> {
  const file = path.join(dir, "jwks.json");
  const key = await newKey();
  const keys = [key, ...((await readKeys(file)) ?? [])].slice(0, KEEP);
  await mkdir(dir, { recursive: true });
  await writeFile(file, JSON.stringify({ keys }), { mode: 0o600 });
  return key.kid as string;
}
