// Looking up a dossier by its code without signing in (docs/domain.md §3): the applicant also
// gives the last four digits of their ID number or phone. A wrong code and a wrong second
// factor get the same answer; attempts are limited per address and failures per code,
// across instances. Every check of a code is counted before it is made, so guesses sent
// at once cannot all be checked while the count lags behind; a right one is given back.
// What is shown is anonymised: the applicant's personal data never, the names of the
// staff who acted, always (they answer for their steps).
//
// A successful check issues a pass (an HMAC-signed, short-lived token naming the code), so
// that the page which shows the dossier never trusts anything the browser could forge.
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { hitLimit, releaseHit, type Limit } from "@/lib/security/rate-limit";
import { openIdentity, openJson } from "@/lib/security/identity-sealing";
import { clocksOf } from "./clock";
import { asStatus } from "./status";
import { loadTimeline } from "./timeline";
import { currentTime } from "@/lib/time";

/** Attempts per address, and failed second factors per dossier (4 digits must not be guessable). */
export const LOOKUPS_PER_ADDRESS: Limit = { name: "lookup-address", max: 10, windowSeconds: 600 };
export const FAILURES_PER_DOSSIER: Limit = { name: "lookup-code-failures", max: 5, windowSeconds: 3600 };
const PASS_SECONDS = 600;
/** The cookie that carries a pass between the check and the page that shows the dossier. */
export const LOOKUP_PASS_COOKIE = "dossier-lookup";

const lookupSchema = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .min(1, "code")
    .max(60, "code")
    .regex(/^[0-9A-Z.\-]+$/, "code"),
  factor: z
    .string()
    .trim()
    .regex(/^\d{4}$/, "factor"),
});

export const LOOKUP_MESSAGES = {
  code: {
    vi: "Nhập mã hồ sơ như trên giấy tiếp nhận, ví dụ 01.98.H29-261123-0001.",
    en: "Enter the dossier code as on the receipt, e.g. 01.98.H29-261123-0001.",
  },
  factor: {
    vi: "Nhập 4 chữ số cuối của số định danh cá nhân hoặc số điện thoại của người nộp.",
    en: "Enter the last 4 digits of the applicant's ID number or phone.",
  },
  noMatch: {
    vi: "Không tìm thấy hồ sơ với mã và thông tin xác minh này. Kiểm tra lại mã hồ sơ và 4 chữ số cuối.",
    en: "No dossier matches this code and check. Check the code and the last 4 digits.",
  },
  limited: {
    vi: "Bạn đã tra cứu quá nhiều lần. Vui lòng thử lại sau {minutes} phút.",
    en: "Too many lookups. Please try again in {minutes} minutes.",
  },
} as const;

export type LookupOutcome =
  | { kind: "found"; pass: string }
  | { kind: "invalid"; fieldErrors: Partial<Record<"code" | "factor", { vi: string; en: string }>> }
  | { kind: "no-match" }
  | { kind: "limited"; retryAfterSeconds: number };

function secret(): string {
  const value = env().AUTH_SECRET;
  if (!value) throw new Error("AUTH_SECRET is needed to sign lookup passes");
  return value;
}

const sign = (payload: string) =>
  createHmac("sha256", secret()).update(`lookup-pass\u0000${payload}`).digest("base64url");

function issuePass(code: string, now: Date): string {
  const payload = `${code}|${Math.floor(now.getTime() / 1000) + PASS_SECONDS}`;
  return `${Buffer.from(payload).toString("base64url")}.${sign(payload)}`;
}

/** The dossier code a pass was issued for, or null when it is forged or expired. */
export function codeOfPass(pass: unknown, now: Date = currentTime()): string | null {
  if (typeof pass !== "string" || pass.length > 300) return null;
  const [encoded, mac] = pass.split(".");
  if (!encoded || !mac) return null;
  const payload = Buffer.from(encoded, "base64url").toString();
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const [code, expires] = payload.split("|");
  return code && Number(expires) * 1000 > now.getTime() ? code : null;
}

const lastFour = (value: string | null | undefined) => (value ?? "").replace(/\D/g, "").slice(-4);

/** Checks a code and its second factor for the client at `address`, counting the attempt. */
export async function checkLookup(input: unknown, address: string, now: Date = currentTime()): Promise<LookupOutcome> {
  const parsed = lookupSchema.safeParse(input);
  if (!parsed.success) {
    const keys = new Set(parsed.error.issues.map((i) => i.message as "code" | "factor"));
    return {
      kind: "invalid",
      fieldErrors: Object.fromEntries(
        [...keys].filter((k) => k in LOOKUP_MESSAGES).map((k) => [k, LOOKUP_MESSAGES[k]]),
      ),
    };
  }
  const { code, factor } = parsed.data;
  const byAddress = await hitLimit(LOOKUPS_PER_ADDRESS, address, now);
  if (!byAddress.allowed) return { kind: "limited", retryAfterSeconds: byAddress.retryAfterSeconds };
  // Counted against the code whether or not it exists, so the answer says nothing either way.
  const byCode = await hitLimit(FAILURES_PER_DOSSIER, code, now);
  if (!byCode.allowed) return { kind: "limited", retryAfterSeconds: byCode.retryAfterSeconds };
  const dossier = await db().dossier.findUnique({
    where: { code },
    select: { applicantUserId: true, sealedValues: true },
  });
  const applicant = dossier
    ? await db().user.findUnique({ where: { id: dossier.applicantUserId }, select: { sealedIdentity: true } })
    : null;
  const values = dossier ? openJson<Record<string, unknown>>(dossier.sealedValues) : {};
  const identity = openIdentity(applicant?.sealedIdentity);
  const known = [
    lastFour(identity.idNumber),
    lastFour(identity.phone),
    lastFour(typeof values.phone === "string" ? values.phone : null),
  ].filter((v) => v.length === 4);
  if (!dossier || !known.includes(factor)) return { kind: "no-match" };
  // The applicant's own lookups do not use up what the limit allows failures.
  await releaseHit(FAILURES_PER_DOSSIER, code, now);
  return { kind: "found", pass: issuePass(code, now) };
}

/** What the public may see of the dossier a valid pass names; null otherwise. */
export async function getDossierByPass(pass: unknown, now: Date = currentTime()) {
  const code = codeOfPass(pass, now);
  if (!code) return null;
  const dossier = await db().dossier.findUnique({
    where: { code },
    select: {
      id: true,
      code: true,
      status: true,
      submittedAt: true,
      receivedAt: true,
      appointmentAt: true,
      agencyId: true,
      procedureVersionId: true,
    },
  });
  if (!dossier) return null;
  const [agency, version, timeline, clocks] = await Promise.all([
    db().agency.findUniqueOrThrow({ where: { id: dossier.agencyId }, select: { nameVi: true, nameEn: true } }),
    db().procedureVersion.findUniqueOrThrow({
      where: { id: dossier.procedureVersionId },
      select: { procedure: { select: { nameVi: true, nameEn: true } } },
    }),
    loadTimeline(dossier),
    clocksOf([dossier], now),
  ]);
  return {
    code: dossier.code,
    status: asStatus(dossier.status),
    submittedAt: dossier.submittedAt,
    receivedAt: dossier.receivedAt,
    appointmentAt: dossier.appointmentAt,
    agency: { vi: agency.nameVi, en: agency.nameEn },
    procedure: { vi: version.procedure.nameVi, en: version.procedure.nameEn },
    clock: clocks.get(dossier.id) ?? null,
    // Staff are named; the applicant (and anyone acting for them) is not.
    timeline: timeline.map((e) => ({
      at: e.at,
      type: e.type,
      staffName: e.actorIsStaff ? e.actorName : null,
      bySystem: e.actorName === null,
      toName: e.toName,
      agency: e.agency,
      timing: e.timing,
    })),
  };
}
