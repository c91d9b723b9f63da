// Starts the pieces of a running portal once the database is ready: the VNeID stand-in
// (unless VNEID_ISSUER names a real provider) and the Next.js production server.
import type { ChildProcess } from "node:child_process";
import type { Server } from "node:http";
import { env, publicUrl } from "@/lib/env";
import { runNext } from "./build";
import { say } from "./log";
import { loadOrCreateSecrets } from "./secrets";
import { startVneidStandIn } from "./vneid";
import { startMailDelivery } from "./mail";

export type RunningPortal = { web: ChildProcess; issuer: string; stop: () => Promise<void> };

export async function launchPortal(options: { databaseUrl: string; port: number; vneidPort: number; dataDir: string; mailSinkPort?: number }): Promise<RunningPortal> {
  const config = env();
  const secrets = await loadOrCreateSecrets(options.dataDir);
  const portal = config.PUBLIC_URL ? publicUrl(config) : `http://localhost:${options.port}`;
  const clientSecret = config.VNEID_CLIENT_SECRET ?? secrets.vneidClientSecret;
  let issuer = config.VNEID_ISSUER;
  let standIn: Server | null = null;
  if (!issuer) {
    const started = await startVneidStandIn({
      port: options.vneidPort, portalUrl: portal, clientId: config.VNEID_CLIENT_ID, clientSecret, cookieKey: secrets.vneidCookieKey, dataDir: options.dataDir,
      attemptsPerMinute: config.VNEID_ATTEMPTS_PER_MINUTE,
    });
    issuer = started.issuer;
    standIn = started.server;
    say(`VNeID stand-in (OpenID Connect provider and registries) on ${issuer}`);
  }
  const mail = await startMailDelivery({ databaseUrl: options.databaseUrl, dataDir: options.dataDir, portalUrl: portal, sinkPort: options.mailSinkPort });
  const web = runNext(["start", "--port", String(options.port)], {
    DATABASE_URL: options.databaseUrl,
    NODE_ENV: "production",
    PUBLIC_URL: portal,
    AUTH_URL: `${portal}/api/auth`,
    AUTH_SECRET: config.AUTH_SECRET ?? secrets.authSecret,
    VNEID_ISSUER: issuer,
    VNEID_CLIENT_ID: config.VNEID_CLIENT_ID,
    VNEID_CLIENT_SECRET: clientSecret,
  });
  return {
    web,
    issuer,
    stop: async () => {
      await mail.stop();
      if (standIn) await new Promise<void>((resolve) => standIn!.close(() => resolve()));
    },
  };
}
