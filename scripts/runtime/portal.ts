// Starts the pieces of a running portal once the database is ready: the stand-ins for
// VNeID, the payment gateway and the remote-signing service (each unless configuration
// names the real one), background work, and the Next.js production server. The e2e server
// takes the one web process and ends with it (launchPortal); the start command has the web
// server and the jobs run in processes of their own, started again when they die
// (launchSupervisedPortal).
import type { ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import type { Server } from "node:http";
import net from "node:net";
import path from "node:path";
import { ensureApplicationRole } from "@/lib/db/app-role";
import { env, publicUrl } from "@/lib/env";
import { startPaymentGateway } from "@/stand-ins/payment-gateway";
import { startSigningService } from "@/stand-ins/signing-service";
import { runNext } from "@/scripts/runtime/build";
import { say } from "@/scripts/runtime/log";
import { spawnJobsProcess, startJobs } from "@/scripts/runtime/jobs";
import { loadOrCreateSecrets, applyIdentityKeys } from "@/scripts/runtime/secrets";
import { childRun, supervise } from "@/scripts/runtime/supervise";
import { startVneidStandIn } from "@/scripts/runtime/vneid";

export type RunningPortal = {
  web: ChildProcess;
  issuer: string;
  paymentGateway: string;
  signingService: string;
  stop: () => Promise<void>;
};

export type SupervisedPortal = Omit<RunningPortal, "web">;

export type PortalPorts = {
  port: number;
  vneidPort: number;
  paymentPort?: number;
  signingPort?: number;
  mailSinkPort?: number;
};

/** `output: "pipe"` hands the web server's stdout and stderr to the caller (the e2e server keeps them in a log file).
 * */
export type PortalOptions = PortalPorts & { databaseUrl: string; dataDir: string; output?: "inherit" | "pipe" };

/** The stand-ins running in this process, and what the web server and the jobs are told about them. */
type Services = {
  portal: string;
  issuer: string;
  paymentGateway: string;
  signingService: string;
  webEnv: Record<string, string>;
  stop: () => Promise<void>;
};

// How long a process asked to stop with SIGTERM may take before SIGKILL: the jobs wait up to 10 s for running jobs.
const WEB_GRACE_MS = 10_000;
const JOBS_GRACE_MS = 15_000;

async function startServices(options: PortalOptions): Promise<Services> {
  const config = env();
  const secrets = await loadOrCreateSecrets(options.dataDir);
  const identityKeys = applyIdentityKeys(secrets);
  const portal = config.PUBLIC_URL ? publicUrl(config) : `http://localhost:${options.port}`;
  const clientSecret = config.VNEID_CLIENT_SECRET ?? secrets.vneidClientSecret;
  let issuer = config.VNEID_ISSUER;
  let standIn: Server | null = null;
  if (!issuer) {
    const started = await startVneidStandIn({
      port: options.vneidPort,
      portalUrl: portal,
      clientId: config.VNEID_CLIENT_ID,
      clientSecret,
      cookieKey: secrets.vneidCookieKey,
      dataDir: options.dataDir,
      attemptsPerMinute: config.VNEID_ATTEMPTS_PER_MINUTE,
    });
    issuer = started.issuer;
    standIn = started.server;
    say(`VNeID stand-in (OpenID Connect provider and registries) on ${issuer}`);
  }
  const servers: Server[] = standIn ? [standIn] : [];
  let paymentGateway = config.PAYMENT_GATEWAY_URL;
  const paymentSecret = config.PAYMENT_SECRET ?? secrets.paymentSecret;
  if (!paymentGateway) {
    const port = options.paymentPort ?? config.PAYMENT_PORT;
    servers.push(
      await startPaymentGateway({
        port,
        merchants: [
          {
            id: config.PAYMENT_MERCHANT_ID,
            name: "Cổng dịch vụ công Một Cửa Số – Thành phố Hồ Chí Minh",
            secret: paymentSecret,
          },
        ],
      }),
    );
    paymentGateway = `http://localhost:${port}`;
    say(`payment gateway stand-in on ${paymentGateway}`);
  }
  let signingService = config.SIGNING_SERVICE_URL;
  const signingSecret = config.SIGNING_CLIENT_SECRET ?? secrets.signingClientSecret;
  if (!signingService) {
    const port = options.signingPort ?? config.SIGNING_PORT;
    servers.push(
      await startSigningService({
        port,
        dataDir: path.join(options.dataDir, "signing"),
        clients: [{ id: config.SIGNING_CLIENT_ID, secret: signingSecret }],
        demoMode: true,
      }),
    );
    signingService = `http://localhost:${port}`;
    say(`remote-signing stand-in on ${signingService}`);
  }
  const webEnv = {
    // The web server, which faces the internet, connects as the application role: it cannot
    // change or remove events or audit rows (lib/db/app-role.ts). The jobs keep the owner's.
    DATABASE_URL: await ensureApplicationRole(
      options.databaseUrl,
      process.env.DATABASE_APP_PASSWORD ?? secrets.databaseAppPassword,
      say,
    ),
    NODE_ENV: "production",
    PUBLIC_URL: portal,
    AUTH_URL: `${portal}/api/auth`,
    AUTH_SECRET: config.AUTH_SECRET ?? secrets.authSecret,
    VNEID_ISSUER: issuer,
    VNEID_CLIENT_ID: config.VNEID_CLIENT_ID,
    VNEID_CLIENT_SECRET: clientSecret,
    PAYMENT_GATEWAY_URL: paymentGateway,
    PAYMENT_MERCHANT_ID: config.PAYMENT_MERCHANT_ID,
    PAYMENT_SECRET: paymentSecret,
    SIGNING_SERVICE_URL: signingService,
    SIGNING_CLIENT_ID: config.SIGNING_CLIENT_ID,
    SIGNING_CLIENT_SECRET: signingSecret,
    // The generated key has id "k1"; rotating means setting DOCUMENT_KEYS to "k2:new,k1:old".
    DOCUMENT_KEYS: config.DOCUMENT_KEYS ?? `k1:${secrets.documentKey}`,
    ...identityKeys,
    // Node sizes its heap from the machine's memory and collects lazily; a bounded heap keeps
    // the web process's memory flat (the benchmark measures it) and leaves room for PostgreSQL.
    NODE_OPTIONS: [process.env.NODE_OPTIONS, `--max-old-space-size=${config.WEB_HEAP_MB}`].filter(Boolean).join(" "),
  };
  return {
    portal,
    issuer,
    paymentGateway,
    signingService,
    webEnv,
    stop: async () => {
      await Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              server.close(() => resolve());
              server.closeAllConnections();
            }),
        ),
      );
    },
  };
}

function spawnWeb(options: PortalOptions, services: Services): ChildProcess {
  // The catalogue answers Next keeps on disk (lib/procedures/cache.ts) were read from the
  // database the last server used, which may not be this one (a test run's throwaway
  // database, a database since restored): a web server starts without them.
  rmSync(path.join(".next", "cache", "fetch-cache"), { recursive: true, force: true });
  return runNext(["start", "--port", String(options.port)], services.webEnv, options.output);
}

/** One web process, the jobs in this process; the caller watches the web process and calls stop() when it ends. */
export async function launchPortal(options: PortalOptions): Promise<RunningPortal> {
  const services = await startServices(options);
  const jobs = await startJobs({
    databaseUrl: options.databaseUrl,
    dataDir: options.dataDir,
    portalUrl: services.portal,
    sinkPort: options.mailSinkPort,
  });
  const web = spawnWeb(options, services);
  const { issuer, paymentGateway, signingService } = services;
  return {
    web,
    issuer,
    paymentGateway,
    signingService,
    stop: async () => {
      await jobs.stop();
      await services.stop();
    },
  };
}

/**
 * The web server and the jobs each in a process of their own, started again whenever one
 * dies, until stop(): the web server, the jobs, then the stand-ins.
 */
export async function launchSupervisedPortal(options: Omit<PortalOptions, "output">): Promise<SupervisedPortal> {
  // A taken port fails the start now, rather than a web server or mail sink that fails over and over.
  const config = env();
  await ensurePortFree(options.port, "PORT");
  if (!config.SMTP_URL) await ensurePortFree(options.mailSinkPort ?? config.MAIL_SINK_PORT, "MAIL_SINK_PORT");
  const services = await startServices(options);
  const jobsEnv = {
    DATABASE_URL: options.databaseUrl,
    DATA_DIR: options.dataDir,
    PUBLIC_URL: services.portal,
    ...(options.mailSinkPort ? { MAIL_SINK_PORT: String(options.mailSinkPort) } : {}),
  };
  const jobs = supervise("job process", async () => childRun(spawnJobsProcess(jobsEnv), JOBS_GRACE_MS));
  const web = supervise("web server", async () => childRun(spawnWeb(options, services), WEB_GRACE_MS));
  const { issuer, paymentGateway, signingService } = services;
  return {
    issuer,
    paymentGateway,
    signingService,
    stop: async () => {
      await web.stop();
      await jobs.stop();
      await services.stop();
    },
  };
}

async function ensurePortFree(port: number, name: string): Promise<void> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(new Error(`port ${port} cannot be used (${error.code}); set ${name} to another`, { cause: error })),
    );
    server.listen(port, () => server.close(() => resolve()));
  });
}
