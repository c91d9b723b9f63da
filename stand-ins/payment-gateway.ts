// The payment gateway stand-in: a payer-facing page where a payment can succeed, fail or
// be cancelled, and the signed result sent to the merchant's notify URL (server to server)
// and on the payer's way back. No money moves; everything else is as a real gateway does it.
import { randomInt } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import {
  hasValidSignature,
  paramsOf,
  REQUEST_FIELDS,
  RESULT_CODES,
  signParams,
  type PaymentRequest,
  type PaymentResult,
  type ResultCode,
} from "@/lib/payments/protocol";
import { escapeHtml, page, type Brand } from "@/stand-ins/html";
import { currentTime, currentTimeMs } from "@/lib/time";

export type Merchant = { id: string; name: string; secret: string };
export type GatewayOptions = { port: number; merchants: Merchant[] };

const BRAND: Brand = {
  name: "Cổng thanh toán",
  subtitle: "Thanh toán trực tuyến – bản mô phỏng, không có tiền thật được chuyển",
  color: "#0b5394",
  dark: "#073763",
};
const OUTCOMES: Record<string, ResultCode> = {
  pay: RESULT_CODES.PAID,
  fail: RESULT_CODES.FAILED,
  cancel: RESULT_CODES.CANCELLED,
};
const MAX_BODY = 16 * 1024;

function send(res: ServerResponse, status: number, html: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", ...headers });
  res.end(html);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      body += chunk;
      if (body.length > MAX_BODY) reject(new Error("body too large"));
    });
    req.on("end", () => resolve(body));
    req.on("error", reject);
  });
}

const vnd = (amount: string) => `${new Intl.NumberFormat("vi-VN").format(Number(amount))} đồng`;

function invalid(res: ServerResponse, reason: string) {
  send(
    res,
    400,
    page(
      "Yêu cầu không hợp lệ",
      `<h1>Không thể thanh toán</h1><p>${escapeHtml(reason)}</p><p>Vui lòng quay lại cổng dịch vụ công và thử lại.</p>`,
      BRAND,
    ),
  );
}

/** A request the gateway accepts: known merchant, valid signature, not expired, a positive amount. */
function checkRequest(
  params: Record<string, string>,
  merchants: Map<string, Merchant>,
): { request: PaymentRequest; merchant: Merchant } | string {
  const merchant = merchants.get(params.merchant ?? "");
  if (!merchant || !hasValidSignature(params, merchant.secret, REQUEST_FIELDS))
    return "Chữ ký của yêu cầu thanh toán không đúng.";
  if (Number(params.expiresAt) * 1000 < currentTimeMs()) return "Yêu cầu thanh toán đã hết hạn.";
  if (!/^[1-9][0-9]{0,11}$/.test(params.amount ?? "")) return "Số tiền không hợp lệ.";
  return { request: params as unknown as PaymentRequest, merchant };
}

async function notify(url: string, result: PaymentResult & { signature: string }) {
  try {
    await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(result),
      signal: AbortSignal.timeout(10_000),
    });
  } catch {
    // The payer's return carries the same signed result, so the merchant still learns it.
  }
}

export async function startPaymentGateway(options: GatewayOptions): Promise<Server> {
  const merchants = new Map(options.merchants.map((m) => [m.id, m]));
  /** Orders already answered: a second attempt to pay the same order is refused. */
  const settled = new Set<string>();
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://gateway");
      if (url.pathname === "/health") return send(res, 200, "ok", { "content-type": "text/plain" });
      // No icon: an empty answer rather than a 404 in the browser's console.
      if (url.pathname === "/favicon.ico") return send(res, 204, "");
      if (url.pathname !== "/pay")
        return send(res, 404, page("Không tìm thấy", "<h1>Không tìm thấy trang</h1>", BRAND));
      if (req.method === "GET") {
        const checked = checkRequest(paramsOf(url.searchParams, REQUEST_FIELDS), merchants);
        if (typeof checked === "string") return invalid(res, checked);
        const { request, merchant } = checked;
        if (settled.has(`${merchant.id}:${request.order}`)) return invalid(res, "Giao dịch này đã được xử lý.");
        return send(
          res,
          200,
          page(
            "Thanh toán",
            `
<h1>Xác nhận thanh toán</h1>
<dl><dt>Đơn vị nhận</dt><dd>${escapeHtml(merchant.name)}</dd>
<dt>Nội dung</dt><dd>${escapeHtml(request.info)}</dd>
<dt>Số tiền</dt><dd><strong data-testid="gateway-amount">${escapeHtml(vnd(request.amount))}</strong></dd></dl>
<form method="post" action="/pay">
<input type="hidden" name="request" value="${escapeHtml(url.searchParams.toString())}">
<button type="submit" name="outcome" value="pay">Thanh toán</button>
<button type="submit" name="outcome" value="fail" class="secondary">Mô phỏng giao dịch thất bại</button>
<button type="submit" name="outcome" value="cancel" class="secondary">Hủy giao dịch</button>
</form>
<p class="demo">Bản mô phỏng: chọn kết quả của giao dịch. Không có tiền thật được chuyển.</p>`,
            BRAND,
          ),
        );
      }
      if (req.method !== "POST")
        return send(res, 405, page("Không hỗ trợ", "<h1>Yêu cầu không hợp lệ</h1>", BRAND), { allow: "GET, POST" });
      const form = new URLSearchParams(await readBody(req));
      const checked = checkRequest(paramsOf(new URLSearchParams(form.get("request") ?? ""), REQUEST_FIELDS), merchants);
      if (typeof checked === "string") return invalid(res, checked);
      const { request, merchant } = checked;
      const code = OUTCOMES[form.get("outcome") ?? ""];
      if (!code) return invalid(res, "Chưa chọn kết quả giao dịch.");
      const key = `${merchant.id}:${request.order}`;
      if (settled.has(key)) return invalid(res, "Giao dịch này đã được xử lý.");
      settled.add(key);
      const result = signParams<PaymentResult>(
        {
          merchant: merchant.id,
          order: request.order,
          amount: request.amount,
          code,
          transaction: `${currentTimeMs()}${String(randomInt(0, 1_000_000)).padStart(6, "0")}`,
          at: currentTime().toISOString(),
        },
        merchant.secret,
      );
      await notify(request.notifyUrl, result);
      const back = new URL(request.returnUrl);
      for (const [k, v] of Object.entries(result)) back.searchParams.set(k, v);
      res.writeHead(303, { location: back.toString(), "cache-control": "no-store" });
      res.end();
    } catch (error) {
      if (!res.headersSent)
        send(
          res,
          500,
          page(
            "Có lỗi",
            `<h1>Có lỗi xảy ra</h1><p class="hint">${escapeHtml(error instanceof Error ? error.name : "Error")}</p>`,
            BRAND,
          ),
        );
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port, resolve));
  return server;
}
