// What the applicant sees of a dossier's fee: how it was made up, and its e-receipt.
import "server-only";
import { db } from "@/lib/db";
import { applicantScope, plausibleCode } from "@/lib/dossiers/access";
import { NotFoundError } from "@/lib/errors";
import { isSignedIn, type Actor } from "@/lib/identity/actor";
import { formatDateTime } from "@/lib/i18n/format";
import { renderPdf, type PortalDocument } from "@/lib/documents/pdf";
import { documentStorage } from "@/lib/documents/mutations";
import { sealedOnce } from "@/lib/documents/sealed-pdf";
import { itemsSettledBy, type FeeItem } from "@/lib/procedures/fees";

const vnd = (amount: number) => `${new Intl.NumberFormat("vi-VN").format(amount)} đồng`;

async function visibleDossier(actor: Actor, code: string) {
  if (!isSignedIn(actor) || !plausibleCode(code)) throw new NotFoundError("dossier");
  const dossier = await db().dossier.findFirst({
    where: { code, ...applicantScope(actor) },
    select: {
      id: true,
      code: true,
      feeVnd: true,
      feeItems: true,
      applicantUserId: true,
      procedureVersionId: true,
      agencyId: true,
    },
  });
  if (!dossier) throw new NotFoundError("dossier");
  return dossier;
}

/** The fee of a dossier, how it was made up, and every payment made with its receipt. */
export async function getFeeForApplicant(actor: Actor, code: string) {
  const dossier = await visibleDossier(actor, code);
  const paid = await db().payment.findMany({
    where: { dossierId: dossier.id, status: "PAID" },
    orderBy: { settledAt: "asc" },
    select: { receiptNumber: true, settledAt: true, amountVnd: true },
    take: 50,
  });
  return { totalVnd: dossier.feeVnd, items: (dossier.feeItems ?? []) as FeeItem[], paid };
}

/** An e-receipt (biên lai thu phí, lệ phí điện tử) of the dossier, by number or the first one, as a document. */
export async function getReceiptForApplicant(
  actor: Actor,
  code: string,
  receiptNumber?: string,
): Promise<PortalDocument & { receiptNumber: string }> {
  const dossier = await visibleDossier(actor, code);
  const payments = await db().payment.findMany({
    where: { dossierId: dossier.id, status: "PAID" },
    orderBy: { settledAt: "asc" },
    take: 50,
  });
  const index = receiptNumber ? payments.findIndex((p) => p.receiptNumber === receiptNumber) : 0;
  const payment = payments[index];
  if (!payment?.receiptNumber || !payment.settledAt) throw new NotFoundError("receipt");
  const [payer, version, collector] = await Promise.all([
    db().user.findUniqueOrThrow({ where: { id: dossier.applicantUserId }, select: { fullName: true } }),
    db().procedureVersion.findUniqueOrThrow({
      where: { id: dossier.procedureVersionId },
      select: { procedure: { select: { nameVi: true } } },
    }),
    // The agency deciding the dossier collects its fees and issues the receipt.
    db().agency.findUniqueOrThrow({ where: { id: dossier.agencyId }, select: { nameVi: true, taxCode: true } }),
  ]);
  const paidBefore = payments.slice(0, index).reduce((sum, p) => sum + p.amountVnd, 0);
  const items = itemsSettledBy((dossier.feeItems ?? []) as FeeItem[], paidBefore, payment.amountVnd);
  return {
    receiptNumber: payment.receiptNumber,
    title: `Biên lai ${payment.receiptNumber}`,
    issuer: [collector.nameVi.toLocaleUpperCase("vi")],
    heading: "BIÊN LAI THU PHÍ, LỆ PHÍ (ĐIỆN TỬ)",
    lines: [
      `Đơn vị thu: ${collector.nameVi}`,
      ...(collector.taxCode ? [`Mã số thuế: ${collector.taxCode}`] : []),
      `Số biên lai: ${payment.receiptNumber}`,
      `Hồ sơ: ${dossier.code} – ${version.procedure.nameVi}`,
      `Người nộp: ${payer.fullName}`,
    ],
    sections: [
      {
        title: "Các khoản thu",
        rows: items.map((i) => [
          i.labelVi,
          i.quantity > 1 ? `${i.quantity} × ${vnd(i.unitVnd)} = ${vnd(i.amountVnd)}` : vnd(i.amountVnd),
        ]),
      },
      {
        title: "Thanh toán",
        rows: [
          ["Tổng cộng", vnd(payment.amountVnd)],
          ["Hình thức", "Thanh toán trực tuyến qua cổng thanh toán"],
          ["Mã giao dịch", payment.gatewayTransaction ?? ""],
          ["Thời điểm", formatDateTime(payment.settledAt)],
        ],
      },
    ],
    footer:
      `Biên lai điện tử do ${collector.nameVi} phát hành qua Cổng dịch vụ công Một Cửa Số, ` +
      "từ kết quả giao dịch của cổng thanh toán; có chữ ký số (con dấu điện tử) của đơn vị thu.",
  };
}

/**
 * A receipt as a PDF with the collecting agency's seal inside, for whoever may see the
 * dossier: sealed when first asked for and kept in the payer's data store, the same file
 * ever after.
 */
export async function getReceiptPdfForApplicant(
  actor: Actor,
  code: string,
  receiptNumber?: string,
): Promise<{ bytes: Uint8Array; receiptNumber: string }> {
  const receipt = await getReceiptForApplicant(actor, code, receiptNumber);
  const payment = await db().payment.findUniqueOrThrow({
    where: { receiptNumber: receipt.receiptNumber },
    select: { id: true, payerUserId: true, receiptDocumentId: true, dossier: { select: { agencyId: true } } },
  });
  const stored = async (documentId: string) =>
    new Uint8Array(
      await documentStorage().get(
        (await db().storedDocument.findUniqueOrThrow({ where: { id: documentId }, select: { storageKey: true } }))
          .storageKey,
      ),
    );
  if (payment.receiptDocumentId)
    return { bytes: await stored(payment.receiptDocumentId), receiptNumber: receipt.receiptNumber };
  const agency = await db().agency.findUniqueOrThrow({
    where: { id: payment.dossier.agencyId },
    select: { code: true, nameVi: true },
  });
  const bytes = await sealedOnce({
    agency,
    ownerUserId: payment.payerUserId,
    fileName: `bien-lai-${receipt.receiptNumber}.pdf`,
    render: () => renderPdf(receipt),
    record: async (tx, documentId) =>
      (
        await tx.payment.updateMany({
          where: { id: payment.id, receiptDocumentId: null },
          data: { receiptDocumentId: documentId },
        })
      ).count === 1,
    recorded: async () =>
      (await db().payment.findUniqueOrThrow({ where: { id: payment.id }, select: { receiptDocumentId: true } }))
        .receiptDocumentId,
  });
  return { bytes, receiptNumber: receipt.receiptNumber };
}
