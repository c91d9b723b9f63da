// The audit log: append-only rows of who did what, when and from where. Details never
// carry secrets or full ID numbers (callers pass masked values).
import "server-only";
import { db } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

export type AuditEntry = {
  actorUserId: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  ip?: string | null;
  details?: Prisma.InputJsonValue;
};

type Writer = Pick<PrismaClient, "auditEvent"> | Prisma.TransactionClient;

/** Records one event; pass the transaction client when the action itself is transactional. */
export async function recordAudit(entry: AuditEntry, client: Writer = db()): Promise<void> {
  await client.auditEvent.create({
    data: {
      actorUserId: entry.actorUserId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      ip: entry.ip ?? null,
      details: entry.details,
    },
  });
}
