import { pick, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";

/** What a partly online procedure still asks in person (docs/domain.md §6). */
export function InPersonPart({ locale, text }: { locale: Locale; text: { vi: string; en: string } }) {
  const d = getMessages(locale).procedure;
  return (
    <div className="mt-3 first:mt-0" data-testid="in-person-part">
      <h2 className="text-lg font-semibold">{d.inPerson}</h2>
      <p>{d.inPersonIntro}</p>
      <p className="mt-1">{pick(locale, text)}</p>
    </div>
  );
}
