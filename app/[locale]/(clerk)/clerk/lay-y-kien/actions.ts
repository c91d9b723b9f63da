"use server";

import { z } from "zod";
import { localePath } from "@/lib/i18n/locales";
import { answerConsultation } from "@/lib/processing/consultations";
import { boundKey, serverAction, textField } from "@/lib/web/action";
import { answerOnList } from "@/lib/web/answer-on-list";

/** Answers one consultation of the list; the answer's errors come back under that question. */
export const answerConsultationAction = serverAction({
  name: "consultation.answer",
  bound: boundKey,
  input: z.object({ answer: textField(4000) }),
  ...answerOnList((locale) => localePath(locale, "/clerk/lay-y-kien")),
  async run({ actor, bound, input }) {
    await answerConsultation(actor, bound.key, input.answer);
    return `${localePath(bound.locale, "/clerk/lay-y-kien")}?done=1`;
  },
});
