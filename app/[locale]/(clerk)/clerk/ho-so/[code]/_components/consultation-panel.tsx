import type { ActionState } from "@/lib/errors/action-state";
import { formatDateTime } from "@/lib/i18n/format";
import { TextAreaField } from "@/components/form/text-area-field";
import { ErrorSummary } from "@/components/form/error-summary";
import type { Locale } from "@/lib/i18n/locales";
import { consultAction } from "../actions";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { SECONDARY_BUTTON } from "@/components/ui-classes";

type Row = {
  id: string;
  toAgency: string;
  question: string;
  dueAt: Date;
  answer: string | null;
  answeredAt: Date | null;
  escalatedAt: Date | null;
};

export function ConsultationPanel({
  locale,
  code,
  rows,
  agencies,
  flash,
}: {
  locale: Locale;
  code: string;
  rows: Row[];
  agencies: Array<{ slug: string; nameVi: string }>;
  flash: ActionState;
}) {
  const t = staffMessages[locale].consultationPanel;
  const error = flash.fieldErrors?.question;
  return (
    <section aria-labelledby="consult-title" className="space-y-3 rounded border border-slate-300 p-4">
      <h2 id="consult-title" className="text-2xl font-bold">
        {t.title}
      </h2>
      {rows.length > 0 && (
        <ul className="space-y-2" data-testid="consultations">
          {rows.map((r) => (
            <li key={r.id} className="border-l-4 border-slate-400 pl-3">
              <p>
                <strong>{r.toAgency}</strong> ({t.due} {formatDateTime(r.dueAt, locale)}): {r.question}
              </p>
              <p>
                {r.answer ? (
                  <>
                    {t.answered.replace("{at}", formatDateTime(r.answeredAt!, locale))}: {r.answer}
                  </>
                ) : r.escalatedAt ? (
                  t.escalated
                ) : (
                  t.waiting
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
      {agencies.length > 0 && (
        <form action={consultAction.bind(null, code, locale)} className="space-y-2" noValidate>
          <ErrorSummary
            state={flash}
            locale={locale}
            title={t.summary}
            id="consult-errors"
            heading="h3"
            hrefOf={() => "#consult-question"}
          />
          <div>
            <label htmlFor="consult-to" className="block font-semibold">
              {t.to}
            </label>
            <select
              id="consult-to"
              name="toAgency"
              defaultValue={flash.values?.toAgency ?? ""}
              className="mt-1 block min-h-11 max-w-full rounded border-2 border-gray-700 bg-white px-2"
            >
              {agencies.map((a) => (
                <option key={a.slug} value={a.slug}>
                  {a.nameVi}
                </option>
              ))}
            </select>
          </div>
          <TextAreaField
            id="consult-question"
            name="question"
            label={t.question}
            locale={locale}
            error={error}
            defaultValue={flash.values?.question}
            maxLength={4000}
          />
          <div>
            <label htmlFor="consult-days" className="block font-semibold">
              {t.days}
            </label>
            <input
              id="consult-days"
              name="workingDays"
              inputMode="numeric"
              defaultValue={flash.values?.workingDays ?? "3"}
              className="block min-h-11 w-24 rounded border-2 border-gray-700 bg-white px-2"
            />
          </div>
          <button type="submit" className={SECONDARY_BUTTON}>
            {t.send}
          </button>
        </form>
      )}
    </section>
  );
}
