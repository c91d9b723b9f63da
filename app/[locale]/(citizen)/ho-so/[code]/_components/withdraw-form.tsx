import type { ActionState } from "@/lib/errors/action-state";
import { pick, type Locale } from "@/lib/i18n/locales";
import { withdrawAction } from "../actions";
import { dossierMessages } from "@/lib/i18n/messages/dossier";
import { DANGER_BUTTON } from "@/components/ui-classes";

export function WithdrawForm({
  locale,
  code,
  version,
  flash,
}: {
  locale: Locale;
  code: string;
  version: number;
  flash: ActionState;
}) {
  const t = dossierMessages[locale].withdraw;
  const error = flash.fieldErrors?.confirmed;
  return (
    <details className="rounded border border-slate-300 p-3" open={Boolean(error)}>
      <summary className="cursor-pointer font-semibold">{t.title}</summary>
      <form action={withdrawAction.bind(null, code, locale)} className="mt-3 space-y-3" noValidate>
        <input type="hidden" name="version" value={version} />
        <p>{t.intro}</p>
        <div>
          <label htmlFor="withdraw-reason" className="block font-semibold">
            {t.reason}
          </label>
          <textarea
            id="withdraw-reason"
            name="reason"
            rows={2}
            maxLength={500}
            defaultValue={flash.values?.reason ?? ""}
            className="block w-full rounded border-2 border-gray-700 bg-white p-2"
          />
        </div>
        <div className={error ? "border-l-4 border-red-700 pl-3" : ""}>
          {error && (
            <p id="withdraw-confirm-error" role="alert" className="font-semibold text-red-800">
              {pick(locale, error)}
            </p>
          )}
          <label className="flex min-h-11 items-center gap-2">
            <input
              type="checkbox"
              name="confirmed"
              value="yes"
              aria-describedby={error ? "withdraw-confirm-error" : undefined}
              className="h-5 w-5 shrink-0"
            />
            {t.confirm}
          </label>
        </div>
        <button type="submit" className={DANGER_BUTTON}>
          {t.send}
        </button>
      </form>
    </details>
  );
}
