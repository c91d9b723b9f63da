// What happens around a sign-in: the account's identity attributes are refreshed from
// the identity provider, an organisation account's organisation is recorded from the
// business registry data it carries, and the audit log notes it.
import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import { identityColumns, sealIdNumber } from "@/lib/security/identity-sealing";
import { maskIdNumber } from "./id-number";
import { requestIp } from "@/lib/http/request-info";
import { IDENTITY_PROVIDER_UNAVAILABLE, SIGN_IN_LIMITED } from "./sign-in-errors";
import { identityFromClaims, type IdentityAttributes, type VneidClaims } from "./vneid-profile";

/** The User columns for identity attributes: the sensitive ones sealed, the ID number also as its lookup hash. */
export function accountColumns(identity: IdentityAttributes) {
  const { idNumber, birthDate, sex, address, phone, contactEmail, ...plain } = identity;
  return { ...plain, ...identityColumns({ idNumber, birthDate, sex, address, phone, contactEmail }) };
}

/** Called by Auth.js after every successful sign-in (system actor). */
export async function recordSignIn(userId: string, claims: VneidClaims, isNewUser: boolean): Promise<void> {
  const identity = identityFromClaims(claims);
  const ip = await requestIp();
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { ...accountColumns(identity), email: null } });
    if (identity.kind === "ORGANISATION" && identity.enterpriseCode) {
      const rep = claims.NguoiDaiDienPhapLuat ?? {};
      const legalRep = sealIdNumber(rep.SoDinhDanh ?? "");
      const data = {
        name: identity.fullName,
        kind: "ENTERPRISE",
        address: identity.address ?? "",
        legalRepIdHash: legalRep.hash,
        legalRepIdSealed: legalRep.sealed,
        legalRepName: rep.HoVaTen ?? "",
        verifiedAt: identity.verifiedAt,
      };
      await tx.organisation.upsert({
        where: { enterpriseCode: identity.enterpriseCode },
        create: { enterpriseCode: identity.enterpriseCode, ...data },
        update: data,
      });
    }
    await recordAudit(
      {
        actorUserId: userId,
        action: "auth.sign_in",
        targetType: "user",
        targetId: userId,
        ip,
        details: {
          accountLevel: identity.accountLevel,
          kind: identity.kind,
          firstSignIn: isNewUser,
          id: identity.idNumber ? maskIdNumber(identity.idNumber) : identity.enterpriseCode,
        },
      },
      tx,
    );
  });
}

export async function recordSignOut(userId: string | null): Promise<void> {
  await recordAudit({
    actorUserId: userId,
    action: "auth.sign_out",
    targetType: "user",
    targetId: userId ?? undefined,
    ip: await requestIp(),
  });
}

/**
 * The codes a failed sign-in comes back to the sign-in page with: Auth.js's own (those it
 * passes to the page as they are, and "Configuration" for every other) and the portal's.
 */
const signInFailureSchema = z.enum([
  "Configuration",
  "AccessDenied",
  "Verification",
  "OAuthCallbackError",
  "OAuthAccountNotLinked",
  "AccountNotLinked",
  "CredentialsSignin",
  "MissingCSRF",
  "WebAuthnVerificationError",
  IDENTITY_PROVIDER_UNAVAILABLE,
  SIGN_IN_LIMITED,
]);

/**
 * Failed or cancelled sign-ins, reported by the sign-in page from the code in its address.
 * Anyone can open that address with any text: only a known code is recorded, nothing else.
 */
export async function recordFailedSignIn(code: unknown): Promise<void> {
  const reason = signInFailureSchema.safeParse(code);
  if (!reason.success) return;
  await recordAudit({
    actorUserId: null,
    action: "auth.sign_in_failed",
    ip: await requestIp(),
    details: { reason: reason.data },
  });
}
