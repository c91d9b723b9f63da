// A labelled text area with its message next to it, keeping what was typed: the shape
// every reasons, question and answer box of the staff and citizen forms shares.
import { pick, type Locale } from "@/lib/i18n/locales";

type Props = { id: string; name: string; label: string; locale: Locale; error?: { vi: string; en: string }; defaultValue?: string; hint?: string; rows?: number; maxLength?: number };

export function TextAreaField({ id, name, label, locale, error, defaultValue = "", hint, rows = 3, maxLength = 2000 }: Props) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`space-y-1 ${error ? "border-l-4 border-red-700 pl-3" : ""}`}>
      <label htmlFor={id} className="block font-semibold">{label}</label>
      {hint && <p id={`${id}-hint`} className="text-sm text-muted">{hint}</p>}
      {error && <p id={`${id}-error`} className="font-semibold text-red-800">{pick(locale, error)}</p>}
      <textarea id={id} name={name} rows={rows} maxLength={maxLength} defaultValue={defaultValue} aria-describedby={describedBy} aria-invalid={error ? true : undefined} className="block w-full rounded border-2 border-gray-700 bg-white p-2" />
    </div>
  );
}
