"use server";

import { redirect } from "next/navigation";
import { setFlash } from "@/components/form/flash";
import { uploadDocument } from "@/lib/documents/mutations";
import { ConflictError, ValidationError } from "@/lib/errors";
import { answerSupplement, getOpenSupplementForApplicant } from "@/lib/processing/supplements";
import { withdrawDossier } from "@/lib/processing/closing";
import { getActor } from "@/lib/identity/session";
import { rateDossier, RATING_CRITERIA } from "@/lib/feedback/ratings";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { startPayment } from "@/lib/payments/mutations";
import { domainAction } from "@/lib/errors/actions";

/** Sends the payer to the payment gateway (a plain form post: works without JavaScript). */
export const startPaymentAction = domainAction(async function startPaymentAction(code: string, locale: Locale): Promise<void> {
  let target: string;
  try {
    target = (await startPayment(await getActor(), code, locale)).redirectUrl;
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    target = `${localePath(locale, `/ho-so/${encodeURIComponent(code)}/xac-nhan`)}?payment=nothing-due`;
  }
  redirect(target);
});

/** Sends the applicant's supplements: each chosen file goes to their data store first. */
export const answerSupplementAction = domainAction(async function answerSupplementAction(code: string, locale: Locale, formData: FormData): Promise<void> {
  const actor = await getActor();
  const page = localePath(locale, `/ho-so/${encodeURIComponent(code)}/xac-nhan`);
  const open = await getOpenSupplementForApplicant(actor, code);
  if (!open) redirect(page);
  const values: Record<string, string> = {};
  for (const field of open.fields) values[field.id] = String(formData.get(field.id) ?? "").slice(0, 5000);
  const documents: Record<string, string> = {};
  try {
    for (const item of open.items.filter((i) => i.kind === "document")) {
      const file = formData.get(`document.${item.key}`);
      if (file instanceof File && file.size > 0) documents[item.key] = await uploadDocument(actor, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, `document.${item.key}`);
    }
    await answerSupplement(actor, code, { documents, values });
  } catch (error) {
    if (error instanceof ValidationError) redirect(`${page}?f=${await setFlash({ fieldErrors: error.fieldErrors, values })}#supplement-title`);
    if (error instanceof ConflictError) redirect(`${page}?f=${await setFlash({ message: { vi: error.messageVi, en: error.messageEn } })}`);
    throw error;
  }
  redirect(`${page}?supplement=sent`);
});

/** Withdraws the dossier once the applicant has ticked the confirmation. */
export const withdrawAction = domainAction(async function withdrawAction(code: string, locale: Locale, formData: FormData): Promise<void> {
  const page = localePath(locale, `/ho-so/${encodeURIComponent(code)}/xac-nhan`);
  const reason = String(formData.get("reason") ?? "").slice(0, 500);
  try {
    // The version the page showed; a form without one names none, and the change is refused.
    const version = String(formData.get("version") ?? "");
    await withdrawDossier(await getActor(), code, { confirmed: formData.get("confirmed") === "yes", reason, seenVersion: /^\d{1,9}$/.test(version) ? Number(version) : -1 });
  } catch (error) {
    if (error instanceof ValidationError) redirect(`${page}?f=${await setFlash({ fieldErrors: error.fieldErrors, values: { reason } })}`);
    // Someone acted first (the dossier was received, or taken up): the applicant is told, nothing is withdrawn.
    if (error instanceof ConflictError) redirect(`${page}?f=${await setFlash({ message: { vi: error.messageVi, en: error.messageEn } })}`);
    throw error;
  }
  redirect(page);
});

/** Sends the rating; the choices come back with the messages when one is missing. */
export const rateAction = domainAction(async function rateAction(code: string, locale: Locale, formData: FormData): Promise<void> {
  const page = localePath(locale, `/ho-so/${encodeURIComponent(code)}/xac-nhan`);
  const values = Object.fromEntries([...RATING_CRITERIA, "comment"].map((k) => [k, String(formData.get(k) ?? "").slice(0, k === "comment" ? 1000 : 2)]));
  const scores = Object.fromEntries(RATING_CRITERIA.map((c) => [c, values[c] || undefined]));
  try {
    await rateDossier(await getActor(), code, { scores, comment: values.comment });
  } catch (error) {
    if (error instanceof ValidationError) redirect(`${page}?f=${await setFlash({ fieldErrors: error.fieldErrors, values })}#rating-title`);
    if (error instanceof ConflictError) redirect(`${page}?done=rated#rating-title`);
    throw error;
  }
  // A query as well as the anchor: a change of anchor alone would not show the new page.
  redirect(`${page}?done=rated#rating-title`);
});

