"use server";

import { redirect } from "next/navigation";
import { setFlash } from "@/components/form/flash";
import { fileFeedback } from "@/lib/feedback/complaints";
import { ValidationError } from "@/lib/errors";
import { getActor } from "@/lib/identity/session";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { domainAction } from "@/lib/errors/actions";

/** Files a complaint or feedback; what was typed comes back with the messages when something is missing. */
export const fileFeedbackAction = domainAction(async function fileFeedbackAction(locale: Locale, formData: FormData): Promise<void> {
  const page = localePath(locale, "/phan-anh");
  const values = {
    dossierCode: String(formData.get("dossierCode") ?? "").slice(0, 60),
    agency: String(formData.get("agency") ?? "").slice(0, 80),
    subject: String(formData.get("subject") ?? "").slice(0, 300),
    body: String(formData.get("body") ?? "").slice(0, 5000),
  };
  try {
    await fileFeedback(await getActor(), { ...values, dossierCode: values.dossierCode || undefined, agency: values.agency || undefined });
  } catch (error) {
    if (error instanceof ValidationError) redirect(`${page}?${values.dossierCode ? `ho-so=${encodeURIComponent(values.dossierCode)}&` : ""}f=${await setFlash({ fieldErrors: error.fieldErrors, values })}#feedback-title`);
    throw error;
  }
  redirect(`${page}?done=sent#my-feedback`);
});
