import { OneTimeCodeField } from "@/components/form/one-time-code-field";
import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/titles";
import { draftOf, draftOrItsDossier } from "../_components/draft-of";
import { redirect } from "next/navigation";
import { ValidationError } from "@/lib/errors";
import { getDraftSigning } from "@/lib/dossiers/signing";
import { orNotFound } from "@/lib/errors/pages";
import { minutesToRetry } from "@/lib/security/limits";
import { answerSections } from "@/lib/forms/display";
import { isLocale, localePath, pick } from "@/lib/i18n/locales";
import { wardAgencyNames } from "@/lib/procedures/queries";
import Link from "next/link";
import { confirmSignatureAction, requestSignatureAction } from "@/app/_actions/filing";
import { filingMessages } from "@/lib/i18n/messages/filing";
import { gatedPage } from "@/components/layout/gated-page";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/components/ui-classes";

export const dynamic = "force-dynamic";

export async function generateMetadata({
  params,
  searchParams,
}: PageProps<"/[locale]/ho-so-nhap/[draftId]/ky-so">): Promise<Metadata> {
  const { locale, draftId } = await params;
  if (!isLocale(locale)) return {};
  const draft = await draftOf(draftId).catch(() => null);
  const title = filingMessages[locale].signing.title;
  return {
    title: pageTitle(locale, draft ? [title, pick(locale, draft.procedure.name)] : [title], {
      error: Boolean((await searchParams).problem),
    }),
  };
}

export default gatedPage<{ locale: string; draftId: string }>(
  { route: "/ho-so-nhap/[draftId]/ky-so" },
  async function SignPage({ locale, actor, params: { draftId }, searchParams }) {
    const { problem, retry } = await searchParams;
    const draft = await draftOrItsDossier(draftId, locale);
    const signing = await orNotFound(
      getDraftSigning(actor, draftId).catch((error: unknown) => {
        // Answers that are not complete cannot be signed: back to the check page, which marks them.
        if (error instanceof ValidationError)
          redirect(`${localePath(locale, `/ho-so-nhap/${draftId}/kiem-tra`)}?problem=invalid`);
        throw error;
      }),
    );
    const wards = await wardAgencyNames(locale);
    const t = filingMessages[locale].signing;
    const message =
      typeof problem === "string" && problem in t.problems
        ? t.problems[problem as keyof typeof t.problems].replace("{minutes}", String(minutesToRetry(retry)))
        : null;
    return (
      <div className="max-w-3xl space-y-5">
        <p className="text-muted">{pick(locale, draft.procedure.name)}</p>
        {message && (
          <div role="alert" aria-labelledby="error-summary-title" className="border-4 border-red-700 p-4">
            <h2 id="error-summary-title" className="text-lg font-bold">
              {t.summary}
            </h2>
            <p className="mt-2">
              <a href={signing.pending ? "#otp" : "#send"} className="font-semibold text-red-800">
                {message}
              </a>
            </p>
          </div>
        )}
        <h1 className="text-3xl font-bold">{t.title}</h1>
        <p>{t.intro}</p>
        <dl className="grid gap-2 sm:grid-cols-[14rem_1fr]">
          <dt className="font-semibold">{t.signer}</dt>
          <dd data-testid="signer">
            {signing.signer.name} ({signing.signer.kind === "PERSON" ? t.person : t.organisation},{" "}
            {signing.signer.kind === "PERSON" ? "CCCD" : "MST"} {signing.signer.id})
          </dd>
          <dt className="font-semibold">{t.hash}</dt>
          <dd className="break-all font-mono text-sm" data-testid="signed-hash">
            {signing.digest}
          </dd>
        </dl>
        <details className="rounded border border-slate-300 p-3">
          <summary className="cursor-pointer font-semibold">{t.content}</summary>
          {answerSections(draft.definition, draft.values, locale, wards).map((section) => (
            <section key={section.title} className="mt-3">
              <h2 className="font-bold">{section.title}</h2>
              <ul className="list-disc pl-6">
                {section.rows.map(([label, value], i) => (
                  <li key={i}>
                    {label}: {value}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </details>
        {signing.pending ? (
          <>
            {signing.pending.demoOtp && (
              <p className="border-2 border-dashed border-amber-700 bg-amber-50 p-3">
                {t.demo} <strong data-testid="demo-otp">{signing.pending.demoOtp}</strong>.
              </p>
            )}
            <form action={confirmSignatureAction.bind(null, draftId, locale)} className="space-y-3" noValidate>
              <input type="hidden" name="idempotencyKey" value={draft.idempotencyKey} />
              <OneTimeCodeField label={t.otp} hint={t.otpHint} error={problem === "otp" ? t.problems.otp : null} />
              <button type="submit" className={PRIMARY_BUTTON}>
                {t.confirm}
              </button>
            </form>
            <form action={requestSignatureAction.bind(null, draftId, locale)}>
              <button type="submit" className={SECONDARY_BUTTON}>
                {t.resend}
              </button>
            </form>
          </>
        ) : (
          <form action={requestSignatureAction.bind(null, draftId, locale)}>
            <button id="send" type="submit" className={PRIMARY_BUTTON}>
              {t.send}
            </button>
          </form>
        )}
        <p>
          <Link href={localePath(locale, `/ho-so-nhap/${draftId}/kiem-tra`)}>{t.back}</Link>
        </p>
      </div>
    );
  },
);
