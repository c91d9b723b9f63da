import type { Locale } from "@/lib/i18n/locales";
import { submitDraftAction } from "@/app/_actions/filing";
import { filingMessages } from "@/lib/i18n/messages/filing";

/** A plain form: the same idempotency key on every click, so a double click or a retry makes one dossier. */
export function SubmitDraftForm({
  locale,
  draftId,
  idempotencyKey,
}: {
  locale: Locale;
  draftId: string;
  idempotencyKey: string;
}) {
  return (
    <form action={submitDraftAction.bind(null, draftId, locale)}>
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <button
        type="submit"
        className="min-h-12 rounded bg-brand-700 px-6 text-lg font-semibold text-white hover:bg-brand-800"
      >
        {filingMessages[locale].submit.submit}
      </button>
    </form>
  );
}
