// A financial obligation set during processing (status 6): an amount the agency can only
// know after appraisal (a fee "per the fee table"), paid through the same gateway; the
// waiting time is excluded from the clock and processing resumes once paid.
import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import { appendEvent } from "@/lib/dossiers/events";
import { nextStatus, type DossierStatusCode } from "@/lib/dossiers/status";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import type { Actor } from "@/lib/identity/actor";
import { notifyApplicant } from "@/lib/notifications/applicant";
import type { FeeItem } from "@/lib/payments/fees";
import { staffDossier } from "./scope";

const notHolding = () => new ForbiddenError("Chỉ người đang xử lý hồ sơ mới yêu cầu nộp tiền được.", "Only the person processing the dossier can request a payment.");

const schema = z.object({
  label: z.string().trim().min(3).max(200),
  amountVnd: z.coerce.number().int().min(1000).max(1_000_000_000),
});

/**
 * Only the person holding the dossier's step may set an obligation on it (issue 19 finding 8:
 * a specialist of the agency who did not hold it set a fee by replaying the form); the update
 * itself is conditioned on holding it, so a hand-over at the same moment wins.
 */
export async function requestPayment(actor: Actor, code: string, seenVersion: number, input: unknown): Promise<void> {
  const { me, dossier } = await staffDossier(actor, code, "dossier.appraise");
  if (dossier.assigneeUserId !== me.userId) throw notHolding();
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new ValidationError({ amountVnd: { vi: "Nhập nội dung khoản thu và số tiền (từ 1.000 đồng).", en: "Enter what is charged and the amount (from 1,000 đồng)." } });
  const to = nextStatus(dossier.status as DossierStatusCode, "request-payment", dossier.receivedAt !== null);
  if (to === null) throw new ConflictError("Hồ sơ vừa thay đổi trạng thái. Vui lòng tải lại trang.", "The dossier's status has just changed. Reload the page.");
  const item: FeeItem = { labelVi: parsed.data.label, labelEn: parsed.data.label, unitVnd: parsed.data.amountVnd, quantity: 1, amountVnd: parsed.data.amountVnd };
  await db().$transaction(async (tx) => {
    const moved = await tx.dossier.updateMany({
      where: { id: dossier.id, version: seenVersion, status: dossier.status, assigneeUserId: me.userId },
      data: { status: to, version: { increment: 1 }, feeVnd: { increment: parsed.data.amountVnd }, feeItems: [...((dossier.feeItems ?? []) as FeeItem[]), item] },
    });
    if (moved.count === 0) throw new ConflictError("Hồ sơ vừa được người khác xử lý. Vui lòng tải lại trang.", "Someone else has just acted on this dossier. Reload the page.");
    await appendEvent(tx, dossier.id, { type: "payment.requested", actorUserId: me.userId, fromStatus: dossier.status, toStatus: to, details: { amountVnd: parsed.data.amountVnd, label: parsed.data.label, role: "SPECIALIST", agencyId: dossier.agencyId } });
    const amount = new Intl.NumberFormat("vi-VN").format(parsed.data.amountVnd);
    const message = { titleVi: `Hồ sơ ${dossier.code}: cần nộp ${amount} đồng`, titleEn: `Dossier ${dossier.code}: ${amount} đồng to pay`, bodyVi: `${parsed.data.label}. Thanh toán trực tuyến trên trang hồ sơ; hồ sơ tiếp tục được xử lý ngay khi bạn thanh toán.`, bodyEn: `${parsed.data.label}. Pay online on the dossier's page; processing resumes as soon as you pay.` };
    await notifyApplicant(tx, dossier, "dossier.payment-requested", message);
    await recordAudit({ actorUserId: me.userId, action: "dossier.request-payment", targetType: "dossier", targetId: dossier.id, details: { code, amountVnd: parsed.data.amountVnd } }, tx);
  });
}
