"use server";

import { answerFeedback } from "@/lib/feedback/complaints";
import { localePath } from "@/lib/i18n/locales";
import { boundKey, serverAction, textField } from "@/lib/web/action";
import { z } from "zod";
import { answerOnList } from "@/lib/web/answer-on-list";

/** Answers one complaint of the list; the answer's errors come back under that complaint. */
export const answerFeedbackAction = serverAction({
  name: "feedback.answer",
  bound: boundKey,
  input: z.object({ answer: textField(4000) }),
  ...answerOnList((locale) => localePath(locale, "/clerk/phan-anh")),
  async run({ actor, bound, input }) {
    await answerFeedback(actor, bound.key, input.answer);
    return `${localePath(bound.locale, "/clerk/phan-anh")}?done=1`;
  },
});
