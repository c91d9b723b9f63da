import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/titles";
import { draftOf, draftOrItsDossier } from "../_components/draft-of";
import { isLocale } from "@/lib/i18n/locales";
import { wardAgencyNames } from "@/lib/procedures/queries";
import { CheckAnswers } from "../_components/check-answers";
import { gatedPage } from "@/components/layout/gated-page";

export const dynamic = "force-dynamic";

export async function generateMetadata({
  params,
  searchParams,
}: PageProps<"/[locale]/ho-so-nhap/[draftId]/kiem-tra">): Promise<Metadata> {
  const { locale, draftId } = await params;
  if (!isLocale(locale)) return {};
  const draft = await draftOf(draftId).catch(() => null);
  const title = { vi: "Kiểm tra thông tin trước khi nộp", en: "Check your answers" };
  return {
    title: pageTitle(locale, draft ? [title, draft.procedure.name] : [title], {
      error: Boolean((await searchParams).problem),
    }),
  };
}

export default gatedPage<{ locale: string; draftId: string }>(
  { route: "/ho-so-nhap/[draftId]/kiem-tra" },
  async function CheckAnswersPage({ locale, params: { draftId }, searchParams }) {
    const { problem, retry } = await searchParams;
    const draft = await draftOrItsDossier(draftId, locale);
    const wards = await wardAgencyNames(locale);
    return (
      <CheckAnswers
        locale={locale}
        draft={draft}
        wardNames={wards}
        problem={typeof problem === "string" ? problem : undefined}
        retryAfterSeconds={Number(retry) || undefined}
      />
    );
  },
);
