"use server";

import { redirect } from "next/navigation";
import { setFlash } from "@/components/form/flash";
import { ConflictError, ValidationError } from "@/lib/errors";
import { getActor } from "@/lib/identity/session";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { answerConsultation } from "@/lib/processing/consultations";
import { domainAction } from "@/lib/errors/actions";

export const answerConsultationAction = domainAction(async function answerConsultationAction(id: string, locale: Locale, formData: FormData): Promise<void> {
  const here = localePath(locale, "/clerk/lay-y-kien");
  const answer = String(formData.get("answer") ?? "").slice(0, 4000);
  try {
    await answerConsultation(await getActor(), id, answer);
  } catch (error) {
    if (error instanceof ValidationError) redirect(`${here}?f=${await setFlash({ fieldErrors: { [`answer-${id}`]: error.fieldErrors.answer! }, values: { [`answer-${id}`]: answer } })}#answer-${id}`);
    if (error instanceof ConflictError) redirect(here);
    throw error;
  }
  redirect(`${here}?done=1`);
});
