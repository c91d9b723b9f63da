import { TimelineList } from "@/components/dossier/timeline-list";
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { getActor } from "@/lib/identity/session";
import { pageTitle } from "@/lib/i18n/titles";
import { getDossierForApplicant, listDataAccessForApplicant } from "@/lib/dossiers/queries";
import { DOSSIER_STATUS, STATUS_LABELS } from "@/lib/dossiers/status";
import { getFeeForApplicant } from "@/lib/payments/queries";
import { FeePanel } from "../_components/fee-panel";
import { SupplementAnswer } from "../_components/supplement-answer";
import { WithdrawForm } from "../_components/withdraw-form";
import { RatingPanel } from "../_components/rating-panel";
import { getRatingForApplicant } from "@/lib/feedback/ratings";
import { readFlash } from "@/lib/web/flash";
import { getOpenSupplementForApplicant } from "@/lib/processing/supplements";
import { listResultsForApplicant } from "@/lib/processing/results";
import { SignaturePanel } from "../_components/signature-panel";
import { verifyDossierSignature } from "@/lib/dossiers/signing";
import { SigningUnavailableError } from "@/lib/signing/client";
import { orNotFound } from "@/lib/errors/pages";
import { formatDateTime, formatFileSize, formatTimeLimit } from "@/lib/i18n/format";
import { DossierClock } from "@/components/dossier/dossier-clock";
import { InPersonPart } from "@/components/procedures/in-person-part";
import { SlipList } from "@/components/dossier/slip-list";
import { ForgetNotice } from "@/components/form/forget-notice";
import { STEP_NAMES } from "@/lib/dossiers/steps";
import { isLocale, localePath, pick } from "@/lib/i18n/locales";
import { dossierMessages } from "@/lib/i18n/messages/dossier";
import { gatedPage } from "@/components/layout/gated-page";

export const dynamic = "force-dynamic";

const dossierOf = cache(async (code: string) => getDossierForApplicant(await getActor(), code));

/** Just filed: the page confirms it; later it is the dossier's own page. */
const justFiled = (dossier: { status: number; receivedAt: Date | null }) =>
  dossier.status === DOSSIER_STATUS.SUBMITTED ||
  (dossier.status === DOSSIER_STATUS.PAYMENT_REQUESTED && !dossier.receivedAt);

export async function generateMetadata({ params }: PageProps<"/[locale]/ho-so/[code]/xac-nhan">): Promise<Metadata> {
  const { locale, code } = await params;
  if (!isLocale(locale)) return {};
  const dossier = await dossierOf(decodeURIComponent(code)).catch(() => null);
  if (!dossier) return {};
  const t = dossierMessages[locale].receipt;
  return {
    title: pageTitle(locale, [
      justFiled(dossier) ? t.title : `${t.dossierTitle} ${dossier.code}`,
      pick(locale, dossier.procedure.name),
    ]),
  };
}

const NOTICE_PARAMS = ["payment", "supplement", "done"];

export default gatedPage<{ locale: string; code: string }>(
  { route: "/ho-so/[code]/xac-nhan" },
  async function ConfirmationPage({ locale, actor, params: { code }, searchParams }) {
    const { payment } = await searchParams;
    const decoded = decodeURIComponent(code);
    const dossier = await orNotFound(dossierOf(decoded));
    const [fee, accesses, supplement, results, rating] = await Promise.all([
      getFeeForApplicant(actor, dossier.code),
      listDataAccessForApplicant(actor, dossier.code),
      getOpenSupplementForApplicant(actor, dossier.code),
      listResultsForApplicant(actor, dossier.code),
      getRatingForApplicant(actor, dossier.code),
    ]);
    const flash = await readFlash((await searchParams).f);
    const signature = await verifyDossierSignature(actor, dossier.code).catch((error: unknown) => {
      if (error instanceof SigningUnavailableError) return "unavailable" as const;
      throw error;
    });
    const t = dossierMessages[locale].receipt;
    const fill = (s: string, v: Record<string, string | number>) =>
      s.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k]));
    return (
      <div className="max-w-3xl space-y-5">
        <div className="rounded bg-green-800 p-6 text-white">
          {/* Right after filing the page confirms it; later it is the dossier's own page. */}
          <h1 className="text-3xl font-bold">{justFiled(dossier) ? t.title : t.dossierTitle}</h1>
          <p className="mt-2 text-lg">{t.code}</p>
          <p className="font-mono text-2xl font-bold" data-testid="dossier-code">
            {dossier.code}
          </p>
        </div>
        <p>
          {pick(locale, dossier.procedure.name)} – {t.status}:{" "}
          <span data-testid="dossier-status">{pick(locale, STATUS_LABELS[dossier.status])}</span>
        </p>
        {dossier.delivery && (
          <p data-testid="dossier-delivery">
            {fill(t.delivery, { address: dossier.delivery.address })}
            {dossier.delivery.trackingNumber && <> {fill(t.tracking, { number: dossier.delivery.trackingNumber })}</>}
          </p>
        )}
        {dossier.holder && (
          <p data-testid="dossier-holder">
            {fill(t.holder, {
              name: dossier.holder.name,
              step: pick(locale, STEP_NAMES[dossier.holder.step]).toLowerCase(),
            })}
          </p>
        )}
        <ForgetNotice params={NOTICE_PARAMS} />
        {flash.message && (
          <p
            role="alert"
            data-testid="dossier-conflict"
            className="border-l-4 border-red-700 bg-red-50 p-3 font-semibold"
          >
            {pick(locale, flash.message)}
          </p>
        )}
        {(await searchParams).supplement === "sent" && (
          <p role="status" className="border-l-4 border-green-700 bg-green-50 p-3">
            {t.supplementSent}
          </p>
        )}
        {supplement && (
          <SupplementAnswer
            locale={locale}
            code={dossier.code}
            open={supplement}
            flash={flash.fieldErrors?.confirmed ? {} : flash}
          />
        )}
        {fee.totalVnd > 0 && (
          <FeePanel
            locale={locale}
            code={dossier.code}
            fee={fee}
            awaitingPayment={dossier.status === DOSSIER_STATUS.PAYMENT_REQUESTED}
            received={dossier.receivedAt !== null}
            outcome={typeof payment === "string" ? payment : undefined}
          />
        )}
        {signature && <SignaturePanel locale={locale} verification={signature} />}
        {dossier.appointmentAt && dossier.receivedAt ? (
          <>
            <p className="text-lg" data-testid="appointment">
              {fill(t.received, {
                at: formatDateTime(dossier.receivedAt, locale),
                due: formatDateTime(dossier.appointmentAt, locale),
              })}
            </p>
            {dossier.clock && <DossierClock locale={locale} clock={dossier.clock} id="dossier-clock" />}
          </>
        ) : (
          <>
            <h2 className="text-2xl font-bold">{t.next}</h2>
            <p>
              {fill(t.nextBody, {
                agency: pick(locale, dossier.agency),
                limit: formatTimeLimit(dossier.timeLimit, locale),
              })}
            </p>
          </>
        )}
        {dossier.inPerson && (
          <div className="rounded border-l-4 border-brand-700 bg-brand-50 p-4">
            <InPersonPart locale={locale} text={dossier.inPerson} />
          </div>
        )}
        {results.length > 0 && (
          <section aria-labelledby="results-title" className="space-y-2 rounded border-2 border-green-700 p-4">
            <h2 id="results-title" className="text-2xl font-bold">
              {t.results}
            </h2>
            <ul className="list-disc pl-6">
              {results.map((r) => (
                <li key={r.code}>
                  <a href={`/api/documents/${r.documentId}`} download>
                    {r.titleVi} – {r.code}
                  </a>{" "}
                  (
                  <Link href={localePath(locale, `/tra-cuu-ket-qua/${encodeURIComponent(r.code)}`)}>
                    {t.verify}
                    <span className="sr-only"> {r.code}</span>
                  </Link>
                  ){r.revokedAt && <strong> – {t.revoked}</strong>}
                </li>
              ))}
            </ul>
          </section>
        )}
        {dossier.slips.length > 0 && (
          <section aria-labelledby="slips-title">
            <h2 id="slips-title" className="text-2xl font-bold">
              {t.slips}
            </h2>
            <SlipList locale={locale} slips={dossier.slips} />
          </section>
        )}
        <p>{fill(t.reuse, dossier.reuse)}</p>
        <p>
          <a href={`/api/dossiers/${encodeURIComponent(dossier.code)}/ban-sao`} download>
            {t.copy}
          </a>
        </p>
        {dossier.documents.length > 0 && (
          <section aria-labelledby="documents-title" className="space-y-2">
            <h2 id="documents-title" className="text-2xl font-bold">
              {t.documents}
            </h2>
            <ul className="list-disc pl-6" data-testid="dossier-documents">
              {dossier.documents.map((d, i) => (
                <li key={i}>
                  {d.stands ? `${pick(locale, d.stands)}: ` : ""}
                  {d.downloadId ? (
                    <a href={`/api/documents/${d.downloadId}`} download>
                      {d.name}
                    </a>
                  ) : (
                    d.name
                  )}{" "}
                  ({formatFileSize(d.sizeBytes, locale)})
                </li>
              ))}
            </ul>
          </section>
        )}
        <section aria-labelledby="messages-title" className="space-y-2">
          <h2 id="messages-title" className="text-2xl font-bold">
            {t.messages}
          </h2>
          {dossier.messages.length === 0 ? (
            <p>{t.noMessages}</p>
          ) : (
            <ul className="divide-y divide-gray-300 border-y border-gray-300" data-testid="dossier-messages">
              {dossier.messages.map((m, i) => (
                <li key={i} className="py-2">
                  <p className="font-semibold">{pick(locale, m.title)}</p>
                  <p>{pick(locale, m.body)}</p>
                  <p className="text-sm text-muted">{formatDateTime(m.at, locale)}</p>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="history-title" className="space-y-2">
          <h2 id="history-title" className="text-2xl font-bold">
            {t.history}
          </h2>
          <TimelineList
            locale={locale}
            testId="dossier-history"
            lines={dossier.events.map((e) => ({ ...e, who: e.actorName }))}
          />
          {dossier.receivedAt && (
            <p>
              <a href={`/api/dossiers/${encodeURIComponent(dossier.code)}/phieu-kiem-soat`} download>
                {t.controlSlip}
              </a>
            </p>
          )}
        </section>
        <section aria-labelledby="access-title" className="space-y-2">
          <h2 id="access-title" className="text-2xl font-bold">
            {t.access}
          </h2>
          {accesses.length === 0 ? (
            <p>{t.noAccess}</p>
          ) : (
            <ul className="list-disc pl-6" data-testid="data-access">
              {accesses.map((a, i) => (
                <li key={i}>
                  {a.name} –{" "}
                  {fill(a.times === 1 ? t.accessOnce : t.accessTimes, {
                    n: a.times,
                    first: formatDateTime(a.first, locale),
                    last: formatDateTime(a.last, locale),
                  })}
                </li>
              ))}
            </ul>
          )}
        </section>
        <RatingPanel locale={locale} code={dossier.code} rating={rating} flash={flash} />
        {dossier.canWithdraw && (
          <WithdrawForm locale={locale} code={dossier.code} version={dossier.version} flash={flash} />
        )}
        <p>
          <Link href={localePath(locale, "/tai-khoan")}>{t.account}</Link>
        </p>
      </div>
    );
  },
);
