import type { ActionState } from "@/lib/errors/action-state";
import { ErrorSummary } from "@/components/form/error-summary";
import { FormFieldView } from "@/components/form/form-field";
import type { getOpenSupplementForApplicant } from "@/lib/processing/supplements";
import { formatDateTime } from "@/lib/i18n/format";
import { pick, type Locale } from "@/lib/i18n/locales";
import { answerSupplementAction } from "../actions";
import { dossierMessages } from "@/lib/i18n/messages/dossier";
import { PRIMARY_BUTTON } from "@/components/ui-classes";

type Open = NonNullable<Awaited<ReturnType<typeof getOpenSupplementForApplicant>>>;

/** Every requested item with its reason, a file input per document and the answer to correct per field. */
export function SupplementAnswer({
  locale,
  code,
  open,
  flash,
}: {
  locale: Locale;
  code: string;
  open: Open;
  flash: ActionState;
}) {
  const t = dossierMessages[locale].supplementAnswer;
  const errors = flash.fieldErrors ?? {};
  const values = { ...open.values, ...(flash.values ?? {}) };
  const fill = (s: string, v: Record<string, string>) => s.replace(/\{(\w+)\}/g, (_, k: string) => v[k] ?? "");
  return (
    <section aria-labelledby="supplement-title" className="space-y-3 rounded border-2 border-amber-700 p-4">
      <h2 id="supplement-title" className="text-2xl font-bold">
        {t.title}
      </h2>
      <ErrorSummary
        state={flash}
        locale={locale}
        title={t.summary}
        id="supplement-errors"
        heading="h3"
        hrefOf={(key) => `#${key.startsWith("document.") ? `upload-${key.slice(9)}` : key}`}
      />
      <p>
        {fill(t.asked, {
          officer: open.officerName,
          phone: open.officerPhone,
          at: formatDateTime(open.requestedAt, locale),
        })}
      </p>
      <ol className="list-decimal pl-6" data-testid="supplement-items">
        {open.items.map((i) => (
          <li key={`${i.kind}:${i.key}`}>
            <strong>{i.label}</strong>: {i.reason}
          </li>
        ))}
      </ol>
      {open.note && (
        <p>
          <strong>{t.note}:</strong> {open.note}
        </p>
      )}
      <form action={answerSupplementAction.bind(null, code, locale)} className="space-y-4" noValidate>
        {open.items
          .filter((i) => i.kind === "document")
          .map((i) => {
            const error = errors[`document.${i.key}`];
            return (
              <div key={i.key} className={`space-y-1 ${error ? "border-l-4 border-red-700 pl-3" : ""}`}>
                <label htmlFor={`upload-${i.key}`} className="block font-semibold">
                  {fill(t.upload, { name: i.label })}
                </label>
                {error && (
                  <p id={`upload-${i.key}-error`} className="font-semibold text-red-800">
                    {pick(locale, error)}
                  </p>
                )}
                <input
                  id={`upload-${i.key}`}
                  name={`document.${i.key}`}
                  type="file"
                  accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
                  aria-describedby={error ? `upload-${i.key}-error` : undefined}
                  className="block w-full max-w-xl"
                />
              </div>
            );
          })}
        {open.fields.map((field) => (
          <FormFieldView
            key={field.id}
            field={field}
            values={values}
            provenance={{}}
            errors={Object.fromEntries(Object.entries(errors).filter(([k]) => k === field.id))}
            locale={locale}
            wards={[]}
            documents={[]}
          />
        ))}
        <button type="submit" className={PRIMARY_BUTTON}>
          {t.send}
        </button>
      </form>
    </section>
  );
}
