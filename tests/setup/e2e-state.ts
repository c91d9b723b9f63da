import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyIdentityKeys, loadOrCreateSecrets } from "@/scripts/runtime/secrets";
import { idNumberHash } from "@/lib/security/identity-sealing";

export function e2eStateFile(port: number): string {
  return path.join(os.tmpdir(), `motcuaso-e2e-${port}.json`);
}

/** What the e2e server started: the database tests may arrange data in, the VNeID issuer, and what a second instance
 * shares. */
export function readE2eState(): {
  databaseUrl: string;
  issuer: string;
  dataDir: string;
  paymentGateway: string;
  signingService: string;
  logFile: string;
} {
  return JSON.parse(readFileSync(e2eStateFile(Number(process.env.E2E_PORT ?? 3100)), "utf8"));
}

/** The keyed hash the e2e portal finds a person's ID number by (its keys are in the shared data folder). */
export async function e2eIdNumberHash(idNumber: string): Promise<string> {
  applyIdentityKeys(await loadOrCreateSecrets(readE2eState().dataDir));
  return idNumberHash(idNumber);
}
