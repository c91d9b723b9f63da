import Link from "next/link";
import { Suspense } from "react";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { LanguageSwitch } from "./language-switch";
import { UnreadCount } from "./unread-count";

// The header's links are on every page and every page is rendered per request (its CSP
// nonce): prefetching them would render five pages on the server for each page viewed.
// They are fetched when followed.
export function SiteHeader({ locale }: { locale: Locale }) {
  const t = getMessages(locale).site;
  const switchProps = {
    targetLocale: locale === "vi" ? ("en" as const) : ("vi" as const),
    label: t.languageSwitch,
    ariaLabel: t.languageSwitchLabel,
  };
  return (
    <header className="bg-brand-700 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link
          prefetch={false}
          href={localePath(locale, "/")}
          className="flex flex-col text-white no-underline hover:underline"
        >
          <span className="text-sm font-semibold uppercase tracking-wide">{t.city}</span>
          <span className="text-2xl font-bold leading-tight">{t.name}</span>
        </Link>
        <div className="flex items-center gap-4">
          <nav aria-label={t.mainNav} className="flex flex-wrap gap-x-4 gap-y-1">
            <Link prefetch={false} href={localePath(locale, "/thu-tuc")} className="font-semibold text-white">
              {t.navProcedures}
            </Link>
            <Link prefetch={false} href={localePath(locale, "/tra-cuu-ho-so")} className="font-semibold text-white">
              {t.navLookup}
            </Link>
            <Link prefetch={false} href={localePath(locale, "/thong-ke")} className="font-semibold text-white">
              {t.navStatistics}
            </Link>
            {/* A static link keeps public pages cacheable; the account page knows who you are. */}
            <Link prefetch={false} href={localePath(locale, "/tai-khoan")} className="font-semibold text-white">
              {getMessages(locale).auth.navAccount}
              <UnreadCount label={t.unreadNotifications} />
            </Link>
          </nav>
          {/* Without JavaScript the fallback link (no query string) still switches language. */}
          <Suspense fallback={<LanguageSwitch {...switchProps} keepQuery={false} />}>
            <LanguageSwitch {...switchProps} keepQuery />
          </Suspense>
        </div>
      </div>
      <p className="bg-brand-900 px-4 py-1 text-center text-sm">{t.tagline}</p>
    </header>
  );
}
