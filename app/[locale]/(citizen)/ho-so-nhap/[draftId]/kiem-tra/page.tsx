import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/titles";
import { draftOf, draftOrItsDossier } from "../_components/draft-of";
import { isLocale } from "@/lib/i18n/locales";
import { ownFileNames } from "@/lib/documents/queries";
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
  async function CheckAnswersPage({ locale, actor, params: { draftId }, searchParams }) {
    const { problem, retry } = await searchParams;
    const draft = await draftOrItsDossier(draftId, locale);
    // The files attached are named, so that the applicant sees which one each answer holds.
    const answers = Object.values(draft.values).flatMap((v) =>
      Array.isArray(v) ? v.flatMap((row) => (typeof row === "string" ? [row] : Object.values(row).flat())) : [v],
    );
    const [wards, files] = await Promise.all([wardAgencyNames(locale), ownFileNames(actor, answers)]);
    return (
      <CheckAnswers
        locale={locale}
        draft={draft}
        names={{ ...wards, ...files }}
        problem={typeof problem === "string" ? problem : undefined}
        retryAfterSeconds={Number(retry) || undefined}
      />
    );
  },
);
