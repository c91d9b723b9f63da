"use server";

import { redirect, unstable_rethrow } from "next/navigation";
import { signIn } from "@/lib/identity/auth";
import { IDENTITY_PROVIDER_UNAVAILABLE } from "@/lib/identity/sign-in-errors";
import { safeNextPath } from "@/lib/identity/navigation";
import { localeOfPath, localePath } from "@/lib/i18n/locales";

/**
 * Starts the VNeID sign-in; Auth.js redirects to the identity provider. When VNeID cannot
 * be reached (Auth.js fails to read its configuration), the sign-in page says so.
 */
export async function signInAction(formData: FormData) {
  const next = safeNextPath(formData.get("next"));
  try {
    await signIn("vneid", { redirectTo: next });
  } catch (error) {
    unstable_rethrow(error);
    redirect(`${localePath(localeOfPath(next), "/dang-nhap")}?error=${IDENTITY_PROVIDER_UNAVAILABLE}&next=${encodeURIComponent(next)}`);
  }
}
