// Diacritic- and case-insensitive search text. Vietnamese letters are folded to ASCII
// (đ → d, ế → e, ...) both when a procedure is stored and when a query arrives, so
// "Khai Sinh", "khai sinh" and "dang ky khai sinh" all meet "Đăng ký khai sinh".

import { foldVietnamese } from "@/lib/i18n/fold";

const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 40;

/** The stored search text of a procedure: its name first, then code, field and keywords. */
export function buildSearchText(parts: Array<string | undefined>): string {
  return foldVietnamese(parts.filter(Boolean).join(" "));
}

export type SearchQuery = { phrase: string; terms: string[] };

/**
 * Turns whatever was typed into at most a few bounded terms. The result only holds
 * [a-z0-9.], so it is safe inside a LIKE pattern without escaping.
 */
export function parseSearchQuery(raw: string): SearchQuery | null {
  const folded = foldVietnamese(raw.slice(0, 500));
  const terms = [
    ...new Set(
      folded
        .split(" ")
        .filter(Boolean)
        .map((t) => t.slice(0, MAX_TERM_LENGTH)),
    ),
  ].slice(0, MAX_TERMS);
  if (terms.length === 0) return null;
  return { phrase: terms.join(" "), terms };
}
