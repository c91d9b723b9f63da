"use server";

import { redirect } from "next/navigation";
import { ConflictError } from "@/lib/errors";
import { getActor } from "@/lib/identity/session";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { startPayment } from "@/lib/payments/mutations";

/** Sends the payer to the payment gateway (a plain form post: works without JavaScript). */
export async function startPaymentAction(code: string, locale: Locale): Promise<void> {
  let target: string;
  try {
    target = (await startPayment(await getActor(), code, locale)).redirectUrl;
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    target = `${localePath(locale, `/ho-so/${encodeURIComponent(code)}/xac-nhan`)}?payment=nothing-due`;
  }
  redirect(target);
}
