import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export function e2eStateFile(port: number): string {
  return path.join(os.tmpdir(), `motcuaso-e2e-${port}.json`);
}

/** What the e2e server started: the database tests may arrange data in, the VNeID issuer, and what a second instance shares. */
export function readE2eState(): { databaseUrl: string; issuer: string; dataDir: string; paymentGateway: string; signingService: string; logFile: string } {
  return JSON.parse(readFileSync(e2eStateFile(Number(process.env.E2E_PORT ?? 3100)), "utf8"));
}
