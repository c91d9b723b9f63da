import Link from "next/link";
import { ProcedureList } from "@/components/procedures/procedure-list";
import { SearchBox } from "@/components/procedures/search-box";
import { localePath, pick, type Locale } from "@/lib/i18n/locales";
import { format, getMessages } from "@/lib/i18n/messages";
import type { FieldDto, ProcedureSummaryDto } from "@/lib/procedures/dto";

type Props = { locale: Locale; featured: ProcedureSummaryDto[]; fields: FieldDto[] };

export function HomeView({ locale, featured, fields }: Props) {
  const t = getMessages(locale).home;
  const catalogue = (query: string) => `${localePath(locale, "/thu-tuc")}?${query}`;
  return (
    <div className="space-y-10">
      <section className="rounded-lg bg-brand-50 p-5 sm:p-8">
        <h1 id="search-heading" className="mb-2 text-3xl font-bold">
          {t.title}
        </h1>
        <p className="mb-4 text-lg">{t.intro}</p>
        <SearchBox locale={locale} headingId="search-heading" />
      </section>

      <section aria-labelledby="featured-heading">
        <h2 id="featured-heading" className="mb-3 text-2xl font-bold">
          {t.featured}
        </h2>
        <ProcedureList items={featured} locale={locale} />
        <p className="mt-3">
          <Link href={localePath(locale, "/thu-tuc")}>{t.allProcedures}</Link>
        </p>
      </section>

      <section aria-labelledby="fields-heading">
        <h2 id="fields-heading" className="mb-3 text-2xl font-bold">
          {t.byField}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {fields.map((f) => (
            <li key={f.slug}>
              <Link
                href={catalogue(`field=${f.slug}`)}
                className="block h-full rounded border border-gray-400 p-3 hover:bg-gray-50"
              >
                <span className="block font-semibold">{pick(locale, f)}</span>
                <span className="text-sm text-muted">{format(t.procedureCount, { count: f.procedureCount })}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="levels-heading">
        <h2 id="levels-heading" className="mb-3 text-2xl font-bold">
          {t.byLevel}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2">
          {(
            [
              ["CITY", t.cityLevel, t.cityLevelHint],
              ["WARD", t.wardLevel, t.wardLevelHint],
            ] as const
          ).map(([level, title, hint]) => (
            <li key={level}>
              <Link
                href={catalogue(`level=${level}`)}
                className="block h-full rounded border border-gray-400 p-4 hover:bg-gray-50"
              >
                <span className="block text-lg font-semibold">{title}</span>
                <span className="text-sm text-muted">{hint}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
