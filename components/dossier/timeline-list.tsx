// A dossier's history as a numbered list: when, what, who (and for which agency), to whom,
// and whether the step it ended was early, on time or late. Used by the applicant's, the
// staff and the public dossier pages, which decide whose names may be shown.
import type { StepTiming } from "@/lib/clock/deadline";
import { eventName } from "@/lib/dossiers/event-names";
import { formatDateTime } from "@/lib/i18n/format";
import { pick, type Locale } from "@/lib/i18n/locales";
import { dossierMessages } from "@/lib/i18n/messages/dossier";

export type TimelineLine = {
  at: Date;
  type: string;
  who: string | null;
  agency: { vi: string; en: string } | null;
  toName: string | null;
  timing: StepTiming | null;
};

export function TimelineList({ locale, lines, testId }: { locale: Locale; lines: TimelineLine[]; testId: string }) {
  return (
    <ol className="list-decimal space-y-1 pl-6" data-testid={testId}>
      {lines.map((e, i) => (
        <li key={i}>
          {formatDateTime(e.at, locale)} – {pick(locale, eventName(e.type))}
          {e.who ? ` – ${e.who}` : ""}
          {e.agency ? ` (${pick(locale, e.agency)})` : ""}
          {e.toName ? ` → ${e.toName}` : ""}
          {e.timing && (
            <>
              {" "}
              –{" "}
              <span className={e.timing === "LATE" ? "font-semibold text-red-800" : "font-semibold"}>
                {dossierMessages[locale].timing[e.timing]}
              </span>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
