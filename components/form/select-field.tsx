// A labelled list with its hint and message next to it, its options optionally in groups:
// the form builder's and the version rules' choices (a field type, a condition, a channel).
import type { Locale } from "@/lib/i18n/locales";
import { FieldFrame } from "./field-frame";

export type SelectOption = { value: string; label: string; group?: string };

const CONTROL = "mt-1 block min-h-11 w-full max-w-xl rounded border-2 border-gray-700 bg-white px-3";

export function SelectField({
  id,
  name,
  label,
  locale,
  options,
  value,
  hint,
  error,
}: {
  id: string;
  name: string;
  label: string;
  locale: Locale;
  options: SelectOption[];
  value: string;
  hint?: string;
  error?: { vi: string; en: string };
}) {
  const groups = [...new Set(options.map((o) => o.group ?? ""))];
  const render = (list: SelectOption[]) =>
    list.map((o) => (
      <option key={`${o.group ?? ""}/${o.value}`} value={o.value}>
        {o.label}
      </option>
    ));
  return (
    <FieldFrame id={id} label={label} locale={locale} hint={hint} error={error}>
      {(describedBy) => (
        <select
          id={id}
          name={name}
          defaultValue={value}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className={CONTROL}
        >
          {groups.map((group) =>
            group ? (
              <optgroup key={group} label={group}>
                {render(options.filter((o) => o.group === group))}
              </optgroup>
            ) : (
              render(options.filter((o) => !o.group))
            ),
          )}
        </select>
      )}
    </FieldFrame>
  );
}
