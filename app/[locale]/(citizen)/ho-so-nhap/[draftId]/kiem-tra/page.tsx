import { notFound } from "next/navigation";
import { getDraftForOwner } from "@/lib/dossiers/queries";
import { NotFoundError } from "@/lib/errors";
import { requireSignedIn } from "@/lib/identity/require";
import { isLocale, pick } from "@/lib/i18n/locales";
import { listWardAgencies } from "@/lib/procedures/queries";
import { CheckAnswers } from "../_components/check-answers";

export const dynamic = "force-dynamic";

export default async function CheckAnswersPage({ params, searchParams }: PageProps<"/[locale]/ho-so-nhap/[draftId]/kiem-tra">) {
  const { locale, draftId } = await params;
  const { problem } = await searchParams;
  if (!isLocale(locale)) notFound();
  const actor = await requireSignedIn(locale, `/ho-so-nhap/${draftId}/kiem-tra`);
  const draft = await getDraftForOwner(actor, draftId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const wards = Object.fromEntries((await listWardAgencies()).map((w) => [w.slug, pick(locale, w)]));
  return <CheckAnswers locale={locale} draft={draft} wardNames={wards} problem={typeof problem === "string" ? problem : undefined} />;
}
