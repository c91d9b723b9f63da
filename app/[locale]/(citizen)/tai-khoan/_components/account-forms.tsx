import type { ActionState } from "@/lib/errors/action-state";
import { ErrorSummary, FieldError } from "@/components/form/error-summary";
import type { Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { actForAction, grantMandateAction } from "../actions";

const input = "mt-1 block min-h-11 w-full max-w-xs rounded border-2 border-gray-700 px-3";
const button = "min-h-11 rounded bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800";

export function ActForForm({
  locale,
  actingForSomeone,
  state,
}: {
  locale: Locale;
  actingForSomeone: boolean;
  state: ActionState;
}) {
  const t = getMessages(locale).auth;
  const action = actForAction.bind(null, locale);
  return (
    <div className="space-y-3">
      <ErrorSummary state={state} locale={locale} title={t.errors.summary} />
      <form action={action} className="space-y-2">
        <label htmlFor="enterpriseCode" className="block font-semibold">
          {t.actForLabel}
        </label>
        <p id="enterpriseCode-hint" className="text-sm text-muted">
          {t.actForHint}
        </p>
        <FieldError id="enterpriseCode" state={state} locale={locale} />
        <input
          id="enterpriseCode"
          name="enterpriseCode"
          inputMode="numeric"
          defaultValue={state.values?.enterpriseCode}
          aria-describedby="enterpriseCode-hint"
          aria-invalid={Boolean(state.fieldErrors?.enterpriseCode)}
          className={input}
        />
        <button type="submit" className={button}>
          {t.actForButton}
        </button>
      </form>
      {actingForSomeone && (
        <form action={action}>
          <input type="hidden" name="enterpriseCode" value="" />
          <button type="submit" className="min-h-11 rounded border-2 border-gray-800 px-4 font-semibold">
            {t.actForSelfButton}
          </button>
        </form>
      )}
    </div>
  );
}

export function GrantMandateForm({ locale, state }: { locale: Locale; state: ActionState }) {
  const t = getMessages(locale).auth;
  const action = grantMandateAction.bind(null, locale);
  return (
    <div className="space-y-2">
      <ErrorSummary state={state} locale={locale} title={t.errors.summary} />
      <form action={action} className="space-y-2">
        <label htmlFor="idNumber" className="block font-semibold">
          {t.mandateIdLabel}
        </label>
        <FieldError id="idNumber" state={state} locale={locale} />
        <input
          id="idNumber"
          name="idNumber"
          inputMode="numeric"
          maxLength={12}
          defaultValue={state.values?.idNumber}
          aria-invalid={Boolean(state.fieldErrors?.idNumber)}
          className={input}
        />
        <button type="submit" className={button}>
          {t.grantMandate}
        </button>
      </form>
    </div>
  );
}
