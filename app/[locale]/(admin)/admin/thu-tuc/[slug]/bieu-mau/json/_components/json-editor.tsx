"use client";

import { useActionState, useState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { adminMessages } from "@/lib/i18n/messages/admin";
import { format } from "@/lib/i18n/template";
import { ErrorSummary } from "@/components/form/error-summary";
import { PRIMARY_BUTTON } from "@/components/ui-classes";
import { saveJsonAction, type JsonState } from "../../actions";

type Props = { locale: Locale; slug: string; revision: number; initialJson: string };

/** The draft as JSON text, saved as a whole; what the server refuses is listed and the text stays. */
export function JsonEditor({ locale, slug, revision, initialJson }: Props) {
  const t = adminMessages[locale];
  const [json, setJson] = useState(initialJson);
  const [state, action, pending] = useActionState<JsonState, FormData>(saveJsonAction.bind(null, slug, locale), {
    problems: [],
  });
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="revision" value={state.revision ?? revision} />
      {/* Each problem names where it is in the text; every one leads to the text box. */}
      <ErrorSummary
        locale={locale}
        title={format(t.json.refused, { n: state.problems.length })}
        id="json-problems"
        hrefOf={() => "#definition"}
        state={{
          fieldErrors: Object.fromEntries(
            state.problems.slice(0, 20).map((p, i) => {
              const text = p.path ? `${p.path}: ${p.message}` : p.message;
              return [String(i), { vi: text, en: text }];
            }),
          ),
        }}
      />
      {state.saved && (
        <p role="status" className="border-l-4 border-green-700 bg-green-50 p-3">
          {t.json.saved}
        </p>
      )}
      <div className="space-y-1">
        <label htmlFor="definition" className="block font-semibold">
          {t.formEditor.json}
        </label>
        <p id="definition-hint" className="text-sm text-muted">
          {t.formEditor.jsonHint}
        </p>
        <textarea
          id="definition"
          name="definition"
          value={json}
          onChange={(e) => setJson(e.target.value)}
          spellCheck={false}
          rows={30}
          aria-describedby="definition-hint"
          aria-invalid={state.problems.length > 0 ? true : undefined}
          className="block w-full rounded border-2 border-gray-700 bg-white p-2 font-mono text-sm"
        />
      </div>
      <button type="submit" disabled={pending} className={`${PRIMARY_BUTTON} disabled:bg-gray-500`}>
        {t.json.save}
      </button>
    </form>
  );
}
