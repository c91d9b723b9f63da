// The one door through which a dossier changes (docs/architecture.md, "The dossier
// lifecycle"). Every command (reception, supplements, workflow steps, payments, closing,
// the apology) decides what its own change is and hands it here; the door owns what every
// change shares, in the command's transaction:
// - the row, locked, still the version the person saw (and still held by whom the command
//   says), so of two people acting at once only the first wins;
// - the status, moved only as the rules of docs/domain.md §3 allow (lib/dossiers/status.ts);
// - the version, increased by one;
// - the event, appended to the dossier's hash chain;
// - the applicant told (in the portal and by e-mail), and staff actions audited.
// Nothing else in lib/ writes a dossier's row, but for the chain's head when an event changes
// nothing else (recordOnDossier, in lib/dossiers/events.ts, which the job runner uses too);
// the passes that run after migrations, in scripts/runtime/, reseal or rekey older rows.
import "server-only";
import { recordAudit } from "@/lib/audit/mutations";
import { ConflictError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notifyApplicant, type Message } from "@/lib/notifications/applicant";
import { linkEvent, lockDossier, recordOnDossier, storeEvent, type LockedDossier } from "./events";
import type { EventType } from "./event-names";
import { nextStatus, type DossierAction, type DossierStatusCode } from "./status";

type Tx = Prisma.TransactionClient;

/** The one answer to a change that came too late: someone acted first, or the status moved on. */
export function dossierChanged(): ConflictError {
  return new ConflictError(
    "Hồ sơ vừa được người khác xử lý hoặc đã thay đổi trạng thái. Vui lòng tải lại trang để xem trạng thái mới.",
    "Someone else has just acted on this dossier, or its status has changed. Reload the page to see its new state.",
  );
}

/** The dossier a command acts on, as it read it. */
export type DossierRef = { id: string; code: string; applicantUserId: string };

export type DossierChange = {
  /**
   * The status action (docs/domain.md §3), or `null` for a change within the statuses listed
   * in `within` (a hand-over between steps, a new appointment).
   */
  action: DossierAction | null;
  within?: readonly DossierStatusCode[];
  /** The version the person saw; `"current"` only for a change no person saw (a payment gateway's answer). */
  seenVersion: number | "current";
  /** When set, the row must still be held by this person (`null`: held by nobody). */
  heldBy?: string | null;
  /** Columns the command sets besides the status and the version, from the locked row. */
  set?: Prisma.DossierUpdateManyMutationInput | ((row: LockedDossier) => Prisma.DossierUpdateManyMutationInput);
  event: { type: EventType; actorUserId: string | null; details?: Prisma.InputJsonValue };
  /** Whether the event records the status it left and reached; by default, when there is an action. */
  statusInEvent?: boolean;
  /** What the applicant is told (templates: lib/notifications/dossier-messages.ts). */
  notify?: { kind: string; message: Message };
  /** The staff action, for the audit log. */
  audit?: { actorUserId: string; action: string; details?: Prisma.InputJsonValue };
};

/** Applies one change to a dossier inside `tx`; returns the status it left and the one it reached. */
export async function changeDossier(
  tx: Tx,
  dossier: DossierRef,
  change: DossierChange,
): Promise<{ from: DossierStatusCode; to: DossierStatusCode; version: number }> {
  const row = await lockDossier(tx, dossier.id);
  if (!row) throw dossierChanged();
  if (change.seenVersion !== "current" && row.version !== change.seenVersion) throw dossierChanged();
  if (change.heldBy !== undefined && row.assigneeUserId !== change.heldBy) throw dossierChanged();
  const from = row.status;
  const to = change.action
    ? nextStatus(from, change.action, row.receivedAt !== null)
    : (change.within ?? []).includes(from)
      ? from
      : null;
  if (to === null) throw dossierChanged();
  const set = typeof change.set === "function" ? change.set(row) : (change.set ?? {});
  const statusInEvent = change.statusInEvent ?? change.action !== null;
  const link = linkEvent(dossier.id, row.lastEventHash, {
    ...change.event,
    ...(statusInEvent ? { fromStatus: from, toStatus: to } : {}),
  });
  await tx.dossier.updateMany({
    where: { id: dossier.id, version: row.version },
    data: { ...set, status: to, version: { increment: 1 }, lastEventHash: link.head },
  });
  await storeEvent(tx, link);
  if (change.notify) await notifyApplicant(tx, dossier, change.notify.kind, change.notify.message);
  if (change.audit) await recordAudit({ ...change.audit, targetType: "dossier", targetId: dossier.id }, tx);
  return { from, to, version: row.version + 1 };
}

/**
 * Records something that happened to a dossier without changing it (a payment that came
 * when none was awaited, a reminder to staff): the event, and the applicant told if asked;
 * the version stays, so nobody's open page goes stale.
 */
export async function noteOnDossier(
  tx: Tx,
  dossier: DossierRef,
  note: Pick<DossierChange, "event" | "notify" | "audit">,
): Promise<void> {
  await recordOnDossier(tx, dossier.id, note.event, dossierChanged);
  if (note.notify) await notifyApplicant(tx, dossier, note.notify.kind, note.notify.message);
  if (note.audit) await recordAudit({ ...note.audit, targetType: "dossier", targetId: dossier.id }, tx);
}

/**
 * Opens a dossier (status 1, or 6 while a fee is due) under a provisional code, with its first
 * event. Its number is given last by `numberDossier`, so that the agency's daily counter row,
 * which every submission to that agency queues on, is held for as short a time as possible.
 */
export async function openDossier(
  tx: Tx,
  data: Omit<Prisma.DossierUncheckedCreateInput, "code"> & { id: string; status: DossierStatusCode },
  event: { actorUserId: string; details: Prisma.InputJsonValue },
): Promise<void> {
  const link = linkEvent(data.id, null, {
    type: "submitted",
    actorUserId: event.actorUserId,
    toStatus: data.status,
    details: event.details,
  });
  await tx.dossier.create({
    data: { ...data, code: `TAM-${data.id}`, lastEventHash: link.head },
    select: { id: true },
  });
  await storeEvent(tx, link);
}

/** Gives an opened dossier its national code, which never changes afterwards. */
export async function numberDossier(tx: Tx, dossierId: string, code: string): Promise<void> {
  await tx.dossier.updateMany({ where: { id: dossierId, code: `TAM-${dossierId}` }, data: { code } });
}
