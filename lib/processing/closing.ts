// Ending a dossier without a result: the applicant withdraws it (status 7) before a
// decision, or a leader stops its processing with reasons (status 8). Both are final.
import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import { applicantScope, plausibleCode } from "@/lib/dossiers/access";
import { appendEvent } from "@/lib/dossiers/events";
import { nextStatus, type DossierStatusCode } from "@/lib/dossiers/status";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { isSignedIn, type Actor } from "@/lib/identity/actor";
import { notifyApplicant } from "@/lib/notifications/applicant";
import { staffDossier } from "./scope";

const STALE = () => new ConflictError("Hồ sơ vừa thay đổi trạng thái. Vui lòng tải lại trang.", "The dossier's status has just changed. Reload the page.");

/** The applicant withdraws their dossier; they must confirm, and may say why. */
export async function withdrawDossier(actor: Actor, code: string, input: { confirmed: boolean; reason?: string }): Promise<void> {
  if (!isSignedIn(actor) || !plausibleCode(code)) throw new NotFoundError("dossier");
  const dossier = await db().dossier.findFirst({ where: { code, ...applicantScope(actor) } });
  if (!dossier) throw new NotFoundError("dossier");
  if (!input.confirmed) throw new ValidationError({ confirmed: { vi: "Đánh dấu ô xác nhận để rút hồ sơ.", en: "Tick the box to confirm the withdrawal." } });
  const reason = (input.reason ?? "").trim().slice(0, 500);
  const to = nextStatus(dossier.status as DossierStatusCode, "withdraw", dossier.receivedAt !== null);
  if (to === null) throw STALE();
  await db().$transaction(async (tx) => {
    const moved = await tx.dossier.updateMany({ where: { id: dossier.id, status: dossier.status }, data: { status: to, version: { increment: 1 }, assigneeUserId: null, stepKey: null } });
    if (moved.count === 0) throw STALE();
    await appendEvent(tx, dossier.id, { type: "withdrawn", actorUserId: actor.userId, fromStatus: dossier.status, toStatus: to, details: { reason } });
    await notifyApplicant(tx, dossier, "dossier.withdrawn", { titleVi: `Đã rút hồ sơ ${dossier.code}`, titleEn: `Dossier ${dossier.code} withdrawn`, bodyVi: "Hồ sơ đã được rút theo yêu cầu của bạn; cơ quan không tiếp tục giải quyết.", bodyEn: "The dossier was withdrawn at your request; the agency will not go on with it." });
  });
}

const reasonsSchema = z.string().trim().min(10).max(2000);

/** A leader stops processing with reasons (the stop-processing notice). */
export async function stopProcessing(actor: Actor, code: string, seenVersion: number, reasons: unknown): Promise<void> {
  const { me, dossier } = await staffDossier(actor, code, "dossier.decide");
  const parsed = reasonsSchema.safeParse(reasons);
  if (!parsed.success) throw new ValidationError({ stopReasons: { vi: "Nêu lý do dừng xử lý (10 đến 2.000 ký tự).", en: "Give the reasons for stopping (10 to 2,000 characters)." } });
  const to = nextStatus(dossier.status as DossierStatusCode, "stop", dossier.receivedAt !== null);
  if (to === null) throw STALE();
  await db().$transaction(async (tx) => {
    const moved = await tx.dossier.updateMany({ where: { id: dossier.id, version: seenVersion, status: dossier.status }, data: { status: to, version: { increment: 1 }, assigneeUserId: null, stepKey: null } });
    if (moved.count === 0) throw STALE();
    await appendEvent(tx, dossier.id, { type: "stopped", actorUserId: me.userId, fromStatus: dossier.status, toStatus: to, details: { reasons: parsed.data, role: "LEADER", agencyId: dossier.agencyId } });
    const message = { titleVi: `Hồ sơ ${dossier.code} bị dừng xử lý`, titleEn: `Processing of dossier ${dossier.code} stopped`, bodyVi: `Lý do: ${parsed.data}`, bodyEn: `Reasons (in Vietnamese): ${parsed.data}` };
    await notifyApplicant(tx, dossier, "dossier.stopped", message);
    await recordAudit({ actorUserId: me.userId, action: "dossier.stop", targetType: "dossier", targetId: dossier.id, details: { code } }, tx);
  });
}
