import { notFound } from "next/navigation";
import { isLocale } from "@/lib/i18n/locales";
import { listFeaturedProceduresCached, listFieldsCached } from "@/lib/procedures/cache";
import { todayInVietnam } from "@/lib/clock/dates";
import { HomeView } from "./_components/home-view";

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const [featured, fields] = await Promise.all([listFeaturedProceduresCached(todayInVietnam()), listFieldsCached()]);
  return <HomeView locale={locale} featured={featured} fields={fields} />;
}
