// A portal whose outside world fails on request, for tests/e2e/outage.spec.ts. It reaches
// the e2e database through a TCP relay that the test cuts and restores (messages
// "stop-database" and "start-database" over IPC): cut, every connection is dropped and
// new ones are refused, as when the database server or the network to it goes away. Its
// VNeID address is one where nothing answers.
import net from "node:net";
import { mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import { say } from "@/scripts/runtime/log";
import { launchPortal } from "@/scripts/runtime/portal";
import { readE2eState } from "./e2e-state";
import { freePort } from "./throwaway-database";
import { loadOrCreateSecrets, applyIdentityKeys } from "@/scripts/runtime/secrets";

/** A relay from a local port to the database; `cut()` drops everything, `restore()` listens again. */
async function databaseRelay(target: URL) {
  const port = await freePort();
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => socket.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  const listen = () => new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  await listen();
  return {
    port,
    cut: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
    },
    restore: listen,
  };
}

async function main() {
  const state = readE2eState();
  const target = new URL(state.databaseUrl);
  const relay = await databaseRelay(target);
  const databaseUrl = new URL(state.databaseUrl);
  databaseUrl.port = String(relay.port);
  // Nothing listens on this port: every request to "VNeID" is refused.
  process.env.VNEID_ISSUER = `http://127.0.0.1:${await freePort()}`;
  process.env.PAYMENT_GATEWAY_URL = state.paymentGateway;
  process.env.SIGNING_SERVICE_URL = state.signingService;
  // Inside the e2e server's data folder, which that server removes when it stops: nothing is
  // left behind even when this instance is killed before it cleans up itself.
  const dataDir = await mkdtemp(path.join(state.dataDir, "outage-"));
  applyIdentityKeys(await loadOrCreateSecrets(state.dataDir));
  const portal = await launchPortal({
    databaseUrl: databaseUrl.toString(),
    port: Number(process.env.OUTAGE_PORT),
    dataDir,
    vneidPort: 0,
    mailSinkPort: await freePort(),
  });
  process.on("message", async (message) => {
    if (message === "stop-database") await relay.cut();
    if (message === "start-database") await relay.restore();
    process.send?.(`${String(message)}: done`);
  });
  const stop = () => portal.web.kill("SIGTERM");
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  portal.web.on("exit", async (code) => {
    await portal.stop().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
    process.exit(code ?? 0);
  });
}

main().catch((error: unknown) => {
  say(`outage instance failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
