// A dossier not yet received has no clock running: its row says how long the procedure
// takes and when the clock starts, so that a new dossier is not silent about time.
import { DOSSIER_STATUS } from "@/lib/dossiers/status";
import { formatTimeLimit } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { TimeLimitDto } from "@/lib/procedures/dto";
import { dossierMessages } from "@/lib/i18n/messages/dossier";

/** Awaiting reception (with or without a fee asked for first): the limit, not yet running. */
export function TimeLimitLine({
  locale,
  dossier,
}: {
  locale: Locale;
  dossier: { status: number; receivedAt: Date | null; timeLimit: TimeLimitDto };
}) {
  const waiting =
    dossier.receivedAt === null &&
    (dossier.status === DOSSIER_STATUS.SUBMITTED || dossier.status === DOSSIER_STATUS.PAYMENT_REQUESTED);
  if (!waiting) return null;
  return (
    <p className="text-sm" data-testid="time-limit">
      {dossierMessages[locale].timeLimitLine.limit.replace("{limit}", formatTimeLimit(dossier.timeLimit, locale))}
    </p>
  );
}
