// A list of rows each with its own answer form (complaints, consultations): an answer that
// is refused comes back under its row, named `answer-<id>`; one answered meanwhile by
// someone else simply shows the list as it is now.
import "server-only";
import { ConflictError, ValidationError, type DomainError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { withFlash, type Back } from "./action";

type Bound = { key: string; locale: Locale };

export function answerOnList(list: (locale: Locale) => string) {
  return {
    back: (bound: Bound): Back => ({ path: list(bound.locale), anchor: `answer-${bound.key}` }),
    refused: async (error: DomainError, bound: Bound, formData: FormData): Promise<string | undefined> => {
      const field = `answer-${bound.key}`;
      if (error instanceof ValidationError && error.fieldErrors.answer) {
        return withFlash(
          { path: list(bound.locale), anchor: field },
          {
            fieldErrors: { [field]: error.fieldErrors.answer },
            values: { [field]: String(formData.get("answer") ?? "").slice(0, 4000) },
          },
        );
      }
      if (error instanceof ConflictError) return list(bound.locale);
      return undefined;
    },
  };
}
