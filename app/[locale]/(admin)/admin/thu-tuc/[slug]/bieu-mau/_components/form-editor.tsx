"use client";

import { useActionState, useDeferredValue, useMemo, useState, useSyncExternalStore } from "react";
import { FormFieldView, type WardOption } from "@/components/form/form-field";
import { definitionProblems, type DefinitionContext } from "@/lib/procedures/definition-check";
import { pick, type Locale } from "@/lib/i18n/locales";
import { publishFormAction, type PublishState } from "../actions";
import { adminMessages } from "@/lib/i18n/messages/admin";
import { PRIMARY_BUTTON } from "@/components/ui-classes";

const noSubscription = () => () => {};

type Props = {
  locale: Locale;
  slug: string;
  initialJson: string;
  today: string;
  context: DefinitionContext;
  wards: WardOption[];
};

/** A JSON editor with validation on every change, a live preview, and publishing through the server (which checks
 * again). */
export function FormEditor({ locale, slug, initialJson, today, context, wards }: Props) {
  const t = adminMessages[locale].formEditor;
  const [json, setJson] = useState(initialJson);
  // True once hydrated: publishing needs the script (the server's answer comes back as state).
  const ready = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [state, action, pending] = useActionState<PublishState, FormData>(publishFormAction.bind(null, slug, locale), {
    problems: [],
  });
  const deferred = useDeferredValue(json);
  const check = useMemo(() => definitionProblems(deferred, context), [deferred, context]);
  const summary =
    state.problems.length > 0
      ? { title: t.server.replace("{n}", String(state.problems.length)), list: state.problems }
      : check.problems.length > 0
        ? { title: t.problems.replace("{n}", String(check.problems.length)), list: check.problems }
        : null;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <form action={action} className="space-y-4">
        <noscript>
          <p className="border-l-4 border-amber-700 bg-amber-50 p-3">{t.needsJs}</p>
        </noscript>
        {summary ? (
          <div role="alert" aria-labelledby="definition-problems" className="border-4 border-red-700 p-4">
            <h2 id="definition-problems" className="text-lg font-bold">
              {summary.title}
            </h2>
            <ul className="mt-2 list-disc pl-6">
              {summary.list.slice(0, 20).map((p, i) => (
                <li key={i}>
                  <a href="#definition" className="font-semibold text-red-800">
                    <code>{p.path}</code>: {p.message}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <p role="status" className="border-l-4 border-green-700 bg-green-50 p-3">
            {t.valid}
          </p>
        )}
        <div className="space-y-1">
          <label htmlFor="definition" className="block font-semibold">
            {t.json}
          </label>
          <p id="definition-hint" className="text-sm text-muted">
            {t.jsonHint}
          </p>
          <textarea
            id="definition"
            name="definition"
            value={json}
            onChange={(e) => setJson(e.target.value)}
            spellCheck={false}
            rows={30}
            aria-describedby="definition-hint"
            aria-invalid={summary ? true : undefined}
            className="block w-full rounded border-2 border-gray-700 bg-white p-2 font-mono text-sm"
          />
        </div>
        <div className="space-y-1">
          <label htmlFor="effectiveFrom" className="block font-semibold">
            {t.effective}
          </label>
          <input
            id="effectiveFrom"
            name="effectiveFrom"
            type="date"
            min={today}
            defaultValue={today}
            required
            className="block min-h-11 rounded border-2 border-gray-700 bg-white px-3"
          />
        </div>
        <button
          type="submit"
          disabled={!ready || pending || check.problems.length > 0}
          className={`${PRIMARY_BUTTON} disabled:bg-gray-500`}
        >
          {t.publish}
        </button>
      </form>
      <section aria-labelledby="preview-title" className="space-y-4 rounded border border-slate-300 p-4">
        <h2 id="preview-title" className="text-2xl font-bold">
          {t.preview}
        </h2>
        {check.definition && (
          <fieldset disabled className="space-y-6" data-testid="form-preview">
            <legend className="sr-only">{t.preview}</legend>
            {check.definition.pages.map((page, i) => (
              <div key={page.id} className="space-y-4 border-t border-slate-300 pt-3">
                <p className="text-sm text-muted">
                  {t.page.replace("{i}", String(i + 1))}
                  {page.showIf ? ` – ${t.conditional}` : ""}
                </p>
                <h3 className="text-xl font-bold">{pick(locale, page.title)}</h3>
                {page.intro && <p>{pick(locale, page.intro)}</p>}
                {page.fields.map((field) => (
                  <FormFieldView
                    key={field.id}
                    field={field}
                    values={{}}
                    provenance={{}}
                    errors={{}}
                    locale={locale}
                    wards={wards}
                    documents={[]}
                  />
                ))}
              </div>
            ))}
          </fieldset>
        )}
      </section>
    </div>
  );
}
