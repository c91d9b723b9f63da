// Fees and the payment gateway: a fee-charging submission waits in status 6, the payer
// goes through the stand-in gateway, and only its signed answer settles the attempt, once.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { submitDossier } from "@/lib/dossiers/mutations";
import { renderPdf } from "@/lib/documents/pdf";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import type { PersonActor } from "@/lib/identity/actor";
import { settlePayment, startPayment } from "@/lib/payments/mutations";
import { paramsOf, RESULT_FIELDS, signParams } from "@/lib/payments/protocol";
import { getFeeForApplicant, getReceiptForApplicant, getReceiptPdfForApplicant } from "@/lib/payments/queries";
import { checkedCms, embeddedSignatures, pdfsigReport } from "@/tests/factories/pdf-signatures";
import { createPersonActor, createStaff, expectAuthorizationMatrix } from "@/tests/factories/actors";
import {
  birthRegistrationValues,
  createDraftFor,
  createReadyDraft,
  maritalStatusValues,
} from "@/tests/factories/dossiers";
import { requestPayment } from "@/lib/processing/payment-request";
import { requestSupplement } from "@/lib/processing/supplements";
import { receiveDossier } from "@/lib/processing/reception";
import { claimStep } from "@/lib/processing/workflow";
import { pdfText } from "@/tests/factories/pdf";
import { TEST_MERCHANT } from "@/tests/factories/stand-ins";

let citizen: PersonActor;

beforeAll(async () => {
  citizen = await createPersonActor({ name: "Lê Thị Thanh Toán" });
});

async function submitMaritalStatus(actor: PersonActor) {
  const draft = await createDraftFor(actor, "xac-nhan-tinh-trang-hon-nhan", maritalStatusValues(actor), {
    fullName: "IDENTITY",
    idNumber: "IDENTITY",
  });
  return (await submitDossier(actor, draft.draftId, draft.idempotencyKey)).code;
}

/** The payer at the stand-in gateway: opens the payment page, chooses an outcome, follows nothing. */
async function payAtGateway(redirectUrl: string, outcome: "pay" | "fail" | "cancel"): Promise<Record<string, string>> {
  const page = await fetch(redirectUrl);
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toContain("3.000 đồng");
  const request = new URL(redirectUrl).searchParams.toString();
  const answer = await fetch(new URL("/pay", redirectUrl), {
    method: "POST",
    body: new URLSearchParams({ request, outcome }),
    redirect: "manual",
  });
  expect(answer.status).toBe(303);
  const back = new URL(answer.headers.get("location")!);
  expect(back.pathname).toBe("/api/payments/return");
  return paramsOf(back.searchParams, RESULT_FIELDS);
}

describe("fees at submission", () => {
  it("keeps a fee-charging dossier in status 6 with its fee, and tells the applicant what is due", async () => {
    const code = await submitMaritalStatus(citizen);
    const dossier = await db().dossier.findUniqueOrThrow({ where: { code }, include: { events: true } });
    expect(dossier).toMatchObject({ status: 6, feeVnd: 3000 });
    expect(dossier.events.map((e) => [e.type, e.toStatus])).toEqual([["submitted", 6]]);
    const notices = await db().notification.findMany({ where: { dossierId: dossier.id } });
    expect(notices.map((n) => n.titleVi)).toEqual([
      `Đã nộp hồ sơ ${code}: cần nộp phí`,
      `Đã nộp hồ sơ ${code}: cần nộp phí`,
    ]);
    expect(await getFeeForApplicant(citizen, code)).toMatchObject({ totalVnd: 3000, paid: [] });
  });
});

describe("payment through the gateway", () => {
  it("leaves a failed or cancelled payment waiting, then settles a paid one once, with a receipt", async () => {
    const code = await submitMaritalStatus(citizen);
    const first = await startPayment(citizen, code, "vi");
    expect(await startPayment(citizen, code, "vi")).toEqual(first);
    expect(await settlePayment(await payAtGateway(first.redirectUrl, "fail"))).toEqual({
      dossierCode: code,
      outcome: "failed",
    });
    expect((await db().dossier.findUniqueOrThrow({ where: { code } })).status).toBe(6);

    const second = await startPayment(citizen, code, "vi");
    expect(second.redirectUrl).not.toBe(first.redirectUrl);
    expect(await settlePayment(await payAtGateway(second.redirectUrl, "cancel"))).toEqual({
      dossierCode: code,
      outcome: "cancelled",
    });

    const third = await startPayment(citizen, code, "en");
    const paid = await payAtGateway(third.redirectUrl, "pay");
    // The notify call and the payer's return arrive together: one settles, the other changes nothing.
    const settled = await Promise.all([settlePayment(paid), settlePayment(paid)]);
    expect(settled).toEqual([
      { dossierCode: code, outcome: "paid" },
      { dossierCode: code, outcome: "paid" },
    ]);
    const dossier = await db().dossier.findUniqueOrThrow({
      where: { code },
      include: { events: { orderBy: { at: "asc" } }, payments: { orderBy: { createdAt: "asc" } } },
    });
    expect(dossier.status).toBe(1);
    expect(dossier.payments.map((p) => p.status)).toEqual(["FAILED", "CANCELLED", "PAID"]);
    expect(dossier.payments[2]!.receiptNumber).toBe(`${code}-BL1`);
    expect(dossier.events.map((e) => [e.type, e.fromStatus, e.toStatus])).toEqual([
      ["submitted", null, 6],
      ["payment.paid", 6, 1],
    ]);
    expect(await db().notification.count({ where: { dossierId: dossier.id, kind: "payment.paid" } })).toBe(2);
    await expect(startPayment(citizen, code, "vi")).rejects.toBeInstanceOf(ConflictError);

    const receipt = await getReceiptForApplicant(citizen, code);
    const { agencyId } = await db().dossier.findUniqueOrThrow({ where: { code }, select: { agencyId: true } });
    const collector = await db().agency.findUniqueOrThrow({ where: { id: agencyId } });
    expect(collector.taxCode).toMatch(/^\d{10}$/);
    const text = await pdfText(await renderPdf(receipt));
    for (const expected of [
      "BIÊN LAI THU PHÍ, LỆ PHÍ",
      // The collecting agency, not the portal, with its tax code.
      `Đơn vị thu: ${collector.nameVi}`,
      `Mã số thuế: ${collector.taxCode}`,
      `${code}-BL1`,
      "Lê Thị Thanh Toán",
      "3.000 đồng",
      "Lệ phí cấp Giấy xác nhận tình trạng hôn nhân",
    ])
      expect(text).toContain(expected);
    // The PDF carries the collecting agency's seal, valid for any reader; it is sealed once and kept.
    const sealedReceipt = await getReceiptPdfForApplicant(citizen, code);
    const [seal, ...more] = embeddedSignatures(Buffer.from(sealedReceipt.bytes));
    expect(more).toEqual([]);
    expect((await checkedCms(seal!.cms, seal!.signedBytes)).subject).toContain(`UID=MCQ:${collector.code}`);
    expect(await pdfsigReport(Buffer.from(sealedReceipt.bytes))).toContain("Signature Validation: Signature is Valid.");
    const again = await getReceiptPdfForApplicant(citizen, code);
    expect(Buffer.from(again.bytes).equals(Buffer.from(sealedReceipt.bytes))).toBe(true);
    const kept = await db().payment.findUniqueOrThrow({ where: { receiptNumber: `${code}-BL1` } });
    expect(await db().storedDocument.findUniqueOrThrow({ where: { id: kept.receiptDocumentId! } })).toMatchObject({
      ownerUserId: citizen.userId,
      mimeType: "application/pdf",
    });
  });

  it("refuses answers that are not validly signed, or that change the amount, and changes nothing", async () => {
    const code = await submitMaritalStatus(citizen);
    const { redirectUrl } = await startPayment(citizen, code, "vi");
    const paid = await payAtGateway(redirectUrl, "pay");
    await expect(settlePayment({ ...paid, amount: "1" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(settlePayment({ ...paid, signature: "0".repeat(64) })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(settlePayment({ ...paid, merchant: "someone-else" })).rejects.toBeInstanceOf(ForbiddenError);
    const { signature: _ignored, ...unsigned } = paid;
    await expect(settlePayment(unsigned)).rejects.toBeInstanceOf(ForbiddenError);
    const dossier = await db().dossier.findUniqueOrThrow({ where: { code }, include: { payments: true } });
    expect(dossier.status).toBe(6);
    expect(dossier.payments.map((p) => p.status)).toEqual(["PENDING"]);
  });

  it("refuses a tampered or expired request at the gateway", async () => {
    const code = await submitMaritalStatus(citizen);
    const { redirectUrl } = await startPayment(citizen, code, "vi");
    const tampered = new URL(redirectUrl);
    tampered.searchParams.set("amount", "1");
    expect((await fetch(tampered)).status).toBe(400);
    // A request past its time is refused, even when correctly signed by the merchant.
    const expired = signParams(
      {
        ...Object.fromEntries(new URL(redirectUrl).searchParams),
        expiresAt: String(Math.floor(Date.now() / 1000) - 1),
      },
      TEST_MERCHANT.secret,
    );
    expect((await fetch(`${new URL("/pay", redirectUrl)}?${new URLSearchParams(expired)}`)).status).toBe(400);
    // Once an attempt's time has passed, the portal makes a new one instead of reusing it.
    await db().payment.updateMany({
      where: { dossier: { code } },
      data: { createdAt: new Date(Date.now() - 3600_000) },
    });
    expect((await startPayment(citizen, code, "vi")).redirectUrl).not.toBe(redirectUrl);
  });

  it("shows fees, payments and receipts to the applicant only", async () => {
    const code = await submitMaritalStatus(citizen);
    const others = {
      owner: citizen,
      anotherCitizen: await createPersonActor(),
      competentClerk: await createPersonActor(),
      otherClerk: await createPersonActor(),
      admin: await createPersonActor(),
    };
    const expected = {
      owner: "allowed",
      anotherCitizen: "not-found",
      competentClerk: "not-found",
      otherClerk: "not-found",
      admin: "not-found",
    } as const;
    await expectAuthorizationMatrix(others, (actor) => startPayment(actor, code, "vi"), expected);
    await expectAuthorizationMatrix(others, (actor) => getFeeForApplicant(actor, code), expected);
  });
});

describe("a payment asked for during processing", () => {
  it(
    "finding 8: a specialist of the agency who does not hold the dossier's step can neither set a fee nor pause " +
      "it",
    async () => {
      const agency = await db().agency.findFirstOrThrow({ where: { slug: "ubnd-phuong-sai-gon" } });
      const specialist = await createStaff("SPECIALIST", agency.id);
      const colleague = await createStaff("SPECIALIST", agency.id, "Chuyên Viên Không Giữ Hồ Sơ");
      const draft = await createReadyDraft(citizen, birthRegistrationValues(citizen));
      const { code } = await submitDossier(citizen, draft.draftId, draft.idempotencyKey);
      await receiveDossier(await createStaff("RECEPTION_CLERK", agency.id), code, 0);
      await claimStep(specialist, code, 1);
      await expect(
        requestPayment(colleague, code, 2, { label: "Phí tự đặt", amountVnd: "999000000" }),
      ).rejects.toMatchObject({ code: "forbidden" });
      expect(await db().dossier.findUniqueOrThrow({ where: { code } })).toMatchObject({
        status: 4,
        feeVnd: 0,
        version: 2,
        assigneeUserId: specialist.userId,
      });
      expect(await db().dossierEvent.count({ where: { dossier: { code }, type: "payment.requested" } })).toBe(0);
      // Nor pause it with a supplement request.
      await expect(
        requestSupplement(colleague, code, 2, {
          items: [{ kind: "field", key: "birthPlace", reason: "Ghi rõ tên cơ sở y tế." }],
          officerPhone: "0912345678",
        }),
      ).rejects.toMatchObject({ code: "forbidden" });
      expect(await db().dossier.findUniqueOrThrow({ where: { code } })).toMatchObject({ status: 4, version: 2 });
    },
  );

  it("waits in status 6, is paid through the gateway, and processing resumes with the wait off the clock", async () => {
    const agency = await db().agency.findFirstOrThrow({ where: { slug: "ubnd-phuong-sai-gon" } });
    const clerk = await createStaff("RECEPTION_CLERK", agency.id);
    const specialist = await createStaff("SPECIALIST", agency.id);
    const draft = await createReadyDraft(citizen, birthRegistrationValues(citizen));
    const { code } = await submitDossier(citizen, draft.draftId, draft.idempotencyKey);
    await receiveDossier(clerk, code, 0);
    await claimStep(specialist, code, 1);
    await expect(requestPayment(specialist, code, 2, { label: "Lệ phí", amountVnd: "5" })).rejects.toMatchObject({
      code: "validation",
    });
    await expect(
      requestPayment(clerk, code, 2, { label: "Lệ phí đăng ký khai sinh quá hạn", amountVnd: "5000" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await requestPayment(specialist, code, 2, { label: "Lệ phí đăng ký khai sinh quá hạn", amountVnd: "5000" });
    expect(await db().dossier.findUniqueOrThrow({ where: { code } })).toMatchObject({ status: 6, feeVnd: 5000 });
    const { redirectUrl } = await startPayment(citizen, code, "vi");
    expect(new URL(redirectUrl).searchParams.get("amount")).toBe("5000");
    const page = await (await fetch(redirectUrl)).text();
    expect(page).toContain("5.000 đồng");
    const answer = await fetch(new URL("/pay", redirectUrl), {
      method: "POST",
      body: new URLSearchParams({ request: new URL(redirectUrl).searchParams.toString(), outcome: "pay" }),
      redirect: "manual",
    });
    await settlePayment(paramsOf(new URL(answer.headers.get("location")!).searchParams, RESULT_FIELDS));
    const dossier = await db().dossier.findUniqueOrThrow({
      where: { code },
      include: { events: { orderBy: { id: "asc" } } },
    });
    expect(dossier.status).toBe(4);
    expect(dossier.events.slice(-2).map((e) => [e.type, e.fromStatus, e.toStatus])).toEqual([
      ["payment.requested", 4, 6],
      ["payment.paid", 6, 4],
    ]);
  });
});
