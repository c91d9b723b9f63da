// The dossier's documents as reception checks them (issue 26, item 3): each document the
// procedure lists, with what was given for it, and every file opens in a new tab.
import { formatFileSize } from "@/lib/i18n/format";
import { pick, type Locale } from "@/lib/i18n/locales";
import type { getDossierForStaff } from "@/lib/processing/reception";
import { staffMessages } from "@/lib/i18n/messages/staff";

type Documents = Awaited<ReturnType<typeof getDossierForStaff>>["documents"];

const KIND: Record<string, string> = { "application/pdf": "PDF", "image/jpeg": "JPEG", "image/png": "PNG" };

export function DossierDocuments({ locale, code, documents }: { locale: Locale; code: string; documents: Documents }) {
  const t = staffMessages[locale].dossierDocuments;
  if (documents.length === 0) return null;
  return (
    <section aria-labelledby="documents-title" className="space-y-2">
      <h2 id="documents-title" className="text-2xl font-bold">
        {t.title}
      </h2>
      <ul className="divide-y divide-gray-300 border-y border-gray-300" data-testid="staff-documents">
        {documents.map((d) => (
          <li key={d.key} className="space-y-1 py-2">
            <p className="font-semibold">
              {d.name ? pick(locale, d.name) : t.other}{" "}
              <span className="font-normal text-muted">({d.required ? t.required : t.optional})</span>
            </p>
            {d.files.length > 0 ? (
              <ul className="list-disc pl-6">
                {d.files.map((f) => (
                  <li key={f.id} className="break-words">
                    <a
                      href={`/api/dossiers/${encodeURIComponent(code)}/tai-lieu/${f.id}`}
                      target="_blank"
                      rel="noopener"
                    >
                      {f.fileName}
                      <span className="sr-only"> ({t.opens})</span>
                    </a>{" "}
                    ({KIND[f.mimeType] ?? f.mimeType}, {formatFileSize(f.sizeBytes, locale)})
                  </li>
                ))}
              </ul>
            ) : d.byEForm ? (
              <p>{t.byEForm}</p>
            ) : (
              <p className={d.required ? "font-semibold text-red-800" : "text-muted"}>{t.missing}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
