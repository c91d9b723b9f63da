import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import { format, getMessages } from "@/lib/i18n/messages";
import type { CatalogueParams } from "@/lib/procedures/schemas";
import { catalogueUrl } from "./catalogue-url";

type Props = { locale: Locale; query: CatalogueParams; page: number; pageCount: number };

export function Pagination({ locale, query, page, pageCount }: Props) {
  if (pageCount <= 1) return null;
  const t = getMessages(locale).catalogue;
  return (
    <nav aria-label={t.pagination} className="mt-4 flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={catalogueUrl(locale, { ...query, page: page - 1 })} rel="prev">
          ← {t.previous}
        </Link>
      ) : (
        <span />
      )}
      <span aria-current="page">{format(t.pageOf, { page, pageCount })}</span>
      {page < pageCount ? (
        <Link href={catalogueUrl(locale, { ...query, page: page + 1 })} rel="next">
          {t.next} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
