import type { ActionState } from "@/lib/errors/action-state";
import { ErrorSummary, FieldError } from "@/components/form/error-summary";
import type { Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { endSessionsAction } from "../actions";

const control = "mt-1 block min-h-11 w-full max-w-md rounded border-2 border-gray-700 bg-white px-2";

/** A system administrator ends every portal session of a person, by ID number. */
export function EndSessionsForm({ locale, state }: { locale: Locale; state: ActionState }) {
  const t = getMessages(locale);
  const action = endSessionsAction.bind(null, locale);
  return (
    <section aria-labelledby="sessions-heading" className="space-y-3">
      <h2 id="sessions-heading" className="text-2xl font-bold">
        {t.staff.sessionsHeading}
      </h2>
      <p>{t.staff.sessionsIntro}</p>
      {state.ok && state.message && (
        <p role="status" className="border-l-4 border-green-800 bg-green-50 p-3">
          {state.message[locale]}
        </p>
      )}
      {!state.ok && <ErrorSummary state={state} locale={locale} title={t.auth.errors.summary} id="sessions-summary" />}
      <form action={action} className="space-y-3">
        <div>
          <label htmlFor="sessionsIdNumber" className="font-semibold">
            {t.auth.idNumber}
          </label>
          <FieldError id="sessionsIdNumber" state={state} locale={locale} />
          <input
            id="sessionsIdNumber"
            name="sessionsIdNumber"
            inputMode="numeric"
            maxLength={12}
            autoComplete="off"
            defaultValue={state.ok ? "" : state.values?.sessionsIdNumber}
            className={control}
          />
        </div>
        <button type="submit" className="min-h-11 rounded border-2 border-brand-800 px-4 font-semibold text-brand-800">
          {t.staff.sessionsSubmit}
        </button>
      </form>
    </section>
  );
}
