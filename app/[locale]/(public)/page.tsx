import { notFound } from "next/navigation";
import { isLocale } from "@/lib/i18n/locales";
import { listFeaturedProcedures, listFields } from "@/lib/procedures/queries";
import { HomeView } from "./_components/home-view";

// Rendered once, then refreshed in the background at most every 5 minutes.
export const revalidate = 300;

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const [featured, fields] = await Promise.all([listFeaturedProcedures(), listFields()]);
  return <HomeView locale={locale} featured={featured} fields={fields} />;
}
