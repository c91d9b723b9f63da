// Paying a dossier's fee: an attempt sent to the gateway, and the gateway's signed answer
// that settles it exactly once. A paid dossier leaves status 6 for status 1 and gets an
// e-receipt; a failed or cancelled attempt leaves it waiting, to be paid later.
import "server-only";
import { db } from "@/lib/db";
import { applicantScope, plausibleCode } from "@/lib/dossiers/access";
import { lockDossier } from "@/lib/dossiers/events";
import { changeDossier, noteOnDossier } from "@/lib/dossiers/lifecycle";
import { DOSSIER_STATUS } from "@/lib/dossiers/status";
import { appointmentWithPauses } from "@/lib/dossiers/pauses";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { env, publicUrl } from "@/lib/env";
import { isSignedIn, type Actor } from "@/lib/identity/actor";
import type { Locale } from "@/lib/i18n/locales";
import { dossierMessages } from "@/lib/notifications/dossier-messages";
import { hasValidSignature, RESULT_CODES, RESULT_FIELDS, signParams, type PaymentRequest } from "./protocol";
import { currentTime, currentTimeMs } from "@/lib/time";

/** How long the gateway accepts an attempt; a new one is made only after this. */
const ATTEMPT_MINUTES = 15;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function gatewayConfig() {
  const config = env();
  if (!config.PAYMENT_GATEWAY_URL || !config.PAYMENT_SECRET)
    throw new Error("PAYMENT_GATEWAY_URL and PAYMENT_SECRET must be set");
  return {
    url: config.PAYMENT_GATEWAY_URL.replace(/\/$/, ""),
    merchant: config.PAYMENT_MERCHANT_ID,
    secret: config.PAYMENT_SECRET,
  };
}

/**
 * The gateway address to send the payer to for a dossier waiting for payment. An attempt
 * still open is reused, so a double click or a second tab pays one order.
 */
export async function startPayment(actor: Actor, code: string, locale: Locale): Promise<{ redirectUrl: string }> {
  if (!isSignedIn(actor) || !plausibleCode(code)) throw new NotFoundError("dossier");
  const gateway = gatewayConfig();
  const dossier = await db().dossier.findFirst({
    where: { code, ...applicantScope(actor) },
    select: { id: true, code: true, status: true, feeVnd: true },
  });
  if (!dossier) throw new NotFoundError("dossier");
  const due = await outstandingVnd(dossier.id, dossier.feeVnd);
  if (dossier.status !== DOSSIER_STATUS.PAYMENT_REQUESTED || due <= 0) {
    throw new ConflictError(
      "Hồ sơ này không có khoản phí nào đang chờ nộp.",
      "This dossier has no fee waiting to be paid.",
    );
  }
  const openSince = new Date(currentTimeMs() - (ATTEMPT_MINUTES - 1) * 60_000);
  const payment =
    (await db().payment.findFirst({
      where: { dossierId: dossier.id, status: "PENDING", amountVnd: due, createdAt: { gt: openSince } },
      orderBy: { createdAt: "desc" },
    })) ?? (await db().payment.create({ data: { dossierId: dossier.id, payerUserId: actor.userId, amountVnd: due } }));
  const portal = publicUrl();
  const request = signParams<PaymentRequest>(
    {
      merchant: gateway.merchant,
      order: payment.id,
      amount: String(payment.amountVnd),
      info: `Nộp phí, lệ phí hồ sơ ${dossier.code}`,
      returnUrl: `${portal}/api/payments/return?lang=${locale}`,
      notifyUrl: `${portal}/api/payments/notify`,
      expiresAt: String(Math.floor(payment.createdAt.getTime() / 1000) + ATTEMPT_MINUTES * 60),
    },
    gateway.secret,
  );
  return { redirectUrl: `${gateway.url}/pay?${new URLSearchParams(request).toString()}` };
}

/** What is still to pay: every fee charged on the dossier, less what was paid. */
async function outstandingVnd(dossierId: string, feeVnd: number): Promise<number> {
  const paid = await db().payment.aggregate({ where: { dossierId, status: "PAID" }, _sum: { amountVnd: true } });
  return feeVnd - (paid._sum.amountVnd ?? 0);
}

export type Settlement = { dossierCode: string; outcome: "paid" | "failed" | "cancelled" };

/**
 * Applies the gateway's answer. Only a correctly signed answer for one of our attempts,
 * for its exact amount, counts; answering twice (notify, then the payer's return) changes
 * nothing the second time.
 */
export async function settlePayment(params: Record<string, string>): Promise<Settlement> {
  const gateway = gatewayConfig();
  if (params.merchant !== gateway.merchant || !hasValidSignature(params, gateway.secret, RESULT_FIELDS)) {
    throw new ForbiddenError("Kết quả thanh toán không có chữ ký hợp lệ.", "The payment result is not validly signed.");
  }
  if (!UUID.test(params.order ?? "")) throw new NotFoundError("payment");
  const outcome =
    params.code === RESULT_CODES.PAID ? "PAID" : params.code === RESULT_CODES.CANCELLED ? "CANCELLED" : "FAILED";
  return db().$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<
      { id: string }[]
    >`SELECT "id" FROM "Payment" WHERE "id" = ${params.order}::uuid FOR UPDATE`;
    if (!locked) throw new NotFoundError("payment");
    const payment = await tx.payment.findUniqueOrThrow({
      where: { id: locked.id },
      include: { dossier: { select: { id: true, code: true, status: true, applicantUserId: true } } },
    });
    const dossierCode = payment.dossier.code;
    if (payment.status !== "PENDING")
      return { dossierCode, outcome: payment.status.toLowerCase() as Settlement["outcome"] };
    if (String(payment.amountVnd) !== params.amount)
      throw new ForbiddenError("Số tiền không khớp.", "The amount does not match.");
    const settledAt = new Date(params.at ?? "");
    const at = Number.isNaN(settledAt.getTime()) ? currentTime() : settledAt;
    if (outcome !== "PAID") {
      await tx.payment.update({
        where: { id: payment.id },
        data: { status: outcome, gatewayCode: params.code, gatewayTransaction: params.transaction, settledAt: at },
      });
      return { dossierCode, outcome: outcome.toLowerCase() as Settlement["outcome"] };
    }
    // Lock the dossier: two attempts paid at once still get distinct receipt numbers.
    const current = await lockDossier(tx, payment.dossierId);
    const paidBefore = await tx.payment.count({ where: { dossierId: payment.dossierId, status: "PAID" } });
    const receiptNumber = `${dossierCode}-BL${paidBefore + 1}`;
    await tx.payment.update({
      where: { id: payment.id },
      data: {
        status: "PAID",
        gatewayCode: params.code,
        gatewayTransaction: params.transaction,
        settledAt: at,
        receiptNumber,
      },
    });
    // Paid before reception: on to the agency (status 1); during processing: processing resumes
    // (4), the appointment moved by the time it waited. Paid when no payment was awaited (a
    // second attempt settled late), the payment is recorded for a refund and nothing moves.
    const dossier = { id: payment.dossierId, code: dossierCode, applicantUserId: payment.dossier.applicantUserId };
    const details = {
      amountVnd: payment.amountVnd,
      receiptNumber,
      channel: "ONLINE",
      transaction: params.transaction ?? null,
    };
    const message = dossierMessages.paid(dossierCode, payment.amountVnd, receiptNumber);
    if (current?.status === DOSSIER_STATUS.PAYMENT_REQUESTED) {
      const appointmentAt = await appointmentWithPauses(tx, payment.dossierId, at);
      await changeDossier(tx, dossier, {
        action: "paid",
        seenVersion: "current",
        set: appointmentAt ? { appointmentAt } : {},
        event: { type: "payment.paid", actorUserId: payment.payerUserId, details },
        notify: { kind: "payment.paid", message },
      });
    } else {
      await noteOnDossier(tx, dossier, {
        event: {
          type: "payment.paid",
          actorUserId: payment.payerUserId,
          details: { ...details, note: "paid while not awaiting payment: refund due" },
        },
        notify: { kind: "payment.paid", message },
      });
    }
    return { dossierCode, outcome: "paid" as const };
  });
}
