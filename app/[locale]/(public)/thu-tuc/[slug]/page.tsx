import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { isLocale, pick } from "@/lib/i18n/locales";
import { getProcedureBySlugCached } from "@/lib/procedures/cache";
import { todayInVietnam } from "@/lib/clock/dates";
import { ProcedureView } from "@/components/procedures/procedure-view";

const SLUG = /^[a-z0-9-]{1,120}$/;
const loadProcedure = cache((slug: string) =>
  SLUG.test(slug) ? getProcedureBySlugCached(slug, todayInVietnam()) : Promise.resolve(null),
);

export async function generateMetadata({ params }: PageProps<"/[locale]/thu-tuc/[slug]">): Promise<Metadata> {
  const { locale, slug } = await params;
  const procedure = await loadProcedure(slug);
  if (!procedure || !isLocale(locale)) return {};
  return { title: pick(locale, procedure.name) };
}

export default async function ProcedurePage({ params }: PageProps<"/[locale]/thu-tuc/[slug]">) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const procedure = await loadProcedure(slug);
  if (!procedure) notFound();
  return <ProcedureView locale={locale} procedure={procedure} />;
}
