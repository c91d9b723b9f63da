import type { Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";

/** Shown to signed-in people who lack the role a staff page needs. */
export function NoAccess({ locale }: { locale: Locale }) {
  const t = getMessages(locale).auth;
  return (
    <div className="max-w-2xl space-y-3">
      <h1 className="text-3xl font-bold">{t.noAccessTitle}</h1>
      <p className="text-lg">{t.noAccessBody}</p>
    </div>
  );
}
