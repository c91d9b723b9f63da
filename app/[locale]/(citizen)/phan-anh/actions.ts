"use server";

import { z } from "zod";
import { fileFeedback } from "@/lib/feedback/complaints";
import { localePath } from "@/lib/i18n/locales";
import { boundLocale, serverAction, textField } from "@/lib/web/action";

const feedbackInput = z.object({
  dossierCode: textField(60),
  agency: textField(80),
  subject: textField(300),
  body: textField(5000),
});

/** Files a complaint or feedback; what was typed comes back with the messages when something is missing. */
export const fileFeedbackAction = serverAction({
  name: "feedback.file",
  bound: boundLocale,
  input: feedbackInput,
  // The form opened from a dossier names it: it comes back for that dossier.
  back: ({ locale }, formData) => {
    const { dossierCode } = feedbackInput
      .pick({ dossierCode: true })
      .parse({ dossierCode: formData.get("dossierCode") });
    return {
      path: `${localePath(locale, "/phan-anh")}${dossierCode ? `?ho-so=${encodeURIComponent(dossierCode)}` : ""}`,
      anchor: "feedback-title",
    };
  },
  async run({ actor, bound, input }) {
    await fileFeedback(actor, {
      ...input,
      dossierCode: input.dossierCode || undefined,
      agency: input.agency || undefined,
    });
    return `${localePath(bound.locale, "/phan-anh")}?done=sent#my-feedback`;
  },
});
