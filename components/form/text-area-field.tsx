// A labelled text area with its message next to it, keeping what was typed: the shape
// every reasons, question and answer box of the staff and citizen forms shares.
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
  rows?: number;
  maxLength?: number;
};

export function TextAreaField({
  id,
  name,
  label,
  locale,
  error,
  defaultValue = "",
  hint,
  rows = 3,
  maxLength = 2000,
}: Props) {
  return (
    <FieldFrame id={id} label={label} locale={locale} error={error} hint={hint}>
      {(describedBy) => (
        <textarea
          id={id}
          name={name}
          rows={rows}
          maxLength={maxLength}
          defaultValue={defaultValue}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className="block w-full rounded border-2 border-gray-700 bg-white p-2"
        />
      )}
    </FieldFrame>
  );
}
