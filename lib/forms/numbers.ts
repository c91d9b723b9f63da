// Numbers as people in Vietnam write them (docs/domain.md §8a): a comma is the
// decimal separator ("15,5"); dots in groups of three separate thousands ("1.500.000");
// any other dot is a decimal point ("15.5"). Answers are stored in one canonical form
// (digits, a point before decimals, no grouping) and shown the Vietnamese way.
import type { Locale } from "@/lib/i18n/locales";
import type { FormValues, GroupItem } from "./compile";
import type { FormPage, ScalarField } from "./definition";

const PLAIN = /^(-?)(\d+)(?:\.(\d+))?$/;
const GROUPED = /^(-?)(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/;
const COMMA = /^(-?)(\d+),(\d+)$/;

/** The canonical form of a typed number ("1.500.000" → "1500000", "15,5" → "15.5"), or null. */
export function canonicalNumber(typed: string): string | null {
  const text = typed.replace(/[\s\u00a0]/g, "");
  const match = GROUPED.exec(text) ?? COMMA.exec(text) ?? PLAIN.exec(text);
  if (!match) return null;
  const [, sign, whole, fraction] = match;
  const digits = whole!.replaceAll(".", "").replace(/^0+(?=\d)/, "");
  const decimals = fraction?.replace(/0+$/, "") ?? "";
  const canonical = decimals ? `${digits}.${decimals}` : digits;
  return canonical === "0" ? "0" : `${sign}${canonical}`;
}

/**
 * A canonical number as a reader of the locale writes it: "1.500.000" and "15,5" in
 * Vietnamese. Thousands are grouped from five digits on, so that a year stays "1992".
 */
export function formatNumberAnswer(canonical: string, locale: Locale): string {
  const match = PLAIN.exec(canonical);
  if (!match) return canonical;
  const [, sign, whole, fraction] = match;
  const grouped = whole!.length >= 5 ? whole!.replace(/\B(?=(\d{3})+(?!\d))/g, locale === "vi" ? "." : ",") : whole!;
  return `${sign}${grouped}${fraction ? (locale === "vi" ? "," : ".") + fraction : ""}`;
}

/**
 * A stored number as the form field shows it again, so that posting it unchanged means the
 * same number: without grouping (a year, a plot number), and with a decimal comma on
 * Vietnamese pages.
 */
export function numberFieldText(canonical: string, locale: Locale): string {
  return locale === "vi" && PLAIN.test(canonical) ? canonical.replace(".", ",") : canonical;
}

/** The page's number answers in canonical form; one that is not a number stays as typed, for its error. */
export function canonicalNumberAnswers(page: FormPage, values: FormValues): FormValues {
  const canonical = (field: ScalarField, value: unknown) =>
    field.type === "number" && typeof value === "string" ? (canonicalNumber(value) ?? value) : value;
  const out: FormValues = { ...values };
  for (const field of page.fields) {
    const value = out[field.id];
    if (field.type !== "group") out[field.id] = canonical(field, value) as FormValues[string];
    else if (Array.isArray(value))
      out[field.id] = value.map(
        (row) =>
          Object.fromEntries(
            Object.entries(row).map(([id, v]) => [
              id,
              canonical(
                field.fields.find((f) => f.id === id)!,
                v,
              ),
            ]),
          ) as GroupItem,
      );
  }
  return out;
}
