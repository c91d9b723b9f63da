// Background work while the portal runs: delivering the e-mail outbox (over SMTP_URL
// when set, otherwise to a local sink that keeps every message in DATA_DIR/mail, the
// demo's mailbox) every 10 seconds, and purging stale drafts every hour.
import path from "node:path";
import nodemailer from "nodemailer";
import { createPrismaClient } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { purgeStaleDrafts } from "@/lib/dossiers/purge";
import { sendPendingEmails } from "@/lib/notifications/mailer";
import { startSmtpSink } from "@/lib/notifications/smtp-sink";
import { say } from "./log";

const INTERVAL_MS = 10_000;
const PURGE_EVERY_MS = 3600_000;

export async function startMailDelivery(options: { databaseUrl: string; dataDir: string; portalUrl: string; sinkPort?: number }) {
  const config = env();
  const sink = config.SMTP_URL ? null : await startSmtpSink(options.sinkPort ?? config.MAIL_SINK_PORT, path.join(options.dataDir, "mail"));
  const transport = config.SMTP_URL
    ? nodemailer.createTransport(config.SMTP_URL)
    : nodemailer.createTransport({ host: "127.0.0.1", port: sink!.port, secure: false, ignoreTLS: true });
  if (sink) say(`mail goes to a local SMTP sink on 127.0.0.1:${sink.port}; messages are kept in ${path.join(options.dataDir, "mail")}`);
  const prisma = createPrismaClient(options.databaseUrl, 2);
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await sendPendingEmails(prisma, transport, { from: config.MAIL_FROM, portalUrl: options.portalUrl });
    } catch (error) {
      // The outbox keeps the rows; the next tick tries again. No addresses in the log.
      say(`mail delivery failed, will retry: ${error instanceof Error ? error.name : "error"}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, INTERVAL_MS);
  const purge = () => purgeStaleDrafts(prisma).then(
    (count) => count > 0 && say(`purged ${count} drafts untouched for 30 days`),
    (error: unknown) => say(`draft purge failed, will retry: ${error instanceof Error ? error.name : "error"}`),
  );
  void purge();
  const purgeTimer = setInterval(purge, PURGE_EVERY_MS);
  return {
    stop: async () => {
      clearInterval(timer);
      clearInterval(purgeTimer);
      await prisma.$disconnect();
      await sink?.stop();
    },
  };
}
