import { titled } from "@/lib/i18n/titles";
import { readFlash } from "@/lib/web/flash";
import { TextAreaField } from "@/components/form/text-area-field";
import { ForgetNotice } from "@/components/form/forget-notice";
import { listFeedbackForStaff } from "@/lib/feedback/complaints";
import { formatDateTime } from "@/lib/i18n/format";
import { pick } from "@/lib/i18n/locales";
import { answerFeedbackAction } from "./actions";
import { currentTime } from "@/lib/time";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { gatedPage } from "@/components/layout/gated-page";

export const dynamic = "force-dynamic";
export const generateMetadata = titled({ vi: "Phản ánh, kiến nghị", en: "Complaints and suggestions" });

export default gatedPage<{ locale: string }>(
  { route: "/clerk/phan-anh", permission: "feedback.answer" },
  async function FeedbackInboxPage({ locale, actor, searchParams }) {
    const query = await searchParams;
    const flash = await readFlash(query.f);
    const { open, answered } = await listFeedbackForStaff(actor);
    const t = staffMessages[locale].complaints;
    const now = currentTime();
    return (
      <div className="max-w-3xl space-y-5">
        <ForgetNotice params={["done"]} />
        <h1 className="text-3xl font-bold">{t.title}</h1>
        {query.done && (
          <p role="status" className="border-l-4 border-green-700 bg-green-50 p-3">
            {t.done}
          </p>
        )}
        <h2 className="text-2xl font-bold">
          {t.open} ({open.length})
        </h2>
        {open.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          open.map((f) => {
            const error = flash.fieldErrors?.[`answer-${f.id}`];
            const late = f.dueAt < now;
            return (
              <section
                key={f.id}
                aria-labelledby={`f-${f.id}`}
                className="space-y-2 rounded border border-slate-300 p-4"
              >
                <h3 id={`f-${f.id}`} className="text-xl font-bold">
                  {f.subject}
                </h3>
                <p className="text-sm">
                  {f.dossierCode ? (
                    <>
                      {t.dossier} <span className="font-mono">{f.dossierCode}</span>
                    </>
                  ) : (
                    t.general
                  )}{" "}
                  · {pick(locale, f.agency)} · {t.received} {formatDateTime(f.createdAt, locale)}
                </p>
                <p className={late ? "font-semibold text-red-800" : undefined}>
                  {t.due}: {formatDateTime(f.dueAt, locale)}
                  {late ? ` (${t.late})` : ""}
                </p>
                <p className="whitespace-pre-line">{f.body}</p>
                <form action={answerFeedbackAction.bind(null, f.id, locale)} className="space-y-2" noValidate>
                  <TextAreaField
                    id={`answer-${f.id}`}
                    name="answer"
                    label={t.answer}
                    locale={locale}
                    error={error}
                    defaultValue={flash.values?.[`answer-${f.id}`]}
                    maxLength={4000}
                  />
                  <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 font-semibold text-white">
                    {t.send}
                  </button>
                </form>
              </section>
            );
          })
        )}
        {answered.length > 0 && (
          <section aria-labelledby="answered-title" className="space-y-2">
            <h2 id="answered-title" className="text-2xl font-bold">
              {t.answeredTitle}
            </h2>
            <ul className="divide-y divide-gray-300 border-y border-gray-300">
              {answered.map((f) => (
                <li key={f.id} className="py-2">
                  <p className="font-semibold">{f.subject}</p>
                  <p className="text-sm">{t.answered.replace("{at}", formatDateTime(f.answeredAt!, locale))}</p>
                  <p className="whitespace-pre-line">{f.answer}</p>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    );
  },
);
