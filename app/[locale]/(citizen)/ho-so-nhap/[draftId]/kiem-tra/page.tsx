import { notFound } from "next/navigation";
import { getDraftForOwner } from "@/lib/dossiers/queries";
import { orNotFound } from "@/lib/errors/pages";
import { requireSignedIn } from "@/lib/identity/require";
import { isLocale, pick } from "@/lib/i18n/locales";
import { listWardAgencies } from "@/lib/procedures/queries";
import { CheckAnswers } from "../_components/check-answers";

export const dynamic = "force-dynamic";

export default async function CheckAnswersPage({ params, searchParams }: PageProps<"/[locale]/ho-so-nhap/[draftId]/kiem-tra">) {
  const { locale, draftId } = await params;
  const { problem, retry } = await searchParams;
  if (!isLocale(locale)) notFound();
  const actor = await requireSignedIn(locale, `/ho-so-nhap/${draftId}/kiem-tra`);
  const draft = await orNotFound(getDraftForOwner(actor, draftId));
  const wards = Object.fromEntries((await listWardAgencies()).map((w) => [w.slug, pick(locale, w)]));
  return <CheckAnswers locale={locale} draft={draft} wardNames={wards} problem={typeof problem === "string" ? problem : undefined} retryAfterSeconds={Number(retry) || undefined} />;
}
