import Link from "next/link";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = getMessages(locale).site;
  return (
    <footer className="mt-8 border-t-4 border-brand-700 bg-gray-100">
      <div className="mx-auto grid max-w-5xl gap-4 px-4 py-6 text-sm sm:grid-cols-2">
        <div>
          <h2 className="mb-1 font-semibold">{t.footerContact}</h2>
          <p>{t.footerAddress}</p>
          <p>{t.footerHotline}</p>
        </div>
        <div className="sm:text-right">
          <p>
            <Link prefetch={false} href={localePath(locale, "/tuyen-bo-tiep-can")}>
              {t.footerAccessibility}
            </Link>
          </p>
          <p className="mt-1">
            <Link prefetch={false} href={localePath(locale, "/tra-cuu-ket-qua")}>
              {t.footerVerify}
            </Link>
          </p>
          <p className="mt-2 text-muted">{t.footerNote}</p>
        </div>
      </div>
    </footer>
  );
}
