import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { listCatalogueAgenciesCached, listFieldsCached, searchCatalogueCached } from "@/lib/procedures/cache";
import { todayInVietnam } from "@/lib/clock/dates";
import { parseCatalogueParams } from "@/lib/procedures/schemas";
import { CatalogueView } from "./_components/catalogue-view";

// Rendered per request (it reads the query string); the data underneath is cached.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/thu-tuc">): Promise<Metadata> {
  const { locale } = await params;
  return { title: getMessages(isLocale(locale) ? locale : "vi").catalogue.title };
}

export default async function CataloguePage({ params, searchParams }: PageProps<"/[locale]/thu-tuc">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const query = parseCatalogueParams(await searchParams);
  const [result, fields, agencies] = await Promise.all([
    searchCatalogueCached(query, todayInVietnam()),
    listFieldsCached(),
    listCatalogueAgenciesCached(),
  ]);
  return <CatalogueView locale={locale} query={query} result={result} fields={fields} agencies={agencies} />;
}
