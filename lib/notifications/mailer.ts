// Sends the e-mail outbox: notification rows written in the same transaction as the
// event they announce, delivered afterwards over SMTP. Each row is claimed with
// FOR UPDATE SKIP LOCKED in its own transaction, sent, and marked sent before the next:
// several dispatchers never send one row at once, and a crash loses nothing. A crash
// between handing a message to the mail server and committing the mark can hand that one
// message over again; it carries the same Message-ID (from the notification's id), so the
// mailbox keeps it once.
import { notificationPath } from "./links";
import type { Transporter } from "nodemailer";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { openIdentity } from "@/lib/security/identity-sealing";
import { currentTime } from "@/lib/time";

/** PostgreSQL channel the mailer listens on; a notification sent in a transaction arrives only if it commits. */
export const OUTBOX_CHANNEL = "mail_outbox";

/** Call inside the transaction that writes e-mail rows: the mailer wakes once they are committed. */
export async function wakeMailerOnCommit(tx: Pick<Prisma.TransactionClient, "$queryRaw">): Promise<void> {
  await tx.$queryRaw`SELECT 1 AS woken FROM pg_notify(${OUTBOX_CHANNEL}, '')`;
}

export type MailerOptions = { from: string; portalUrl: string; batchSize?: number };

type Claimed = {
  id: string;
  titleVi: string;
  titleEn: string;
  bodyVi: string;
  bodyEn: string;
  sealedIdentity: string | null;
  dossierId: string | null;
  kind: string;
  dossierCode: string | null;
};

/** The Message-ID of a notification's e-mail: the same however often it is handed over. */
export const messageIdOf = (notificationId: string) => `<${notificationId}@motcuaso.local>`;

/** Sends up to a batch of pending e-mails, one transaction each; returns how many were sent and how many had no
 * address.
 * */
export async function sendPendingEmails(
  prisma: PrismaClient,
  transport: Transporter,
  options: MailerOptions,
): Promise<{ sent: number; noAddress: number }> {
  let sent = 0;
  let noAddress = 0;
  for (let i = 0; i < (options.batchSize ?? 20); i++) {
    const outcome = await prisma.$transaction(
      async (tx) => {
        const [row] = await tx.$queryRaw<Claimed[]>`
        SELECT n.id, n.kind, n."titleVi", n."titleEn", n."bodyVi", n."bodyEn", n."dossierId", u."sealedIdentity",
               d.code AS "dossierCode"
        FROM "Notification" n JOIN "User" u ON u.id = n."userId" LEFT JOIN "Dossier" d ON d.id = n."dossierId"
        WHERE n.channel = 'EMAIL' AND n."sentAt" IS NULL
        ORDER BY n."createdAt"
        LIMIT 1
        FOR UPDATE OF n SKIP LOCKED`;
        if (!row) return "none" as const;
        const { contactEmail } = openIdentity(row.sealedIdentity);
        if (contactEmail) {
          await transport.sendMail({
            from: options.from,
            to: contactEmail,
            subject: row.titleVi,
            messageId: messageIdOf(row.id),
            text:
              `${row.titleVi}\n${row.bodyVi}\n\n${row.titleEn}\n${row.bodyEn}\n\n` +
              `${options.portalUrl}${notificationPath(row.kind, row.dossierCode)}`,
            headers: { "Content-Language": "vi, en" },
            textEncoding: "quoted-printable",
          });
        }
        await tx.notification.update({ where: { id: row.id }, data: { sentAt: currentTime() } });
        return contactEmail ? ("sent" as const) : ("no-address" as const);
      },
      { maxWait: 10_000, timeout: 60_000 },
    );
    if (outcome === "none") break;
    if (outcome === "sent") sent++;
    else noAddress++;
  }
  return { sent, noAddress };
}
