import { titled } from "@/lib/i18n/titles";
import { ErrorSummary } from "@/components/form/error-summary";
import { readFlash } from "@/lib/web/flash";
import { ForgetNotice } from "@/components/form/forget-notice";
import { TextAreaField } from "@/components/form/text-area-field";
import { TextField } from "@/components/form/text-field";
import { orNotFound } from "@/lib/errors/pages";
import { ANSWER_WORKING_DAYS, listFeedbackAgencies, listFeedbackForSelf } from "@/lib/feedback/complaints";
import { getDossierForApplicant } from "@/lib/dossiers/queries";
import { formatDateTime } from "@/lib/i18n/format";
import { pick } from "@/lib/i18n/locales";
import { fileFeedbackAction } from "./actions";
import { currentTime } from "@/lib/time";
import { accountMessages } from "@/lib/i18n/messages/account";
import { gatedPage } from "@/components/layout/gated-page";
import { PRIMARY_BUTTON } from "@/components/ui-classes";

export const dynamic = "force-dynamic";
export const generateMetadata = titled({ vi: "Phản ánh, kiến nghị", en: "Complaints and suggestions" });

export default gatedPage<{ locale: string }>(
  { route: "/phan-anh" },
  async function FeedbackPage({ locale, actor, searchParams }) {
    const query = await searchParams;
    const flash = await readFlash(query.f);
    const code = typeof query["ho-so"] === "string" ? query["ho-so"].slice(0, 60) : "";
    const dossier = code ? await orNotFound(getDossierForApplicant(actor, code)) : null;
    const [agencies, mine] = await Promise.all([
      dossier ? Promise.resolve([]) : listFeedbackAgencies(),
      listFeedbackForSelf(actor),
    ]);
    const t = accountMessages[locale].complaints;
    const agencyError = flash.fieldErrors?.agency;
    const now = currentTime();
    return (
      <div className="max-w-3xl space-y-5">
        <ForgetNotice params={["done"]} />
        <h1 className="text-3xl font-bold">{t.title}</h1>
        {query.done === "sent" && (
          <p role="status" className="border-l-4 border-green-700 bg-green-50 p-3">
            {t.sent}
          </p>
        )}
        <p>{t.intro.replace("{days}", String(ANSWER_WORKING_DAYS))}</p>
        <section aria-labelledby="feedback-title" className="space-y-3 rounded border border-slate-300 p-4">
          <h2 id="feedback-title" className="text-2xl font-bold">
            {dossier
              ? t.about.replace("{code}", dossier.code).replace("{agency}", pick(locale, dossier.agency))
              : t.send}
          </h2>
          <ErrorSummary
            state={flash}
            locale={locale}
            title={t.summary}
            id="feedback-errors"
            heading="h3"
            hrefOf={(key) => `#feedback-${key}`}
          />
          <form action={fileFeedbackAction.bind(null, locale)} className="space-y-3" noValidate>
            {dossier ? (
              <input type="hidden" name="dossierCode" value={dossier.code} />
            ) : (
              <div>
                <label htmlFor="feedback-agency" className="block font-semibold">
                  {t.agency}
                </label>
                {agencyError && (
                  <p id="feedback-agency-error" className="font-semibold text-red-800">
                    {pick(locale, agencyError)}
                  </p>
                )}
                <select
                  id="feedback-agency"
                  name="agency"
                  defaultValue={flash.values?.agency ?? ""}
                  aria-describedby={agencyError ? "feedback-agency-error" : undefined}
                  className="mt-1 block min-h-11 w-full max-w-xl rounded border-2 border-gray-700 bg-white px-2"
                >
                  <option value="">{t.choose}</option>
                  {agencies.map((a) => (
                    <option key={a.slug} value={a.slug}>
                      {pick(locale, { vi: a.nameVi, en: a.nameEn })}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <TextField
              id="feedback-subject"
              name="subject"
              label={t.subject}
              locale={locale}
              error={flash.fieldErrors?.subject}
              defaultValue={flash.values?.subject}
              maxLength={200}
            />
            <TextAreaField
              id="feedback-body"
              name="body"
              label={t.body}
              locale={locale}
              error={flash.fieldErrors?.body}
              defaultValue={flash.values?.body}
              maxLength={4000}
              rows={5}
            />
            <button type="submit" className={PRIMARY_BUTTON}>
              {t.send}
            </button>
          </form>
        </section>
        <section aria-labelledby="my-feedback" className="space-y-2">
          <h2 id="my-feedback" className="text-2xl font-bold">
            {t.mine}
          </h2>
          {mine.length === 0 ? (
            <p>{t.none}</p>
          ) : (
            <ul className="divide-y divide-gray-300 border-y border-gray-300" data-testid="my-feedback">
              {mine.map((f) => (
                <li key={f.id} className="space-y-1 py-3">
                  <p className="font-semibold">{f.subject}</p>
                  <p className="text-sm">
                    {pick(locale, f.agency)}
                    {f.dossierCode && (
                      <>
                        {" "}
                        · {t.dossier} <span className="font-mono">{f.dossierCode}</span>
                      </>
                    )}{" "}
                    · {formatDateTime(f.createdAt, locale)}
                  </p>
                  <p className="whitespace-pre-line">{f.body}</p>
                  {f.answer ? (
                    <div className="border-l-4 border-green-700 bg-green-50 p-3">
                      <p className="font-semibold">
                        {t.answered.replace("{at}", formatDateTime(f.answeredAt!, locale))}
                      </p>
                      <p className="whitespace-pre-line">{f.answer}</p>
                    </div>
                  ) : (
                    <p className={f.dueAt < now ? "font-semibold text-red-800" : undefined}>
                      {t.waiting} · {t.due}: {formatDateTime(f.dueAt, locale)}
                      {f.dueAt < now ? ` ${t.late}` : ""}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    );
  },
);
