// The sign-in journey of the stand-in: personal ID number (or enterprise code) and
// password, then a one-time code, then consent naming the application, its purpose and
// the exact claims. In demo mode the code is shown on screen; VNeID sends it to the phone.
import { randomInt } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type Provider from "oidc-provider";
import { checkPassword, findAccountByLogin, findAccountBySubject, type Account } from "@/stand-ins/vneid/accounts";
import { CLAIM_LABELS, SCOPE_CLAIMS } from "@/stand-ins/vneid/claims";
import { escapeHtml, page } from "@/stand-ins/html";
import {
  clearFailures,
  createRateLimiter,
  isLocked,
  lowestAcceptedLevel,
  recordFailure,
} from "@/stand-ins/vneid/lockout";
import { currentTimeMs } from "@/lib/time";

const OTP_TTL_MS = 5 * 60 * 1000;
const MAX_OTP_ATTEMPTS = 5;
const MAX_BODY = 8 * 1024;

/** `lockKey`: the login and the client address its wrong passwords and codes count against. */
type PendingOtp = { login: string; lockKey: string; code: string; expires: number; attempts: number };
const pendingOtps = new Map<string, PendingOtp>();
export type InteractionOptions = {
  demoMode: boolean;
  clientNames: Record<string, { name: string; purpose: string }>;
  /** Sign-in and code attempts allowed per client address and minute. */
  attemptsPerMinute?: number;
};

function send(res: ServerResponse, status: number, html: string, headers: Record<string, string> = {}) {
  res.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    "x-frame-options": "DENY",
    ...headers,
  });
  res.end(html);
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error("body too large");
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

function loginForm(uid: string, options: InteractionOptions, error?: string, login = "") {
  return page(
    "Đăng nhập",
    `<h1>Đăng nhập tài khoản định danh điện tử</h1>
${error ? `<div class="error" role="alert"><p>${escapeHtml(error)}</p></div>` : ""}
<form method="post" action="/interaction/${uid}/login" novalidate>
<label for="login">Số định danh cá nhân hoặc mã số doanh nghiệp</label>
<input id="login" name="login" type="text" inputmode="numeric" autocomplete="username" required ` +
      `value="${escapeHtml(login)}" ` +
      `aria-describedby="login-hint">
<p id="login-hint" class="hint">12 chữ số trên thẻ căn cước, hoặc mã số doanh nghiệp với tài khoản tổ chức.</p>
<label for="password">Mật khẩu</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Tiếp tục</button>
</form>
<form method="post" action="/interaction/${uid}/abort"><button type="submit" class="secondary">Hủy đăng ` +
      `nhập</button></form>
${
  options.demoMode
    ? `<div class="demo"><p><strong>Chế độ thử nghiệm:</strong> mọi tài khoản mẫu dùng mật khẩu ` +
      `<code>VNeID@2026</code>; danh sách tài khoản có trong README.</p></div>`
    : ""
}`,
  );
}

function otpForm(uid: string, otp: PendingOtp, options: InteractionOptions, error?: string) {
  return page(
    "Mã xác thực",
    `<h1>Nhập mã xác thực</h1>
${error ? `<div class="error" role="alert"><p>${escapeHtml(error)}</p></div>` : ""}
<p>Mã gồm 6 chữ số đã được gửi đến số điện thoại đăng ký của tài khoản. Mã có hiệu lực trong 5 phút.</p>
${
  options.demoMode
    ? `<div class="demo"><p><strong>Chế độ thử nghiệm:</strong> mã xác thực của bạn là <strong ` +
      `id="demo-otp">${otp.code}</strong>.</p></div>`
    : ""
}
<form method="post" action="/interaction/${uid}/otp" novalidate>
<label for="otp">Mã xác thực</label>
<input id="otp" name="otp" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="6" required>
<button type="submit">Xác nhận</button>
</form>`,
  );
}

function consentForm(
  uid: string,
  clientId: string,
  scopes: string[],
  options: InteractionOptions,
  account: Account | null,
) {
  const client = options.clientNames[clientId] ?? { name: clientId, purpose: "" };
  const claims = new Set<string>(["sub"]);
  for (const scope of scopes)
    for (const claim of SCOPE_CLAIMS[scope as keyof typeof SCOPE_CLAIMS] ?? []) claims.add(claim);
  const applicable = [...claims].filter((c) =>
    account?.kind === "organisation"
      ? ![
          "given_name",
          "family_name",
          "birthdate",
          "gender",
          "HoVaTen",
          "NgayThangNamSinh",
          "SoDinhDanh",
          "email",
          "phone_number",
          "address",
        ].includes(c)
      : !c.startsWith("MaDoanh") && !["TenDoanhNghiep", "DiaChiDoanhNghiep", "NguoiDaiDienPhapLuat"].includes(c),
  );
  return page(
    "Chia sẻ thông tin",
    `<h1>Cho phép ${escapeHtml(client.name)} sử dụng thông tin của bạn?</h1>
<p><strong>Mục đích:</strong> ${escapeHtml(client.purpose)}</p>
<p>Ứng dụng sẽ nhận các thông tin sau:</p>
<ul>${applicable.map((c) => `<li>${escapeHtml(CLAIM_LABELS[c] ?? c)}</li>`).join("")}</ul>
<form method="post" action="/interaction/${uid}/consent"><button type="submit">Đồng ý</button></form>
<form method="post" action="/interaction/${uid}/abort"><button type="submit" class="secondary">Từ chối</button></form>`,
  );
}

function clientAddress(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? "unknown";
}

/** Handles /interaction/* requests; returns false for other paths. */
export function createInteractionHandler(provider: Provider, options: InteractionOptions) {
  const limitSignIn = createRateLimiter(options.attemptsPerMinute ?? 20, 60_000);
  const limitOtp = createRateLimiter(options.attemptsPerMinute ?? 20, 60_000);
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const match = /^\/interaction\/([\w-]+)(?:\/(login|otp|consent|abort))?$/.exec((req.url ?? "").split("?")[0] ?? "");
    if (!match) return false;
    const [, uid, action] = match as unknown as [string, string, string | undefined];
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) throw new Error("interaction mismatch");
    const params = details.params as Record<string, string | undefined>;

    if (req.method === "GET" && !action) {
      if (details.prompt.name === "consent") {
        const account = details.session?.accountId ? findAccountBySubject(details.session.accountId) : null;
        send(
          res,
          200,
          consentForm(uid, String(params.client_id), String(params.scope ?? "openid").split(" "), options, account),
        );
      } else {
        const otp = pendingOtps.get(uid);
        send(res, 200, otp ? otpForm(uid, otp, options) : loginForm(uid, options));
      }
      return true;
    }
    if (req.method !== "POST") {
      send(res, 405, page("Không hỗ trợ", "<h1>Yêu cầu không hợp lệ</h1>"), { allow: "GET, POST" });
      return true;
    }
    const form = await readForm(req);
    if (action === "abort") {
      pendingOtps.delete(uid);
      await provider.interactionFinished(
        req,
        res,
        { error: "access_denied", error_description: "Người dùng đã hủy đăng nhập" },
        { mergeWithLastSubmission: false },
      );
      return true;
    }
    if (action === "login") return handleLogin(req, res, uid, form, params);
    if (action === "otp") return handleOtp(req, res, uid, form, params);
    if (action === "consent") {
      const grant = new provider.Grant({ accountId: details.session!.accountId, clientId: String(params.client_id) });
      const missing = details.prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] };
      if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(" "));
      if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
      const grantId = await grant.save();
      await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
      return true;
    }
    return false;
  };

  async function handleLogin(
    req: IncomingMessage,
    res: ServerResponse,
    uid: string,
    form: URLSearchParams,
    params: Record<string, string | undefined>,
  ) {
    const limit = limitSignIn(`login:${clientAddress(req)}`);
    if (!limit.allowed) {
      send(
        res,
        429,
        loginForm(uid, options, `Bạn đã thử quá nhiều lần. Vui lòng thử lại sau ${limit.retryAfterSeconds} giây.`),
        { "retry-after": String(limit.retryAfterSeconds) },
      );
      return true;
    }
    const login = (form.get("login") ?? "").trim().replace(/\s+/g, "");
    const password = form.get("password") ?? "";
    const account = findAccountByLogin(login);
    // Wrong passwords lock the account from the address they came from, not everywhere: a
    // stranger typing someone's number cannot lock its holder out (issue 19, low). And a
    // wrong password reads the same whether or not the account exists or is locked; only the
    // right password learns that the account is locked.
    const lockKey = `${login}|${clientAddress(req)}`;
    if (!account || !checkPassword(password)) {
      recordFailure(lockKey);
      send(res, 401, loginForm(uid, options, "Số định danh hoặc mật khẩu không đúng.", login));
      return true;
    }
    if (isLocked(lockKey)) {
      send(
        res,
        403,
        loginForm(uid, options, "Tài khoản tạm khóa do nhập sai nhiều lần. Vui lòng thử lại sau 15 phút.", login),
      );
      return true;
    }
    if (account.blocked) {
      send(
        res,
        403,
        loginForm(uid, options, "Tài khoản đã bị khóa. Vui lòng liên hệ cơ quan Công an nơi cư trú.", login),
      );
      return true;
    }
    const required = lowestAcceptedLevel(params.acr_values);
    if (required !== null && account.level < required) {
      send(
        res,
        403,
        loginForm(
          uid,
          options,
          `Ứng dụng yêu cầu tài khoản định danh điện tử mức độ ${required}. Tài khoản của bạn đang ở mức độ ` +
            `${account.level}.`,
          login,
        ),
      );
      return true;
    }
    pendingOtps.set(uid, {
      login,
      lockKey,
      code: String(randomInt(0, 1_000_000)).padStart(6, "0"),
      expires: currentTimeMs() + OTP_TTL_MS,
      attempts: 0,
    });
    res.writeHead(303, { location: `/interaction/${uid}` });
    res.end();
    return true;
  }

  async function handleOtp(
    req: IncomingMessage,
    res: ServerResponse,
    uid: string,
    form: URLSearchParams,
    _params: Record<string, string | undefined>,
  ) {
    const otp = pendingOtps.get(uid);
    if (!otp || otp.expires < currentTimeMs()) {
      pendingOtps.delete(uid);
      send(res, 400, loginForm(uid, options, "Mã xác thực đã hết hạn. Vui lòng đăng nhập lại."));
      return true;
    }
    const limit = limitOtp(`otp:${clientAddress(req)}`);
    if (!limit.allowed) {
      send(
        res,
        429,
        otpForm(uid, otp, options, `Bạn đã thử quá nhiều lần. Vui lòng thử lại sau ${limit.retryAfterSeconds} giây.`),
        { "retry-after": String(limit.retryAfterSeconds) },
      );
      return true;
    }
    if ((form.get("otp") ?? "").trim() !== otp.code) {
      otp.attempts += 1;
      recordFailure(otp.lockKey);
      if (otp.attempts >= MAX_OTP_ATTEMPTS) {
        pendingOtps.delete(uid);
        send(res, 403, loginForm(uid, options, "Nhập sai mã quá nhiều lần. Vui lòng đăng nhập lại."));
        return true;
      }
      send(res, 401, otpForm(uid, otp, options, "Mã xác thực không đúng."));
      return true;
    }
    pendingOtps.delete(uid);
    clearFailures(otp.lockKey);
    const account = findAccountByLogin(otp.login)!;
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: account.subject, acr: `LoA${account.level}`, amr: ["pwd", "otp"], remember: false } },
      { mergeWithLastSubmission: false },
    );
    return true;
  }
}
