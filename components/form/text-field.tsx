// A labelled one-line input with its hint and message next to it, keeping what was typed:
// the single-line sibling of TextAreaField for the plain forms outside the e-forms.
import type { Locale } from "@/lib/i18n/locales";
import { FieldFrame } from "./field-frame";

type Props = {
  id: string;
  name: string;
  label: string;
  locale: Locale;
  error?: { vi: string; en: string };
  defaultValue?: string;
  hint?: string;
  maxLength?: number;
  inputMode?: "numeric" | "text" | "tel";
  autoComplete?: string;
  width?: string;
  mono?: boolean;
};

export function TextField({
  id,
  name,
  label,
  locale,
  error,
  defaultValue = "",
  hint,
  maxLength = 200,
  inputMode,
  autoComplete,
  width = "max-w-xl",
  mono = false,
}: Props) {
  return (
    <FieldFrame id={id} label={label} locale={locale} error={error} hint={hint}>
      {(describedBy) => (
        <input
          id={id}
          name={name}
          maxLength={maxLength}
          defaultValue={defaultValue}
          inputMode={inputMode}
          autoComplete={autoComplete}
          spellCheck={mono ? false : undefined}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className={
            `block min-h-11 w-full ${width} rounded border-2 border-gray-700 bg-white px-3 ` +
            `${mono ? "font-mono" : ""}`
          }
        />
      )}
    </FieldFrame>
  );
}
