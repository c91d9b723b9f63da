// A financial obligation set during processing (status 6): an amount the agency can only
// know after appraisal (a fee "per the fee table"), paid through the same gateway; the
// waiting time is excluded from the clock and processing resumes once paid.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { changeDossier } from "@/lib/dossiers/lifecycle";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import type { Actor } from "@/lib/identity/actor";
import { dossierMessages } from "@/lib/notifications/dossier-messages";
import type { FeeItem } from "@/lib/procedures/fees";
import { staffDossier } from "@/lib/dossiers/staff-access";

const notHolding = () =>
  new ForbiddenError(
    "Chỉ người đang xử lý hồ sơ mới yêu cầu nộp tiền được.",
    "Only the person processing the dossier can request a payment.",
  );

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
  if (!parsed.success)
    throw new ValidationError({
      amountVnd: {
        vi: "Nhập nội dung khoản thu và số tiền (từ 1.000 đồng).",
        en: "Enter what is charged and the amount (from 1,000 đồng).",
      },
    });
  const item: FeeItem = {
    labelVi: parsed.data.label,
    labelEn: parsed.data.label,
    unitVnd: parsed.data.amountVnd,
    quantity: 1,
    amountVnd: parsed.data.amountVnd,
  };
  await db().$transaction((tx) =>
    changeDossier(tx, dossier, {
      action: "request-payment",
      seenVersion,
      heldBy: me.userId,
      set: {
        feeVnd: { increment: parsed.data.amountVnd },
        feeItems: [...((dossier.feeItems ?? []) as FeeItem[]), item],
      },
      event: {
        type: "payment.requested",
        actorUserId: me.userId,
        details: {
          amountVnd: parsed.data.amountVnd,
          label: parsed.data.label,
          role: "SPECIALIST",
          agencyId: dossier.agencyId,
        },
      },
      notify: {
        kind: "dossier.payment-requested",
        message: dossierMessages.paymentRequested(dossier.code, parsed.data.label, parsed.data.amountVnd),
      },
      audit: {
        actorUserId: me.userId,
        action: "dossier.request-payment",
        details: { code, amountVnd: parsed.data.amountVnd },
      },
    }),
  );
}
