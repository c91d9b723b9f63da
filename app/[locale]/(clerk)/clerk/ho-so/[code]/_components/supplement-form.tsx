import type { ActionState } from "@/lib/errors/action-state";
import { ErrorSummary } from "@/components/form/error-summary";
import type { Locale } from "@/lib/i18n/locales";
import { requestSupplementAction } from "../actions";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { SECONDARY_BUTTON } from "@/components/ui-classes";

type Item = { key: string; label: string };
/** An answer of the e-form, with the page it is on (its label alone repeats across pages). */
type FieldItem = Item & { page: string; fieldLabel: string };

/** Checkboxes with a reason each; a plain form, kept as typed when something is missing. */
export function SupplementForm({
  locale,
  code,
  version,
  documents,
  fields,
  previousRequests,
  flash,
}: {
  locale: Locale;
  code: string;
  version: number;
  documents: Item[];
  fields: FieldItem[];
  previousRequests: number;
  flash: ActionState;
}) {
  const t = staffMessages[locale].supplementForm;
  const typed = flash.values ?? {};
  const group = (kind: "document" | "field", title: string, items: Array<Item & { shown?: string; page?: string }>) => (
    <fieldset className="space-y-2">
      <legend className="font-semibold">{title}</legend>
      {items.map((item) => {
        const id = `${kind}-${item.key}`;
        return (
          <div key={item.key} className="grid gap-1 sm:grid-cols-[1fr_1fr] sm:items-center">
            {/* Shown under its page's heading; named with the page for a screen reader. */}
            <label className="flex min-h-11 items-center gap-2">
              <input
                type="checkbox"
                name="item"
                value={`${kind}:${item.key}`}
                defaultChecked={typed[`item:${kind}:${item.key}`] === "on"}
                className="h-5 w-5 shrink-0"
              />
              {item.page && <span className="sr-only">{item.page} – </span>}
              {item.shown ?? item.label}
            </label>
            <div>
              <label htmlFor={id} className="sr-only">
                {t.reason}: {item.label}
              </label>
              <input
                id={id}
                name={`reason.${kind}:${item.key}`}
                defaultValue={typed[`reason.${kind}:${item.key}`] ?? ""}
                placeholder={t.reason}
                maxLength={500}
                className="block min-h-11 w-full rounded border-2 border-gray-700 bg-white px-2"
              />
            </div>
          </div>
        );
      })}
    </fieldset>
  );
  return (
    <section aria-labelledby="supplement-title" className="space-y-3 rounded border border-slate-300 p-4">
      <h2 id="supplement-title" className="text-2xl font-bold">
        {t.title}
      </h2>
      <ErrorSummary
        state={flash}
        locale={locale}
        title={t.summary}
        id="supplement-errors"
        heading="h3"
        hrefOf={(key) => (key === "phone" ? "#officerPhone" : "#supplement-title")}
      />
      <p>{t.intro}</p>
      {previousRequests > 0 && (
        <p className="border-l-4 border-amber-600 bg-amber-50 p-3" data-testid="supplement-again">
          {t.again.replace("{n}", String(previousRequests))}
        </p>
      )}
      <form action={requestSupplementAction.bind(null, code, locale)} className="space-y-4">
        <input type="hidden" name="version" value={version} />
        {group("document", t.documents, documents)}
        {/* The form's answers are many: folded away until needed, and open when some were chosen. */}
        <details
          open={fields.some((f) => typed[`item:field:${f.key}`] === "on")}
          className="rounded border border-slate-300 p-2"
        >
          <summary className="min-h-11 cursor-pointer py-2 font-semibold">
            {t.fields} ({t.fieldCount.replace("{n}", String(fields.length))})
          </summary>
          {[...new Set(fields.map((f) => f.page))].map((page) => (
            <div key={page} className="mt-3">
              {group(
                "field",
                page,
                fields.filter((f) => f.page === page).map((f) => ({ ...f, shown: f.fieldLabel })),
              )}
            </div>
          ))}
        </details>
        <div>
          <label htmlFor="note" className="block font-semibold">
            {t.note}
          </label>
          <textarea
            id="note"
            name="note"
            rows={2}
            maxLength={1000}
            defaultValue={typed.note ?? ""}
            className="block w-full rounded border-2 border-gray-700 bg-white p-2"
          />
        </div>
        <div>
          <label htmlFor="officerPhone" className="block font-semibold">
            {t.phone}
          </label>
          <input
            id="officerPhone"
            name="officerPhone"
            type="tel"
            autoComplete="tel"
            defaultValue={typed.officerPhone ?? ""}
            className="block min-h-11 w-60 rounded border-2 border-gray-700 bg-white px-2"
          />
        </div>
        <button type="submit" className={SECONDARY_BUTTON}>
          {t.send}
        </button>
      </form>
    </section>
  );
}
