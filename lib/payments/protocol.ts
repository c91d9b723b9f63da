// The payment gateway's contract, as the portal and the stand-in gateway both speak it
// (the shape of Vietnamese gateways such as the national payment platform): the portal
// sends the payer to the gateway with a signed request; the gateway answers with a signed
// result, server to server (notify) and again on the payer's way back (return). Each
// message is signed with HMAC-SHA256 over its parameters sorted by name.
import { createHmac, timingSafeEqual } from "node:crypto";

export type PaymentRequest = {
  merchant: string;
  /** The portal's payment id: one attempt, paid at most once. */
  order: string;
  /** Whole đồng. */
  amount: string;
  /** What the payer sees, with the dossier code the payment is for. */
  info: string;
  returnUrl: string;
  notifyUrl: string;
  /** Unix seconds after which the gateway refuses the request. */
  expiresAt: string;
};

/** "00" paid, "24" cancelled by the payer, "51" refused (e.g. insufficient funds). */
export const RESULT_CODES = { PAID: "00", CANCELLED: "24", FAILED: "51" } as const;
export type ResultCode = (typeof RESULT_CODES)[keyof typeof RESULT_CODES];

export type PaymentResult = {
  merchant: string;
  order: string;
  amount: string;
  code: ResultCode;
  /** The gateway's transaction number. */
  transaction: string;
  /** ISO time the gateway settled the transaction. */
  at: string;
};

export function canonicalString(params: Record<string, string>): string {
  return Object.keys(params)
    .filter((key) => key !== "signature")
    .sort()
    .map((key) => `${key}=${encodeURIComponent(params[key]!)}`)
    .join("&");
}

export function signParams<T extends Record<string, string>>(params: T, secret: string): T & { signature: string } {
  return { ...params, signature: createHmac("sha256", secret).update(canonicalString(params)).digest("hex") };
}

/** Whether the parameters carry a valid signature of exactly these fields. */
export function hasValidSignature(params: Record<string, string>, secret: string, fields: readonly string[]): boolean {
  if (typeof params.signature !== "string" || !/^[0-9a-f]{64}$/.test(params.signature)) return false;
  const signed = Object.fromEntries(fields.map((f) => [f, params[f] ?? ""]));
  const expected = Buffer.from(createHmac("sha256", secret).update(canonicalString(signed)).digest("hex"));
  return timingSafeEqual(expected, Buffer.from(params.signature));
}

export const REQUEST_FIELDS = ["merchant", "order", "amount", "info", "returnUrl", "notifyUrl", "expiresAt"] as const;
export const RESULT_FIELDS = ["merchant", "order", "amount", "code", "transaction", "at"] as const;

/** Picks the known string parameters out of a query string or form body. */
export function paramsOf(source: URLSearchParams, fields: readonly string[]): Record<string, string> {
  const params: Record<string, string> = {};
  for (const field of [...fields, "signature"]) {
    const value = source.get(field);
    if (value !== null) params[field] = value;
  }
  return params;
}
