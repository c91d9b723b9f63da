// The frame every plain labelled control shares: the label, a hint, the message next to
// the control (with a bar when there is one), and the ids the control describes itself by.
import type { ReactNode } from "react";
import { pick, type Locale } from "@/lib/i18n/locales";

type Props = {
  id: string;
  label: string;
  locale: Locale;
  error?: { vi: string; en: string };
  hint?: string;
  children: (describedBy: string | undefined) => ReactNode;
};

export function FieldFrame({ id, label, locale, error, hint, children }: Props) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`space-y-1 ${error ? "border-l-4 border-red-700 pl-3" : ""}`}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="font-semibold text-red-800">
          {pick(locale, error)}
        </p>
      )}
      {children(describedBy)}
    </div>
  );
}
