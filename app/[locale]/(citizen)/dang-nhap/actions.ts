"use server";

import { redirect, unstable_rethrow } from "next/navigation";
import { minutesToWait } from "@/lib/errors";
import { signIn } from "@/lib/identity/auth";
import { requestIp } from "@/lib/identity/request-info";
import { IDENTITY_PROVIDER_UNAVAILABLE, SIGN_IN_LIMITED } from "@/lib/identity/sign-in-errors";
import { countSignInStart } from "@/lib/identity/sign-in-limit";
import { safeNextPath } from "@/lib/identity/navigation";
import { localeOfPath, localePath } from "@/lib/i18n/locales";
import { domainAction } from "@/lib/errors/actions";

/**
 * Starts the VNeID sign-in; Auth.js redirects to the identity provider. When VNeID cannot
 * be reached (Auth.js fails to read its configuration), the sign-in page says so.
 */
export const signInAction = domainAction(async function signInAction(formData: FormData) {
  const next = safeNextPath(formData.get("next"));
  const signInPage = localePath(localeOfPath(next), "/dang-nhap");
  const limit = await countSignInStart(await requestIp());
  if (!limit.allowed) redirect(`${signInPage}?error=${SIGN_IN_LIMITED}&retry=${minutesToWait(limit.retryAfterSeconds)}&next=${encodeURIComponent(next)}`);
  try {
    await signIn("vneid", { redirectTo: next });
  } catch (error) {
    unstable_rethrow(error);
    redirect(`${signInPage}?error=${IDENTITY_PROVIDER_UNAVAILABLE}&next=${encodeURIComponent(next)}`);
  }
});
