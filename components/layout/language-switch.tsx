"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { localePath, stripLocale, type Locale } from "@/lib/i18n/locales";

type Props = { targetLocale: Locale; label: string; ariaLabel: string; keepQuery: boolean };

/** A plain link to the same page in the other language (works without JavaScript). */
const SWITCH =
  "whitespace-nowrap rounded border border-white px-3 py-1 text-sm font-semibold text-white no-underline " +
  "hover:bg-brand-800";

export function LanguageSwitch(props: Props) {
  return props.keepQuery ? <WithQuery {...props} /> : <SwitchLink {...props} query="" />;
}

function WithQuery(props: Props) {
  const query = useSearchParams().toString();
  return <SwitchLink {...props} query={query ? `?${query}` : ""} />;
}

function SwitchLink({ targetLocale, label, ariaLabel, query }: Props & { query: string }) {
  const path = stripLocale(usePathname() ?? "/");
  return (
    <a
      href={`${localePath(targetLocale, path)}${query}`}
      hrefLang={targetLocale}
      lang={targetLocale}
      aria-label={ariaLabel}
      className={SWITCH}
    >
      {label}
    </a>
  );
}
