import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { AccessibilityStatement } from "./statement";

export async function generateMetadata({ params }: PageProps<"/[locale]/tuyen-bo-tiep-can">): Promise<Metadata> {
  const { locale } = await params;
  return { title: getMessages(isLocale(locale) ? locale : "vi").accessibility.title };
}

export default async function AccessibilityPage({ params }: PageProps<"/[locale]/tuyen-bo-tiep-can">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <AccessibilityStatement locale={locale} />;
}
