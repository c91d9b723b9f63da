// The builder's "try it" mode: an editor walks a form page by page as an applicant would,
// each page checked by the same compiled schema as when filing, pages shown or skipped by
// their conditions, and nothing stored (no draft, no dossier, no registry lookup).
import { compileForm, type FormValues } from "./compile";
import type { FormDefinition } from "./definition";
import { sanitizeValues } from "./form-data";

export type TryState = {
  /** The page being tried; null once every page passed. */
  pageId: string | null;
  answers: FormValues;
  /** The page's problems, by answer key, as the filing pages name them. */
  errors: Record<string, string>;
};

/** Where a try starts: the first page shown to an applicant who has answered nothing. */
export function startTry(definition: FormDefinition): TryState {
  return { pageId: compileForm(definition).visiblePages({})[0]?.id ?? null, answers: {}, errors: {} };
}

/** Answers carried between pages, kept to the shapes the form's fields can have. */
export function carriedAnswers(definition: FormDefinition, raw: unknown): FormValues {
  return Object.assign({}, ...definition.pages.map((page) => sanitizeValues(raw, page)));
}

/** Checks one page's answers; passes to the next page shown, or stays with the problems. */
export function tryPage(
  definition: FormDefinition,
  answers: FormValues,
  pageId: string,
  current: FormValues,
): TryState {
  const form = compileForm(definition);
  if (!definition.pages.some((p) => p.id === pageId)) return startTry(definition);
  const merged = { ...answers, ...current };
  const parsed = form.pageSchema(pageId).safeParse(merged);
  if (!parsed.success)
    return {
      pageId,
      answers: merged,
      errors: Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message])),
    };
  const shown = form.visiblePages(merged);
  const next = shown[shown.findIndex((p) => p.id === pageId) + 1];
  return { pageId: next?.id ?? null, answers: merged, errors: {} };
}
