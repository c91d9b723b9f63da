// A second portal instance beside the e2e server, as a load balancer would run it: the
// same database, the same secrets (the same DATA_DIR, like a shared secret store and
// document storage) and the same external services, its own web process and job runner.
// Started by tests/e2e/instances.spec.ts on SECOND_PORT.
import { say } from "@/scripts/runtime/log";
import { launchPortal } from "@/scripts/runtime/portal";
import { readE2eState } from "./e2e-state";
import { freePort } from "./throwaway-database";

async function main() {
  const state = readE2eState();
  // The services the first instance started are this one's configuration.
  process.env.VNEID_ISSUER = state.issuer;
  process.env.PAYMENT_GATEWAY_URL = state.paymentGateway;
  process.env.SIGNING_SERVICE_URL = state.signingService;
  const portal = await launchPortal({
    databaseUrl: state.databaseUrl,
    port: Number(process.env.SECOND_PORT),
    dataDir: state.dataDir,
    vneidPort: 0,
    mailSinkPort: await freePort(),
  });
  const stop = () => portal.web.kill("SIGTERM");
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  portal.web.on("exit", async (code) => {
    await portal.stop();
    process.exit(code ?? 0);
  });
}

main().catch((error: unknown) => {
  say(`second instance failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
