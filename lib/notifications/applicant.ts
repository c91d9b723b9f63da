// Telling the applicant about their dossier: every status change, request, new date and
// result reaches them in the portal and by e-mail, written in the same transaction as the
// change (so a rolled-back action tells nobody) and mailed once it commits.
import type { Prisma } from "@/lib/generated/prisma/client";
import { wakeMailerOnCommit } from "./mailer";

export type Message = { titleVi: string; titleEn: string; bodyVi: string; bodyEn: string };

export async function notifyApplicant(
  tx: Prisma.TransactionClient,
  dossier: { id: string; applicantUserId: string },
  kind: string,
  message: Message,
): Promise<void> {
  await notifyPerson(tx, dossier.applicantUserId, dossier.id, kind, message);
}

/** The same for a person, about a dossier or not (an answer to general feedback). */
export async function notifyPerson(
  tx: Prisma.TransactionClient,
  userId: string,
  dossierId: string | null,
  kind: string,
  message: Message,
): Promise<void> {
  await tx.notification.createMany({
    data: (["IN_APP", "EMAIL"] as const).map((channel) => ({ userId, dossierId, kind, channel, ...message })),
  });
  await wakeMailerOnCommit(tx);
}
