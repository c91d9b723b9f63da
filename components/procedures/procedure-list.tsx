import Link from "next/link";
import { formatTimeLimit } from "@/lib/i18n/format";
import { localePath, pick, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import type { ProcedureSummaryDto } from "@/lib/procedures/dto";
import { ServiceLevelTag } from "./service-level-tag";

export function ProcedureList({ items, locale }: { items: ProcedureSummaryDto[]; locale: Locale }) {
  const t = getMessages(locale);
  return (
    <ul className="divide-y divide-gray-300 border-y border-gray-300">
      {items.map((p) => (
        <li key={p.code} className="py-4">
          <h3 className="text-lg font-semibold">
            <Link href={localePath(locale, `/thu-tuc/${p.slug}`)}>{pick(locale, p.name)}</Link>
          </h3>
          <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
            <ServiceLevelTag level={p.serviceLevel} locale={locale} />
            <span>{pick(locale, p.field)}</span>
            <span>{t.enums.level[p.level]}</span>
            <span>
              {t.catalogue.timeLimit}: {formatTimeLimit(p.timeLimit, locale)}
            </span>
          </p>
        </li>
      ))}
    </ul>
  );
}
