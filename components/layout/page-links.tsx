// Previous / next links for a paginated list (lists never load a whole table).
import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import { siteMessages } from "@/lib/i18n/messages/site";

export function PageLinks({
  locale,
  page,
  total,
  pageSize,
  hrefOf,
  label,
}: {
  locale: Locale;
  page: number;
  total: number;
  pageSize: number;
  hrefOf: (page: number) => string;
  label?: string;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const t = siteMessages[locale].pagination;
  return (
    <nav aria-label={label ?? t.label} className="flex gap-4">
      {page > 1 && (
        <Link href={hrefOf(page - 1)} rel="prev">
          {t.prev}
        </Link>
      )}
      {page < pages && (
        <Link href={hrefOf(page + 1)} rel="next">
          {t.next}
        </Link>
      )}
    </nav>
  );
}
