"use server";

import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { minutesToWait } from "@/lib/errors";
import { localeOfPath, localePath } from "@/lib/i18n/locales";
import { signIn } from "@/lib/identity/auth";
import { safeNextPath } from "@/lib/identity/navigation";
import { requestIp } from "@/lib/http/request-info";
import { IDENTITY_PROVIDER_UNAVAILABLE, SIGN_IN_LIMITED } from "@/lib/identity/sign-in-errors";
import { countSignInStart } from "@/lib/identity/sign-in-limit";
import { serverAction } from "@/lib/web/action";

/** Where to come back to after signing in: a path of this site, or the account page. */
const nextInput = z.object({ next: z.unknown().transform((next) => safeNextPath(next)) });

const signInPage = (next: string) => localePath(localeOfPath(next), "/dang-nhap");

/**
 * Starts the VNeID sign-in; Auth.js redirects to the identity provider. When VNeID cannot
 * be reached (Auth.js fails to read its configuration), the sign-in page says so.
 */
export const signInAction = serverAction({
  name: "auth.sign-in",
  bound: z.tuple([]).transform(() => ({})),
  input: nextInput,
  back: (_bound, formData) => ({ path: signInPage(safeNextPath(formData.get("next"))) }),
  async run({ input: { next } }) {
    const limit = await countSignInStart(await requestIp());
    if (!limit.allowed) {
      const retry = minutesToWait(limit.retryAfterSeconds);
      return `${signInPage(next)}?error=${SIGN_IN_LIMITED}&retry=${retry}&next=${encodeURIComponent(next)}`;
    }
    try {
      await signIn("vneid", { redirectTo: next });
    } catch (error) {
      unstable_rethrow(error);
    }
    return `${signInPage(next)}?error=${IDENTITY_PROVIDER_UNAVAILABLE}&next=${encodeURIComponent(next)}`;
  },
});
