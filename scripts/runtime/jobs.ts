// Background jobs, on PostgreSQL through pg-boss, so they survive restarts and run once
// however many portal instances there are: delivering the e-mail outbox (over SMTP_URL
// when set, otherwise to a local sink that keeps every message in DATA_DIR/mail, the
// demo's mailbox) as soon as a transaction commits mail and every minute in any case, and
// purging drafts untouched for 30 days (and day-old rate-limit windows) every hour, escalating consultations past their
// deadline every five minutes, alerting staff to deadlines a working day away, and keeping
// the statistics' rollups as soon as a dossier changes (and every minute in any case).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import nodemailer from "nodemailer";
import pg from "pg";
import PgBoss from "pg-boss";
import { createPrismaClient } from "@/lib/db/prisma";
import { env, publicUrl } from "@/lib/env";
import { purgeOldAccessLogs } from "@/lib/audit/retention";
import { purgeStaleDrafts } from "@/lib/dossiers/purge";
import { purgeOldRateLimits } from "@/lib/security/rate-limit-purge";
import { alertApproachingDeadlines } from "@/lib/processing/deadline-alerts";
import { escalateOverdueConsultations } from "@/lib/processing/escalation";
import { OUTBOX_CHANNEL, sendPendingEmails } from "@/lib/notifications/mailer";
import { startSmtpSink } from "@/lib/notifications/smtp-sink";
import { CHANGE_MARK_CHANNEL } from "@/lib/dossiers/change-marks";
import { refreshAllStatistics } from "@/lib/statistics/refresh";
import { say } from "@/scripts/runtime/log";
import { ANCHOR_FOLDER, writeAnchor } from "@/lib/audit/anchors";

export const JOBS = {
  deliverMail: "notifications-deliver",
  purgeDrafts: "drafts-purge",
  escalateConsultations: "consultations-escalate",
  alertDeadlines: "deadlines-alert",
  refreshStatistics: "statistics-refresh",
  anchorChains: "audit-anchor",
} as const;
const TIME_ZONE = "Asia/Ho_Chi_Minh";

export type RunningJobs = { boss: PgBoss; stop: () => Promise<void> };

/** Creates a queue, or brings an existing one (made by an earlier version) to these options. */
async function ensureQueue(boss: PgBoss, name: string, options: Omit<PgBoss.Queue, "name">): Promise<void> {
  await boss.createQueue(name, { name, ...options });
  await boss.updateQueue(name, { name, ...options });
}

type JobsOptions = {
  databaseUrl: string;
  dataDir: string;
  portalUrl: string;
  sinkPort?: number;
  /** Called when the connection that hears commits drops (the database restarted), unless stopping. */
  onListenerLost?: () => void;
};

export async function startJobs(options: JobsOptions): Promise<RunningJobs> {
  const config = env();
  const sink = config.SMTP_URL
    ? null
    : await startSmtpSink(options.sinkPort ?? config.MAIL_SINK_PORT, path.join(options.dataDir, "mail"));
  const transport = config.SMTP_URL
    ? nodemailer.createTransport(config.SMTP_URL)
    : nodemailer.createTransport({ host: "127.0.0.1", port: sink!.port, secure: false, ignoreTLS: true });
  if (sink)
    say(
      `mail goes to a local SMTP sink on 127.0.0.1:${sink.port}; messages are kept in ` +
        `${path.join(options.dataDir, "mail")}`,
    );
  const prisma = createPrismaClient(options.databaseUrl, 2);
  // Ctrl-C reaches the embedded database too, which may stop first: its going away is then expected, not news.
  let stopping = false;
  const expectStop = () => (stopping = true);
  process.once("SIGINT", expectStop);
  process.once("SIGTERM", expectStop);
  const report = (message: string) => {
    if (!stopping) say(message);
  };
  // A job whose process died mid-run stays "active" until it expires; each queue below says
  // how long a run may take, and maintenance every 30 s hands expired runs back for a retry
  // (tests/crash/run.ts kills the process and waits for them).
  const boss = new PgBoss({
    connectionString: options.databaseUrl,
    max: 3,
    application_name: "mot-cua-so-jobs",
    maintenanceIntervalSeconds: 30,
  });
  // No job data or addresses in the log: the error's name says enough to look further.
  boss.on("error", (error) => report(`job queue error: ${error instanceof Error ? error.name : "error"}`));
  // pg-boss records a failed run without waiting for the write (pg-boss 10, src/manager.js):
  // with the database away, that write's rejection reaches no one and would end the
  // process, the web server with it where both share one (tests/e2e/outage.spec.ts). It is
  // reported like the queue's other errors; the run expires and is retried. Any other
  // unhandled rejection still ends the process.
  const onQueueRejection = (reason: unknown) => {
    if (!(reason instanceof Error) || !/[\\/]pg-boss[\\/]/.test(reason.stack ?? "")) throw reason;
    report(`job queue error: ${reason.name} (recording a failed run)`);
  };
  process.on("unhandledRejection", onQueueRejection);
  await boss.start();
  // "short": at most one delivery waits in the queue; the job sends everything pending.
  await ensureQueue(boss, JOBS.deliverMail, {
    policy: "short",
    expireInSeconds: 60,
    retryLimit: 5,
    retryDelay: 30,
    retryBackoff: true,
  });
  await ensureQueue(boss, JOBS.purgeDrafts, { policy: "short", expireInSeconds: 300, retryLimit: 3, retryDelay: 300 });
  await boss.schedule(JOBS.deliverMail, "* * * * *", {}, { tz: TIME_ZONE });
  await boss.schedule(JOBS.purgeDrafts, "17 * * * *", {}, { tz: TIME_ZONE });
  await ensureQueue(boss, JOBS.escalateConsultations, {
    policy: "short",
    expireInSeconds: 300,
    retryLimit: 5,
    retryDelay: 5,
    retryBackoff: true,
  });
  await boss.schedule(JOBS.escalateConsultations, "*/5 * * * *", {}, { tz: TIME_ZONE });
  await ensureQueue(boss, JOBS.alertDeadlines, {
    policy: "short",
    expireInSeconds: 300,
    retryLimit: 3,
    retryDelay: 60,
  });
  await boss.schedule(JOBS.alertDeadlines, "*/30 * * * *", {}, { tz: TIME_ZONE });
  // "stately": one refresh runs and at most one more waits, whatever wakes it; so a refresh
  // left active by a dead process would hold the others back until it expires.
  await ensureQueue(boss, JOBS.refreshStatistics, {
    policy: "stately",
    expireInSeconds: 120,
    retryLimit: 5,
    retryDelay: 10,
    retryBackoff: true,
  });
  await boss.schedule(JOBS.refreshStatistics, "* * * * *", {}, { tz: TIME_ZONE });
  await boss.work(JOBS.deliverMail, { pollingIntervalSeconds: 2 }, async () => {
    const batch = 20;
    let handled: number;
    do {
      const result = await sendPendingEmails(prisma, transport, {
        from: config.MAIL_FROM,
        portalUrl: options.portalUrl,
        batchSize: batch,
      });
      handled = result.sent + result.noAddress;
    } while (handled === batch);
  });
  await boss.work(JOBS.purgeDrafts, async () => {
    const count = await purgeStaleDrafts(prisma);
    if (count > 0) say(`purged ${count} drafts untouched for 30 days`);
    await purgeOldRateLimits(prisma);
    const logs = await purgeOldAccessLogs(prisma, config.ACCESS_LOG_RETENTION_DAYS);
    if (logs > 0) say(`deleted ${logs} access-log entries older than ${config.ACCESS_LOG_RETENTION_DAYS} days`);
  });
  // The event chains' signed anchor (lib/audit/anchors.ts): every night, and at every start.
  await ensureQueue(boss, JOBS.anchorChains, {
    policy: "singleton",
    expireInSeconds: 3600,
    retryLimit: 3,
    retryDelay: 300,
  });
  await boss.schedule(JOBS.anchorChains, "30 0 * * *", {}, { tz: TIME_ZONE });
  await boss.work(JOBS.anchorChains, async () => {
    const anchor = await writeAnchor(prisma, path.join(options.dataDir, ANCHOR_FOLDER));
    say(
      `anchored the event chains of ${anchor.dossiers} dossiers (${anchor.events} events) in ` +
        `${path.join(options.dataDir, ANCHOR_FOLDER)}`,
    );
  });
  await boss.work(JOBS.escalateConsultations, async () => {
    const count = await escalateOverdueConsultations(prisma).catch((error: unknown) => {
      // Said in the log (no personal data in it), then thrown so that pg-boss retries the job.
      say(`consultation escalation failed, will retry: ${error instanceof Error ? error.name : "error"}`);
      throw error;
    });
    if (count > 0) say(`escalated ${count} overdue consultations`);
  });
  await boss.work(JOBS.alertDeadlines, async () => {
    const count = await alertApproachingDeadlines(prisma);
    if (count > 0) say(`sent deadline alerts for ${count} dossiers`);
  });
  await boss.work(JOBS.refreshStatistics, { pollingIntervalSeconds: 2 }, async () => {
    await refreshAllStatistics(prisma);
  });
  // A committed outbox row wakes the mailer at once, a marked dossier the statistics; the schedules above are the
  // safety net.
  const listener = new pg.Client({ connectionString: options.databaseUrl, application_name: "mot-cua-so-outbox" });
  listener.on("error", (error) => {
    report(`listener stopped (${error.name}); mail and statistics follow the minute schedules`);
    if (!stopping) options.onListenerLost?.();
  });
  listener.on(
    "notification",
    (message) =>
      void boss
        .send(message.channel === CHANGE_MARK_CHANNEL ? JOBS.refreshStatistics : JOBS.deliverMail, {})
        .catch(() => undefined),
  );
  await listener.connect();
  await listener.query(`LISTEN ${OUTBOX_CHANNEL}`);
  await listener.query(`LISTEN ${CHANGE_MARK_CHANNEL}`);
  // Once at start too: a portal that was down does not wait for the next hour or minute.
  await boss.send(JOBS.purgeDrafts, {});
  await boss.send(JOBS.deliverMail, {});
  await boss.send(JOBS.escalateConsultations, {});
  await boss.send(JOBS.refreshStatistics, {});
  await boss.send(JOBS.anchorChains, {});
  return {
    boss,
    stop: async () => {
      stopping = true;
      process.off("SIGINT", expectStop);
      process.off("SIGTERM", expectStop);
      await listener.end().catch(() => undefined);
      await boss.stop({ graceful: true, timeout: 10_000, wait: true });
      process.off("unhandledRejection", onQueueRejection);
      await prisma.$disconnect();
      await sink?.stop();
    },
  };
}

/**
 * The start command runs the jobs in a process of their own (`node --import tsx
 * scripts/runtime/start.ts jobs`), so that a crash or a runaway heap there ends only them, and
 * they are started again.
 * `extraEnv` gives it what runJobsProcess reads: DATABASE_URL, DATA_DIR, PUBLIC_URL.
 */
export function spawnJobsProcess(extraEnv: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", path.join(__dirname, "start.ts"), "jobs"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, ...extraEnv },
  });
}

/**
 * The job process: ends on SIGTERM or SIGINT once running jobs are done, and with code 1 when
 * it stops hearing commits, so that the start command starts it again on a fresh connection.
 */
export async function runJobsProcess(): Promise<void> {
  const config = env();
  if (!config.DATABASE_URL) throw new Error("the job process needs DATABASE_URL");
  // A stop asked for while the jobs start waits for them to have started, then stops them.
  let running: Promise<RunningJobs | void> = Promise.resolve();
  let ending = false;
  const end = (code: number) => {
    if (ending) return;
    ending = true;
    void running
      .then((jobs) => jobs?.stop())
      .catch(() => undefined)
      .then(() => process.exit(code));
  };
  process.once("SIGTERM", () => end(0));
  process.once("SIGINT", () => end(0));
  running = startJobs({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    portalUrl: publicUrl(config),
    onListenerLost: () => end(1),
  });
  await running;
}
