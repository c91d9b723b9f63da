import type { Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import type { ServiceLevel } from "@/lib/generated/prisma/enums";

export function ServiceLevelTag({ level, locale }: { level: ServiceLevel; locale: Locale }) {
  const text = getMessages(locale).enums.service[level];
  const tone =
    level === "FULL_ONLINE"
      ? "bg-green-100 text-green-900 border-green-800"
      : "bg-amber-50 text-amber-900 border-amber-800";
  return <span className={`rounded border px-2 py-0.5 text-xs font-semibold ${tone}`}>{text}</span>;
}
