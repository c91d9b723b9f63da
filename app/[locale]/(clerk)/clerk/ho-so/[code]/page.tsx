import { format } from "@/lib/i18n/template";
import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/titles";
import { DossierDocuments } from "./_components/dossier-documents";
import { TimelineList } from "@/components/dossier/timeline-list";
import Link from "next/link";
import { ErrorSummary } from "@/components/form/error-summary";
import { stateFor } from "@/lib/errors/action-state";
import { readFlash } from "@/lib/web/flash";
import { TextAreaField } from "@/components/form/text-area-field";
import { STATUS_LABELS } from "@/lib/dossiers/status";
import { orNotFound } from "@/lib/errors/pages";
import { dossierAnswerSections } from "@/lib/forms/display";
import type { FormValues } from "@/lib/forms/compile";
import type { PersonActor } from "@/lib/identity/actor";
import { hasPermission } from "@/lib/identity/permissions";
import { formatDateTime, formatTimeLimit } from "@/lib/i18n/format";
import { isLocale, localePath, pick } from "@/lib/i18n/locales";
import { getDossierForStaff } from "@/lib/processing/reception";
import { DossierClock } from "@/components/dossier/dossier-clock";
import { SlipList } from "@/components/dossier/slip-list";
import { ForgetNotice } from "@/components/form/forget-notice";
import { wardAgencyNames } from "@/lib/procedures/queries";
import { listRequestableItems } from "@/lib/processing/supplements";
import { SupplementForm } from "./_components/supplement-form";
import { WorkflowPanel } from "./_components/workflow-panel";
import { ConsultationPanel } from "./_components/consultation-panel";
import { receiveAction, refuseAction } from "./actions";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { gatedPage } from "@/components/layout/gated-page";
import { DANGER_BUTTON, PRIMARY_BUTTON } from "@/components/ui-classes";

export const dynamic = "force-dynamic";
/** "Hồ sơ 01.98.H29-261208-0001": the code from the address, when it has a code's shape. */
export async function generateMetadata({ params }: PageProps<"/[locale]/clerk/ho-so/[code]">): Promise<Metadata> {
  const { locale, code } = await params;
  const decoded = decodeURIComponent(code);
  const shown = /^[0-9A-Za-z.]{1,35}-\d{6}-\d{4}$/.test(decoded) ? ` ${decoded}` : "";
  return { title: pageTitle(isLocale(locale) ? locale : "vi", [{ vi: `Hồ sơ${shown}`, en: `Dossier${shown}` }]) };
}

const NOTICE_PARAMS = ["done"];

/** The staff pages a dossier is opened from, which its back link returns to. */
const BACK_PATHS = {
  "tiep-nhan": "/clerk/tiep-nhan",
  "cong-viec": "/clerk/cong-viec",
  "lay-y-kien": "/clerk/lay-y-kien",
  "thong-ke": "/clerk/thong-ke",
  "khu-vuc": "/clerk",
} as const;

/** Whether the person may open that page (the pages' own gates). */
function mayOpen(page: keyof typeof BACK_PATHS, roles: PersonActor["roles"]): boolean {
  if (page === "tiep-nhan") return hasPermission(roles, "dossier.receive");
  if (page === "thong-ke") return hasPermission(roles, "stats.read");
  return true;
}

/** The public page where anyone checks a result by its number. */
const verifyPath = (resultCode: string) => `/tra-cuu-ket-qua/${encodeURIComponent(resultCode)}`;

export default gatedPage<{ locale: string; code: string }>(
  { route: "/clerk/ho-so/[code]", permission: "staff.area" },
  async function StaffDossierPage({ locale, actor, params: { code }, searchParams }) {
    const dossier = await orNotFound(getDossierForStaff(actor, decodeURIComponent(code)));
    const query = await searchParams;
    const flash = await readFlash(query.f);
    const t = staffMessages[locale].dossierPage;
    const wards = await wardAgencyNames(locale);
    const sections = dossierAnswerSections(dossier.definition, dossier.values as FormValues, locale, wards);
    const reception = stateFor(flash, "reception");
    const reasonsError = reception.fieldErrors?.reasons;
    const requestable = dossier.canRequestSupplement ? await listRequestableItems(actor, dossier.code) : null;
    // Back to where the person came from (the page that linked here says so), among the pages
    // they may open; else to the queue the dossier is in for them.
    const cameFrom =
      typeof query.tu === "string" && query.tu in BACK_PATHS ? (query.tu as keyof typeof BACK_PATHS) : null;
    const back =
      cameFrom && mayOpen(cameFrom, actor.roles)
        ? cameFrom
        : dossier.canReceive
          ? "tiep-nhan"
          : mayOpen("cong-viec", actor.roles)
            ? "cong-viec"
            : "khu-vuc";
    const done =
      typeof query.done === "string" && query.done in t.done ? t.done[query.done as keyof typeof t.done] : null;
    return (
      <div className="max-w-4xl space-y-6">
        <p>
          <Link href={localePath(locale, BACK_PATHS[back])} data-testid="staff-back">
            {t.back[back]}
          </Link>
        </p>
        <h1 className="text-3xl font-bold">
          <span className="font-mono" data-testid="staff-dossier-code">
            {dossier.code}
          </span>{" "}
          – {pick(locale, dossier.procedure.name)}
        </h1>
        <ForgetNotice params={NOTICE_PARAMS} />
        {flash.message && !flash.form && (
          <p role="alert" className="border-4 border-red-700 p-3 font-semibold">
            {pick(locale, flash.message)}
          </p>
        )}
        {done && (
          <p role="status" className="border-l-4 border-green-700 bg-green-50 p-3">
            {done}
          </p>
        )}
        <dl className="grid gap-2 sm:grid-cols-[12rem_1fr]">
          <dt className="font-semibold">{t.status}</dt>
          <dd data-testid="staff-dossier-status">{pick(locale, STATUS_LABELS[dossier.status])}</dd>
          <dt className="font-semibold">{t.applicant}</dt>
          <dd>
            {dossier.applicant.fullName}
            {dossier.applicant.phone ? ` – ${dossier.applicant.phone}` : ""}
            {dossier.applicant.contactEmail ? ` – ${dossier.applicant.contactEmail}` : ""}
          </dd>
          <dt className="font-semibold">{t.submitted}</dt>
          <dd>{formatDateTime(dossier.submittedAt, locale)}</dd>
          <dt className="font-semibold">{t.limit}</dt>
          <dd>{formatTimeLimit(dossier.timeLimit, locale)}</dd>
          {dossier.receivedAt && (
            <>
              <dt className="font-semibold">{t.received}</dt>
              <dd>{formatDateTime(dossier.receivedAt, locale)}</dd>
            </>
          )}
          {dossier.appointmentAt && (
            <>
              <dt className="font-semibold">{t.appointment}</dt>
              <dd data-testid="staff-appointment">{formatDateTime(dossier.appointmentAt, locale)}</dd>
            </>
          )}
        </dl>
        {dossier.clock && <DossierClock locale={locale} clock={dossier.clock} id="staff-clock" forStaff />}
        {dossier.canReceive && (
          <section aria-labelledby="reception-title" className="space-y-4 rounded border border-slate-300 p-4">
            <h2 id="reception-title" className="text-2xl font-bold">
              {t.reception}
            </h2>
            <ErrorSummary
              state={{ fieldErrors: reasonsError ? { reasons: reasonsError } : undefined }}
              locale={locale}
              title={t.summary}
              id="refuse-errors"
              heading="h3"
            />
            <p>{t.receiveNote}</p>
            <form action={receiveAction.bind(null, dossier.code, locale)}>
              <input type="hidden" name="version" value={dossier.version} />
              <button type="submit" className={PRIMARY_BUTTON}>
                {t.receive}
              </button>
            </form>
            <form action={refuseAction.bind(null, dossier.code, locale)} className="space-y-2" noValidate>
              <input type="hidden" name="version" value={dossier.version} />
              <TextAreaField
                id="reasons"
                name="reasons"
                label={t.reasons}
                hint={t.reasonsHint}
                locale={locale}
                error={reasonsError}
                defaultValue={reception.values?.reasons}
              />
              <button type="submit" className={DANGER_BUTTON}>
                {t.refuse}
              </button>
            </form>
          </section>
        )}
        {(dossier.workflow.step ||
          dossier.workflow.canReturn ||
          dossier.workflow.canStop ||
          dossier.workflow.replaceable ||
          dossier.workflow.pendingDecision) && (
          <WorkflowPanel
            locale={locale}
            code={dossier.code}
            version={dossier.version}
            state={dossier.workflow}
            flash={stateFor(flash, "workflow")}
          />
        )}
        {(dossier.consultations.length > 0 || dossier.consultableAgencies.length > 0) && (
          <ConsultationPanel
            locale={locale}
            code={dossier.code}
            rows={dossier.consultations}
            agencies={dossier.consultableAgencies}
            flash={stateFor(flash, "consultation")}
          />
        )}
        <DossierDocuments locale={locale} code={dossier.code} documents={dossier.documents} />
        {dossier.results.length > 0 && (
          <section aria-labelledby="results-title" className="space-y-2">
            <h2 id="results-title" className="text-2xl font-bold">
              {t.results}
            </h2>
            <ul className="list-disc pl-6">
              {dossier.results.map((r) => (
                <li key={r.code}>
                  {r.code} – {r.titleVi} – {formatDateTime(r.issuedAt, locale)}:{" "}
                  <a
                    href={`/api/dossiers/${encodeURIComponent(dossier.code)}/ket-qua/${encodeURIComponent(r.code)}`}
                    target="_blank"
                    rel="noopener"
                  >
                    {format(t.openResult, { code: r.code })}
                  </a>{" "}
                  · <Link href={localePath(locale, verifyPath(r.code))}>{t.verifyResult}</Link>
                  {r.replacedByCode && <strong> – {format(t.replacedBy, { code: r.replacedByCode })}</strong>}
                </li>
              ))}
            </ul>
          </section>
        )}
        {dossier.canRequestSupplement && (
          <SupplementForm
            locale={locale}
            code={dossier.code}
            version={dossier.version}
            documents={requestable!.documents}
            fields={requestable!.fields}
            previousRequests={dossier.supplementRequests}
            flash={stateFor(flash, "supplement")}
          />
        )}
        {dossier.slips.length > 0 && (
          <section aria-labelledby="slips-title" className="space-y-2">
            <h2 id="slips-title" className="text-2xl font-bold">
              {t.slips}
            </h2>
            <SlipList locale={locale} slips={dossier.slips} />
          </section>
        )}
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
                {staffMessages[locale].dossierPage.controlSlip}
              </a>
            </p>
          )}
        </section>
        <section aria-labelledby="answers-title" className="space-y-3">
          <h2 id="answers-title" className="text-2xl font-bold">
            {t.answers}
          </h2>
          {sections.map((section) => (
            <div key={section.title}>
              <h3 className="font-bold">{section.title}</h3>
              <dl className="grid gap-1 sm:grid-cols-[14rem_1fr]">
                {section.rows.map(([label, value], i) => (
                  <div key={i} className="contents">
                    <dt className="font-semibold">{label}</dt>
                    <dd>{value}</dd>
                  </div>
                ))}
              </dl>
            </div>
          ))}
        </section>
      </div>
    );
  },
);
