// An answer as people read it (check-your-answers page, the PDF copy).
import { formatDate } from "@/lib/i18n/format";
import { pick, type Locale } from "@/lib/i18n/locales";
import type { FormValues, ScalarValue } from "./compile";
import { compileForm } from "./compile";
import { formatNumberAnswer } from "./numbers";
import { formDefinitionSchema, type FormDefinition, type ScalarField } from "./definition";

const WORDS = {
  vi: { empty: "Chưa nhập", yes: "Có", no: "Không", attached: "Đã đính kèm", answers: "Thông tin đã khai" },
  en: { empty: "Not given", yes: "Yes", no: "No", attached: "Attached", answers: "Answers given" },
};

/**
 * `names`: what answers that refer to something are called, by what they hold: a ward by its
 * agency's slug, an attached file by its document's id (where the reader may see the file).
 */
export function displayAnswer(
  field: ScalarField,
  value: ScalarValue | undefined,
  locale: Locale,
  names: Record<string, string>,
): string {
  const t = WORDS[locale];
  if (value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return t.empty;
  if (field.type === "yesno") return value === "yes" ? t.yes : t.no;
  if (field.type === "date" && typeof value === "string") return formatDate(value);
  if (field.type === "ward" && typeof value === "string") return names[value] ?? value;
  if (field.type === "attachment")
    return typeof value === "string" && names[value] ? `${t.attached}: ${names[value]}` : t.attached;
  if (field.type === "number" && typeof value === "string") return formatNumberAnswer(value, locale);
  if ("options" in field) {
    const values = Array.isArray(value) ? value : [value];
    return values
      .map((v) => pick(locale, field.options.find((o) => o.value === v)?.label ?? { vi: v, en: v }))
      .join(", ");
  }
  return Array.isArray(value) ? value.join(", ") : value;
}

/** Every visible answer, page by page, as label and text (repeatable rows joined per row). */
export function answerSections(
  definition: FormDefinition,
  values: FormValues,
  locale: Locale,
  names: Record<string, string>,
) {
  const form = compileForm(definition);
  return form.visiblePages(values).map((page) => ({
    title: pick(locale, page.title),
    rows: form.visibleFields(page, values).flatMap((field): Array<[string, string]> => {
      if (field.type !== "group")
        return [
          [pick(locale, field.label), displayAnswer(field, values[field.id] as ScalarValue | undefined, locale, names)],
        ];
      const rows = (values[field.id] as Array<Record<string, string>> | undefined) ?? [];
      return rows.map((row, i): [string, string] => [
        `${pick(locale, field.label)} ${i + 1}`,
        Object.values(row).filter(Boolean).join(" – "),
      ]);
    }),
  }));
}

/**
 * The answers of a dossier as its version's form shows them; a dossier of a version with
 * no e-form (filed at the counter, or before the form existed) shows each answer by its
 * field name instead of failing.
 */
export function dossierAnswerSections(
  definition: unknown,
  values: FormValues,
  locale: Locale,
  wardNames: Record<string, string>,
) {
  const parsed = formDefinitionSchema.safeParse(definition);
  if (parsed.success) return answerSections(parsed.data, values, locale, wardNames);
  const rows = Object.entries(values).map(([key, value]): [string, string] => [
    key,
    Array.isArray(value)
      ? value.map((v) => (typeof v === "object" ? Object.values(v ?? {}).join(" – ") : String(v))).join("; ")
      : String(value ?? ""),
  ]);
  return [{ title: WORDS[locale].answers, rows }];
}
