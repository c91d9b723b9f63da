// The payment gateway and remote-signing stand-ins for integration tests, on free ports.
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Server } from "node:http";
import { startPaymentGateway } from "@/stand-ins/payment-gateway";
import { startSigningService } from "@/stand-ins/signing-service";
import { freePort } from "@/tests/setup/throwaway-database";

export const TEST_MERCHANT = {
  id: "test-merchant",
  name: "Cổng kiểm thử",
  secret: "test-payment-secret-0123456789abcdef",
};
export const TEST_SIGNING_CLIENT = { id: "test-signing", secret: "test-signing-secret-0123456789abcdef" };

const closing = (server: Server) => () =>
  new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });

export async function startTestPaymentGateway() {
  const port = await freePort();
  const server = await startPaymentGateway({ port, merchants: [TEST_MERCHANT] });
  return { url: `http://127.0.0.1:${port}`, stop: closing(server) };
}

export async function startTestSigningService() {
  const port = await freePort();
  const server = await startSigningService({
    port,
    dataDir: await mkdtemp(path.join(os.tmpdir(), "signing-")),
    clients: [TEST_SIGNING_CLIENT],
    demoMode: true,
  });
  return { url: `http://127.0.0.1:${port}`, stop: closing(server) };
}

/** The keys integration tests seal identities with (set before the demo data is loaded, and in every test process). */
export const TEST_IDENTITY_KEYS = {
  IDENTITY_KEYS: `it:${Buffer.alloc(32, 9).toString("base64url")}`,
  IDENTITY_LOOKUP_KEY: Buffer.alloc(32, 11).toString("base64url"),
  AUDIT_CHAIN_KEYS: `it:${Buffer.alloc(32, 13).toString("base64url")}`,
  AUDIT_ANCHOR_KEY: Buffer.alloc(32, 17).toString("base64url"),
};
