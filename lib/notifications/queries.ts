// The applicant's in-app notifications: newest first, their own only.
import "server-only";
import { db } from "@/lib/db";
import { isSignedIn, type Actor } from "@/lib/identity/actor";
import { currentTime } from "@/lib/time";

export async function listNotificationsForSelf(actor: Actor, take = 10) {
  if (!isSignedIn(actor)) return { items: [], unread: 0 };
  const where = { userId: actor.userId, channel: "IN_APP" };
  const [items, unread] = await Promise.all([
    db().notification.findMany({
      where,
      orderBy: { createdAt: "desc" },
      take,
      select: {
        id: true,
        kind: true,
        titleVi: true,
        titleEn: true,
        bodyVi: true,
        bodyEn: true,
        createdAt: true,
        readAt: true,
        dossierId: true,
      },
    }),
    db().notification.count({ where: { ...where, readAt: null } }),
  ]);
  const dossiers = await db().dossier.findMany({
    where: { id: { in: items.flatMap((n) => (n.dossierId ? [n.dossierId] : [])) } },
    select: { id: true, code: true },
  });
  const codeOf = new Map(dossiers.map((d) => [d.id, d.code]));
  return {
    items: items.map((n) => ({ ...n, dossierCode: n.dossierId ? (codeOf.get(n.dossierId) ?? null) : null })),
    unread,
  };
}

/** Marks all of one's in-app notifications read. */
/** How many in-app notifications the person has not read (the header's badge). */
export async function countUnreadForSelf(actor: Actor): Promise<number> {
  if (!isSignedIn(actor)) return 0;
  return db().notification.count({ where: { userId: actor.userId, channel: "IN_APP", readAt: null } });
}

export async function markNotificationsRead(actor: Actor): Promise<void> {
  if (!isSignedIn(actor)) return;
  await db().notification.updateMany({
    where: { userId: actor.userId, channel: "IN_APP", readAt: null },
    data: { readAt: currentTime() },
  });
}
