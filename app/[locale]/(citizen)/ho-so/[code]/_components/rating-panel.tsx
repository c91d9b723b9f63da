import Link from "next/link";
import type { ActionState } from "@/lib/errors/action-state";
import { ErrorSummary } from "@/components/form/error-summary";
import {
  CRITERION_LABELS,
  LEVEL_LABELS,
  RATING_CRITERIA,
  RATING_LEVELS,
  type getRatingForApplicant,
} from "@/lib/feedback/ratings";
import { localePath, pick, type Locale } from "@/lib/i18n/locales";
import { rateAction } from "../actions";
import { dossierMessages } from "@/lib/i18n/messages/dossier";
import { PRIMARY_BUTTON } from "@/components/ui-classes";

type Rating = Awaited<ReturnType<typeof getRatingForApplicant>>;

/** The rating once a dossier is decided (one radio group per criterion), and a way to complain. */
export function RatingPanel({
  locale,
  code,
  rating,
  flash,
}: {
  locale: Locale;
  code: string;
  rating: Rating;
  flash: ActionState;
}) {
  const t = dossierMessages[locale].rating;
  const feedbackLink = (
    <Link href={`${localePath(locale, "/phan-anh")}?ho-so=${encodeURIComponent(code)}`}>{t.feedback}</Link>
  );
  if (rating.rating) {
    return (
      <section aria-labelledby="rating-title" className="space-y-2 rounded border border-slate-300 p-4">
        <h2 id="rating-title" className="text-2xl font-bold">
          {t.title}
        </h2>
        <p role="status" className="font-semibold">
          {t.thanks}
        </p>
        <dl className="grid gap-1 sm:grid-cols-[1fr_12rem]" data-testid="rating-given">
          {RATING_CRITERIA.map((c) => (
            <div key={c} className="contents">
              <dt>{pick(locale, CRITERION_LABELS[c])}</dt>
              <dd className="font-semibold">{pick(locale, LEVEL_LABELS[rating.rating!.scores[c]]!)}</dd>
            </div>
          ))}
        </dl>
        <p>{feedbackLink}</p>
      </section>
    );
  }
  if (!rating.canRate) return <p>{feedbackLink}</p>;
  return (
    <section aria-labelledby="rating-title" className="space-y-3 rounded border border-slate-300 p-4">
      <h2 id="rating-title" className="text-2xl font-bold">
        {t.title}
      </h2>
      <ErrorSummary
        state={flash}
        locale={locale}
        title={t.summary}
        id="rating-errors"
        heading="h3"
        hrefOf={(key) => `#rating-${key}`}
      />
      <p>{t.intro}</p>
      <form action={rateAction.bind(null, code, locale)} className="space-y-4" noValidate>
        {RATING_CRITERIA.map((c) => {
          const error = flash.fieldErrors?.[c];
          return (
            <fieldset
              key={c}
              id={`rating-${c}`}
              aria-describedby={error ? `rating-${c}-error` : undefined}
              className={error ? "border-l-4 border-red-700 pl-3" : ""}
            >
              <legend className="font-semibold">{pick(locale, CRITERION_LABELS[c])}</legend>
              {error && (
                <p id={`rating-${c}-error`} className="font-semibold text-red-800">
                  {pick(locale, error)}
                </p>
              )}
              <div className="flex flex-wrap gap-x-5">
                {RATING_LEVELS.map((level) => (
                  <label key={level} className="flex min-h-11 items-center gap-2">
                    <input
                      type="radio"
                      name={c}
                      value={level}
                      defaultChecked={flash.values?.[c] === String(level)}
                      className="h-5 w-5 shrink-0"
                    />
                    {pick(locale, LEVEL_LABELS[level]!)}
                  </label>
                ))}
              </div>
            </fieldset>
          );
        })}
        <div>
          <label htmlFor="rating-comment" className="block font-semibold">
            {t.comment}
          </label>
          <textarea
            id="rating-comment"
            name="comment"
            rows={3}
            maxLength={1000}
            defaultValue={flash.values?.comment ?? ""}
            className="block w-full rounded border-2 border-gray-700 bg-white p-2"
          />
        </div>
        <button type="submit" className={PRIMARY_BUTTON}>
          {t.send}
        </button>
      </form>
      <p>{feedbackLink}</p>
    </section>
  );
}
