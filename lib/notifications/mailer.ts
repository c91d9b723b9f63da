// Sends the e-mail outbox: notification rows written in the same transaction as the
// event they announce, delivered afterwards over SMTP. Rows are claimed with
// FOR UPDATE SKIP LOCKED, so several dispatchers never send one row twice; a crash
// between sending and marking can repeat a message (at least once), never lose one.
import type { Transporter } from "nodemailer";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/** PostgreSQL channel the mailer listens on; a notification sent in a transaction arrives only if it commits. */
export const OUTBOX_CHANNEL = "mail_outbox";

/** Call inside the transaction that writes e-mail rows: the mailer wakes once they are committed. */
export async function wakeMailerOnCommit(tx: Pick<Prisma.TransactionClient, "$queryRaw">): Promise<void> {
  await tx.$queryRaw`SELECT 1 AS woken FROM pg_notify(${OUTBOX_CHANNEL}, '')`;
}

export type MailerOptions = { from: string; portalUrl: string; batchSize?: number };

type Claimed = { id: string; titleVi: string; titleEn: string; bodyVi: string; bodyEn: string; contactEmail: string | null; dossierId: string | null };

/** Sends one batch of pending e-mails; returns how many were sent and how many had no address. */
export async function sendPendingEmails(prisma: PrismaClient, transport: Transporter, options: MailerOptions): Promise<{ sent: number; noAddress: number }> {
  return prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<Claimed[]>`
      SELECT n.id, n."titleVi", n."titleEn", n."bodyVi", n."bodyEn", n."dossierId", u."contactEmail"
      FROM "Notification" n JOIN "User" u ON u.id = n."userId"
      WHERE n.channel = 'EMAIL' AND n."sentAt" IS NULL
      ORDER BY n."createdAt"
      LIMIT ${options.batchSize ?? 20}
      FOR UPDATE OF n SKIP LOCKED`;
    let sent = 0;
    let noAddress = 0;
    for (const row of rows) {
      if (row.contactEmail) {
        await transport.sendMail({
          from: options.from,
          to: row.contactEmail,
          subject: row.titleVi,
          text: `${row.titleVi}\n${row.bodyVi}\n\n${row.titleEn}\n${row.bodyEn}\n\n${options.portalUrl}/tai-khoan`,
          headers: { "Content-Language": "vi, en" },
          textEncoding: "quoted-printable",
        });
        sent++;
      } else {
        noAddress++;
      }
      await tx.notification.update({ where: { id: row.id }, data: { sentAt: new Date() } });
    }
    return { sent, noAddress };
  }, { timeout: 60_000 });
}
