// Vietnamese first: Vietnamese pages live at the root, English under /en.
export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "vi";

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/**
 * The public URL of an app path in a locale: `/thu-tuc` or `/en/thu-tuc`. Always a path of
 * this site: server actions receive their bound locale back from the browser, and a locale
 * such as "/evil.example" made "//evil.example/…", a redirect to another site (issue 19, low),
 * so anything but a known locale reads as Vietnamese, and leading slashes fold into one.
 */
export function localePath(locale: Locale, path: string): string {
  const clean = `/${path.replace(/^[/\\]+/, "")}`;
  if (!isLocale(locale) || locale === DEFAULT_LOCALE) return clean;
  return clean === "/" ? `/${locale}` : `/${locale}${clean}`;
}

/** The locale a public URL path is in: English under /en, Vietnamese everywhere else. */
export function localeOfPath(pathname: string): Locale {
  return pathname === "/en" || pathname.startsWith("/en/") ? "en" : DEFAULT_LOCALE;
}

/** Removes a locale prefix from a URL path (`/en/thu-tuc` → `/thu-tuc`). */
export function stripLocale(pathname: string): string {
  const match = /^\/(vi|en)(?=\/|$)/.exec(pathname);
  if (!match) return pathname || "/";
  return pathname.slice(match[0].length) || "/";
}

/** Picks the text of a bilingual value. */
export function pick(locale: Locale, text: { vi: string; en: string }): string {
  return locale === "en" ? text.en : text.vi;
}
