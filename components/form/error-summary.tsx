import type { Locale } from "@/lib/i18n/locales";
import type { ActionState } from "@/lib/errors/action-state";

type SummaryProps = {
  state: ActionState;
  locale: Locale;
  title: string;
  /** Unique per page when a page has several forms. */
  id?: string;
  heading?: "h2" | "h3";
  /** Where each message links to, when the field's id is not its key. */
  hrefOf?: (field: string) => string;
};

/** The error summary pattern: a titled list at the top, each item linking to its field. */
export function ErrorSummary({
  state,
  locale,
  title,
  id = "error-summary",
  heading: Heading = "h2",
  hrefOf = (field) => `#${field}`,
}: SummaryProps) {
  const fields = Object.entries(state.fieldErrors ?? {});
  if (fields.length === 0 && !state.message) return null;
  return (
    <div
      id={id}
      role="alert"
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
      className="mb-4 border-4 border-red-700 p-4"
    >
      <Heading id={`${id}-title`} className="text-lg font-bold">
        {title}
      </Heading>
      <ul className="mt-2 list-disc pl-6">
        {state.message && <li>{state.message[locale]}</li>}
        {fields.map(([field, message]) => (
          <li key={field}>
            <a href={hrefOf(field)} className="font-semibold text-red-800">
              {message[locale]}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function FieldError({ id, state, locale }: { id: string; state: ActionState; locale: Locale }) {
  const error = state.fieldErrors?.[id];
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="mt-1 font-semibold text-red-800">
      {error[locale]}
    </p>
  );
}
