import { formatDateTime } from "@/lib/i18n/format";
import { pick, type Locale } from "@/lib/i18n/locales";
import { SLIP_NAMES } from "@/lib/processing/slip-names";

const SEALED = { vi: "có chữ ký số của cơ quan", en: "with the agency's electronic seal" };

/** The slips issued on a dossier, each a PDF download; sealed ones say so. */
export function SlipList({
  locale,
  slips,
}: {
  locale: Locale;
  slips: Array<{ id: string; kind: string; issuedAt: Date; sealed: boolean }>;
}) {
  return (
    <ul className="list-disc pl-6">
      {slips.map((s) => (
        <li key={s.id}>
          <a href={`/api/phieu/${s.id}`} download>
            {pick(locale, SLIP_NAMES[s.kind] ?? { vi: s.kind, en: s.kind })}
          </a>{" "}
          – {formatDateTime(s.issuedAt, locale)}
          {s.sealed && ` (${pick(locale, SEALED)})`}
        </li>
      ))}
    </ul>
  );
}
