import type { Locale } from "@/lib/i18n/locales";
import { submitDraftAction } from "@/app/_actions/filing";
import { filingMessages } from "@/lib/i18n/messages/filing";
import { PRIMARY_BUTTON } from "@/components/ui-classes";

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
      <button type="submit" className={PRIMARY_BUTTON}>
        {filingMessages[locale].submit.submit}
      </button>
    </form>
  );
}
