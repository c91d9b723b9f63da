import { titled } from "@/lib/i18n/titles";
import { TimelineList } from "@/components/dossier/timeline-list";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { DossierClock } from "@/components/dossier/dossier-clock";
import { ErrorSummary } from "@/components/form/error-summary";
import { ForgetNotice } from "@/components/form/forget-notice";
import { readFlash } from "@/lib/web/flash";
import { TextField } from "@/components/form/text-field";
import { getDossierByPass, LOOKUP_PASS_COOKIE } from "@/lib/dossiers/public-lookup";
import { STATUS_LABELS } from "@/lib/dossiers/status";
import { formatDateTime } from "@/lib/i18n/format";
import { isLocale, pick } from "@/lib/i18n/locales";
import { forgetLookupAction, lookupAction } from "./actions";
import { lookupMessages } from "@/lib/i18n/messages/lookup";
import { PRIMARY_BUTTON } from "@/components/ui-classes";

export const dynamic = "force-dynamic";
export const generateMetadata = titled({ vi: "Tra cứu hồ sơ", en: "Look up a dossier" });

const NOTICE_PARAMS = ["ket-qua"];

/** Public: a dossier's status by its code and a second factor the applicant knows. */
export default async function LookupPage({ params, searchParams }: PageProps<"/[locale]/tra-cuu-ho-so">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = lookupMessages[locale].dossier;
  const flash = await readFlash((await searchParams).f);
  const dossier = await getDossierByPass((await cookies()).get(LOOKUP_PASS_COOKIE)?.value);
  return (
    <div className="max-w-3xl space-y-5">
      <ForgetNotice params={NOTICE_PARAMS} />
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p>{t.intro}</p>
      <ErrorSummary state={flash} locale={locale} title={t.summary} />
      <form action={lookupAction.bind(null, locale)} className="space-y-4" noValidate>
        <TextField
          id="code"
          name="code"
          label={t.code}
          hint={t.codeHint}
          locale={locale}
          error={flash.fieldErrors?.code}
          defaultValue={flash.values?.code}
          maxLength={60}
          autoComplete="off"
          width="max-w-md"
          mono
        />
        {/* The four digits are never sent back to the page. */}
        <TextField
          id="factor"
          name="factor"
          label={t.factor}
          locale={locale}
          error={flash.fieldErrors?.factor}
          maxLength={4}
          inputMode="numeric"
          autoComplete="off"
          width="max-w-32"
        />
        <button type="submit" className={PRIMARY_BUTTON}>
          {t.find}
        </button>
      </form>
      {dossier && (
        <section aria-labelledby="ket-qua" className="space-y-3 rounded border border-slate-300 p-4">
          <h2 id="ket-qua" className="text-2xl font-bold">
            {t.result.replace("{code}", dossier.code)}
          </h2>
          <p className="text-gray-700">{t.privacy}</p>
          <dl className="grid gap-2 sm:grid-cols-[12rem_1fr]">
            <dt className="font-semibold">{t.status}</dt>
            <dd data-testid="lookup-status">{pick(locale, STATUS_LABELS[dossier.status])}</dd>
            <dt className="font-semibold">{t.procedure}</dt>
            <dd>{pick(locale, dossier.procedure)}</dd>
            <dt className="font-semibold">{t.agency}</dt>
            <dd>{pick(locale, dossier.agency)}</dd>
            <dt className="font-semibold">{t.submitted}</dt>
            <dd>{formatDateTime(dossier.submittedAt, locale)}</dd>
            {dossier.receivedAt && (
              <>
                <dt className="font-semibold">{t.received}</dt>
                <dd>{formatDateTime(dossier.receivedAt, locale)}</dd>
              </>
            )}
            {dossier.appointmentAt && (
              <>
                <dt className="font-semibold">{t.due}</dt>
                <dd>{formatDateTime(dossier.appointmentAt, locale)}</dd>
              </>
            )}
          </dl>
          {dossier.clock && <DossierClock locale={locale} clock={dossier.clock} id="lookup-clock" />}
          <h3 className="text-xl font-bold">{t.history}</h3>
          <TimelineList
            locale={locale}
            testId="lookup-history"
            lines={dossier.timeline.map((e) => ({ ...e, who: e.staffName ?? (e.bySystem ? t.system : t.applicant) }))}
          />
          <form action={forgetLookupAction.bind(null, locale)}>
            <button type="submit" className="min-h-11 rounded border-2 border-gray-700 px-4 font-semibold">
              {t.forget}
            </button>
          </form>
        </section>
      )}
    </div>
  );
}
