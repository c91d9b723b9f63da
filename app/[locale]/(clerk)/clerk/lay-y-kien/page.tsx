import { localePath } from "@/lib/i18n/locales";
import Link from "next/link";
import { titled } from "@/lib/i18n/titles";
import { readFlash } from "@/lib/web/flash";
import { TextAreaField } from "@/components/form/text-area-field";
import { formatDateTime } from "@/lib/i18n/format";
import { listConsultationsForStaff } from "@/lib/processing/consultations";
import { answerConsultationAction } from "./actions";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { gatedPage } from "@/components/layout/gated-page";

export const dynamic = "force-dynamic";
export const generateMetadata = titled({ vi: "Lấy ý kiến", en: "Consultations" });

export default gatedPage<{ locale: string }>(
  { route: "/clerk/lay-y-kien", permission: "staff.area" },
  async function ConsultationInboxPage({ locale, actor, searchParams }) {
    const query = await searchParams;
    const flash = await readFlash(query.f);
    const rows = await listConsultationsForStaff(actor);
    const t = staffMessages[locale].consultations;
    return (
      <div className="max-w-3xl space-y-5">
        <h1 className="text-3xl font-bold">{t.title}</h1>
        {query.done && (
          <p role="status" className="border-l-4 border-green-700 bg-green-50 p-3">
            {t.done}
          </p>
        )}
        {rows.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          rows.map((r) => {
            const error = flash.fieldErrors?.[`answer-${r.id}`];
            return (
              <section
                key={r.id}
                aria-labelledby={`c-${r.id}`}
                className="space-y-2 rounded border border-slate-300 p-4"
              >
                <h2 id={`c-${r.id}`} className="text-xl font-bold">
                  {t.dossier}{" "}
                  <Link
                    href={localePath(locale, `/clerk/ho-so/${encodeURIComponent(r.dossierCode)}`)}
                    className="font-mono"
                  >
                    {r.dossierCode}
                  </Link>
                </h2>
                <p>
                  <strong>{t.from}:</strong> {r.fromAgency} – <strong>{t.due}:</strong>{" "}
                  {formatDateTime(r.dueAt, locale)}
                </p>
                <p>{r.question}</p>
                {r.answer ? (
                  <p>
                    {t.answered.replace("{at}", formatDateTime(r.answeredAt!, locale))}: {r.answer}
                  </p>
                ) : (
                  <form action={answerConsultationAction.bind(null, r.id, locale)} className="space-y-2" noValidate>
                    {r.escalatedAt && <p className="font-semibold text-red-800">{t.escalated}</p>}
                    <TextAreaField
                      id={`answer-${r.id}`}
                      name="answer"
                      label={t.answer}
                      locale={locale}
                      error={error}
                      defaultValue={flash.values?.[`answer-${r.id}`]}
                      maxLength={4000}
                    />
                    <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 font-semibold text-white">
                      {t.send}
                    </button>
                  </form>
                )}
              </section>
            );
          })
        )}
      </div>
    );
  },
);
