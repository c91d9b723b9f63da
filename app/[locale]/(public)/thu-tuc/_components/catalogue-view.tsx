import { ProcedureList } from "@/components/procedures/procedure-list";
import { SearchBox } from "@/components/procedures/search-box";
import type { Locale } from "@/lib/i18n/locales";
import { format, getMessages } from "@/lib/i18n/messages";
import type { AgencyOptionDto, CataloguePageDto, FieldDto } from "@/lib/procedures/dto";
import type { CatalogueParams } from "@/lib/procedures/schemas";
import { CatalogueFilters } from "./catalogue-filters";
import { Pagination } from "./pagination";

type Props = {
  locale: Locale;
  query: CatalogueParams;
  result: CataloguePageDto;
  fields: FieldDto[];
  agencies: AgencyOptionDto[];
};

export function CatalogueView({ locale, query, result, fields, agencies }: Props) {
  const t = getMessages(locale).catalogue;
  const notices = [
    ...(result.ignoredFilters.length > 0 ? [t.ignoredFilter] : []),
    ...(result.pageClamped ? [t.pageClamped] : []),
  ];
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{query.q ? format(t.resultsFor, { q: query.q }) : t.title}</h1>
      <SearchBox locale={locale} defaultValue={query.q} />
      {notices.length > 0 && (
        <div role="status" className="rounded border-l-4 border-amber-700 bg-amber-50 p-3">
          {notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      )}
      <div className="grid gap-6 md:grid-cols-[16rem_1fr]">
        <CatalogueFilters locale={locale} query={query} fields={fields} agencies={agencies} />
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="mb-2 text-xl font-semibold">
            {format(t.resultCount, { count: result.total })}
          </h2>
          {result.items.length === 0 ? (
            <div className="rounded border border-gray-300 p-4">
              <p className="font-semibold">{t.noResults}</p>
              <p>{t.noResultsHint}</p>
            </div>
          ) : (
            <ProcedureList items={result.items} locale={locale} />
          )}
          <Pagination locale={locale} query={query} page={result.page} pageCount={result.pageCount} />
        </section>
      </div>
    </div>
  );
}
