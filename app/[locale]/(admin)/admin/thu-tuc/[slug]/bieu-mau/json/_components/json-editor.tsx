"use client";

import { useActionState, useState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { adminMessages } from "@/lib/i18n/messages/admin";
import { format } from "@/lib/i18n/template";
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
      {state.problems.length > 0 && (
        <div role="alert" aria-labelledby="json-problems" className="border-4 border-red-700 p-4">
          <h2 id="json-problems" className="text-lg font-bold">
            {format(t.json.refused, { n: state.problems.length })}
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {state.problems.slice(0, 20).map((p, i) => (
              <li key={i}>
                <a href="#definition" className="font-semibold text-red-800">
                  {p.path && <code>{p.path}: </code>}
                  {p.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
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
