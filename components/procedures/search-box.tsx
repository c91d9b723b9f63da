import { localePath, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { MAX_QUERY_LENGTH } from "@/lib/procedures/schemas";
import { PRIMARY_BUTTON } from "@/components/ui-classes";

/** A plain GET form to the catalogue: works without JavaScript. */
export function SearchBox({
  locale,
  defaultValue,
  headingId,
}: {
  locale: Locale;
  defaultValue?: string;
  headingId?: string;
}) {
  const t = getMessages(locale).home;
  return (
    <form
      action={localePath(locale, "/thu-tuc")}
      method="get"
      role="search"
      aria-labelledby={headingId}
      className="flex flex-col gap-2 sm:flex-row"
    >
      <label htmlFor="q" className="sr-only">
        {t.searchLabel}
      </label>
      <input
        id="q"
        name="q"
        type="search"
        defaultValue={defaultValue}
        maxLength={MAX_QUERY_LENGTH}
        placeholder={t.searchPlaceholder}
        autoComplete="off"
        className="min-h-12 w-full flex-1 rounded border-2 border-gray-700 px-3 text-lg placeholder:text-gray-600"
      />
      <button type="submit" className={PRIMARY_BUTTON}>
        {t.searchButton}
      </button>
    </form>
  );
}
