"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { checkLookup, LOOKUP_MESSAGES, LOOKUP_PASS_COOKIE } from "@/lib/dossiers/public-lookup";
import { minutesToWait } from "@/lib/errors";
import { shortLivedCookie } from "@/lib/http/cookies";
import { localePath } from "@/lib/i18n/locales";
import { format } from "@/lib/i18n/template";
import { requestIp } from "@/lib/http/request-info";
import { boundLocale, serverAction, textField, withFlash } from "@/lib/web/action";

const lookupPage = ({ locale }: { locale: "vi" | "en" }) => localePath(locale, "/tra-cuu-ho-so");

/** Checks the code and second factor; on success the page is given a signed pass for ten minutes. */
export const lookupAction = serverAction({
  name: "lookup.dossier",
  bound: boundLocale,
  input: z.object({ code: textField(100), factor: textField(20) }),
  back: (bound) => ({ path: lookupPage(bound) }),
  // The code comes back as typed; the four digits never travel in a cookie or an address.
  echo: (_formData, input) => ({ code: input?.code ?? "" }),
  async run({ bound, input }) {
    const outcome = await checkLookup(input, (await requestIp()) ?? "unknown");
    const back = { path: lookupPage(bound) };
    const values = { code: input.code };
    if (outcome.kind === "invalid") return withFlash(back, { fieldErrors: outcome.fieldErrors, values });
    if (outcome.kind === "no-match") return withFlash(back, { message: LOOKUP_MESSAGES.noMatch, values });
    if (outcome.kind === "limited") {
      const minutes = minutesToWait(outcome.retryAfterSeconds);
      return withFlash(back, {
        message: {
          vi: format(LOOKUP_MESSAGES.limited.vi, { minutes }),
          en: format(LOOKUP_MESSAGES.limited.en, { minutes }),
        },
        values,
      });
    }
    (await cookies()).set(LOOKUP_PASS_COOKIE, outcome.pass, shortLivedCookie(600));
    // A query as well as the anchor: a change of anchor alone would not show the result.
    return `${lookupPage(bound)}?ket-qua=1#ket-qua`;
  },
});

/** Forgets the pass (on a shared computer). */
export const forgetLookupAction = serverAction({
  name: "lookup.forget",
  bound: boundLocale,
  back: (bound) => ({ path: lookupPage(bound) }),
  async run({ bound }) {
    (await cookies()).delete(LOOKUP_PASS_COOKIE);
    return lookupPage(bound);
  },
});
