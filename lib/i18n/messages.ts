import { en } from "./messages-en";
import { vi } from "./messages-vi";
import type { Locale } from "./locales";

export type Messages = typeof vi;

export function getMessages(locale: Locale): Messages {
  return locale === "en" ? en : vi;
}

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
