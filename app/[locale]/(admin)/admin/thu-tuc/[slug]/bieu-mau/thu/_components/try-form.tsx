"use client";

import { useActionState } from "react";
import { FormFieldView, type WardOption } from "@/components/form/form-field";
import type { FormDefinition } from "@/lib/forms/definition";
import type { TryState } from "@/lib/forms/try-out";
import { localePath, pick, type Locale } from "@/lib/i18n/locales";
import { adminMessages } from "@/lib/i18n/messages/admin";
import { format } from "@/lib/i18n/template";
import { formErrorMessage } from "@/lib/forms/messages";
import { ErrorSummary } from "@/components/form/error-summary";
import { PRIMARY_BUTTON } from "@/components/ui-classes";
import { tryPageAction } from "../../actions";

type Props = { locale: Locale; slug: string; definition: FormDefinition; wards: WardOption[]; initial: TryState };

/** One page at a time, drawn by the filing form's field component; the answers so far travel in the form. */
export function TryForm({ locale, slug, definition, wards, initial }: Props) {
  const t = adminMessages[locale].preview;
  const [state, action, pending] = useActionState<TryState, FormData>(tryPageAction.bind(null, slug, locale), initial);
  const page = definition.pages.find((p) => p.id === state.pageId);
  if (!page)
    return (
      <div className="space-y-3">
        <p role="status" className="border-l-4 border-green-700 bg-green-50 p-3">
          {t.tryDone}
        </p>
        <a href={localePath(locale, `/admin/thu-tuc/${slug}/bieu-mau/thu`)} className="min-h-11 py-2">
          {t.restart}
        </a>
      </div>
    );
  const problems = Object.entries(state.errors);
  const position = definition.pages.indexOf(page);
  return (
    <form action={action} encType="multipart/form-data" className="max-w-2xl space-y-5" noValidate>
      <input type="hidden" name="answers" value={JSON.stringify(state.answers)} />
      <input type="hidden" name="pageId" value={page.id} />
      <p className="text-sm text-muted">{format(t.pageOf, { i: position + 1, n: definition.pages.length })}</p>
      <h2 className="text-2xl font-bold">{pick(locale, page.title)}</h2>
      <ErrorSummary
        locale={locale}
        title={format(t.tryErrors, { n: problems.length })}
        id="try-problems"
        heading="h3"
        state={{ fieldErrors: Object.fromEntries(problems.map(([key, message]) => [key, formErrorMessage(message)])) }}
      />
      {page.intro && <p>{pick(locale, page.intro)}</p>}
      {page.fields.map((field) => (
        <FormFieldView
          key={`${page.id}/${field.id}`}
          field={field}
          values={state.answers}
          provenance={{}}
          errors={state.errors}
          locale={locale}
          wards={wards}
          documents={[]}
        />
      ))}
      <button type="submit" disabled={pending} className={`${PRIMARY_BUTTON} disabled:bg-gray-500`}>
        {t.tryNext}
      </button>
    </form>
  );
}
