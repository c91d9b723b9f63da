"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { setFlash } from "@/components/form/flash";
import { checkLookup, LOOKUP_MESSAGES, LOOKUP_PASS_COOKIE } from "@/lib/dossiers/public-lookup";
import { minutesToWait } from "@/lib/errors";
import { shortLivedCookie } from "@/lib/http/cookies";
import { requestIp } from "@/lib/identity/request-info";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { domainAction } from "@/lib/errors/actions";

/** Checks the code and second factor; on success the page is given a signed pass for ten minutes. */
export const lookupAction = domainAction(async function lookupAction(locale: Locale, formData: FormData): Promise<void> {
  const input = { code: String(formData.get("code") ?? "").slice(0, 100), factor: String(formData.get("factor") ?? "").slice(0, 20) };
  const page = localePath(locale, "/tra-cuu-ho-so");
  const outcome = await checkLookup(input, (await requestIp()) ?? "unknown");
  // The code comes back as typed; the four digits never travel in a cookie or an address.
  const values = { code: input.code };
  if (outcome.kind === "invalid") redirect(`${page}?f=${await setFlash({ fieldErrors: outcome.fieldErrors, values })}`);
  if (outcome.kind === "no-match") redirect(`${page}?f=${await setFlash({ message: LOOKUP_MESSAGES.noMatch, values })}`);
  if (outcome.kind === "limited") {
    const minutes = String(minutesToWait(outcome.retryAfterSeconds));
    redirect(`${page}?f=${await setFlash({ message: { vi: LOOKUP_MESSAGES.limited.vi.replace("{minutes}", minutes), en: LOOKUP_MESSAGES.limited.en.replace("{minutes}", minutes) }, values })}`);
  }
  if (outcome.kind === "found") {
    (await cookies()).set(LOOKUP_PASS_COOKIE, outcome.pass, shortLivedCookie(600));
  }
  // A query as well as the anchor: a change of anchor alone would not show the result.
  redirect(`${page}?ket-qua=1#ket-qua`);
});

/** Forgets the pass (on a shared computer). */
export const forgetLookupAction = domainAction(async function forgetLookupAction(locale: Locale): Promise<void> {
  (await cookies()).delete(LOOKUP_PASS_COOKIE);
  redirect(localePath(locale, "/tra-cuu-ho-so"));
});
