// Page titles (<title>): the page first, then the procedure where there is one; the root
// layout's template adds the site's name ("Người mẹ – Đăng ký khai sinh – Một Cửa Số"). A
// page that answers with errors starts with "Lỗi:" ("Error:"), so that a screen reader's
// first words say so (the GOV.UK pattern).
import type { Metadata } from "next";
import { isLocale, pick, type Locale } from "./locales";

type Text = { vi: string; en: string };

const ERROR = { vi: "Lỗi", en: "Error" };

/** The title's text for a page of this locale. */
export function pageTitle(locale: Locale, parts: Array<Text | string>, options: { error?: boolean } = {}): string {
  const text = parts.map((part) => (typeof part === "string" ? part : pick(locale, part))).join(" – ");
  return options.error ? `${pick(locale, ERROR)}: ${text}` : text;
}

/** `generateMetadata` for a page whose title is fixed: Vietnamese on /vi, English on /en. */
export function titled(title: Text, extra: Metadata = {}) {
  return async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
    const { locale } = await params;
    return { ...extra, title: pageTitle(isLocale(locale) ? locale : "vi", [title]) };
  };
}
