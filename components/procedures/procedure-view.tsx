import Link from "next/link";
import { InPersonPart } from "@/components/procedures/in-person-part";
import { ServiceLevelTag } from "@/components/procedures/service-level-tag";
import { formatDate, formatTimeLimit } from "@/lib/i18n/format";
import { localePath, pick, type Locale } from "@/lib/i18n/locales";
import { format, getMessages } from "@/lib/i18n/messages";
import type { ProcedureDetailDto } from "@/lib/procedures/dto";
import { DocumentsTable, FeesTable } from "./procedure-tables";
import { PRIMARY_LINK_BUTTON } from "@/components/ui-classes";

/**
 * A procedure's page: its summary, filing, documents, fees, steps and legal basis. As a
 * `preview` (the builder's, of a draft's rules) it leaves out the links out of the page and
 * its title is a section's, under the builder's own.
 */
export function ProcedureView({
  locale,
  procedure: p,
  preview = false,
}: {
  locale: Locale;
  procedure: ProcedureDetailDto;
  preview?: boolean;
}) {
  const t = getMessages(locale);
  const d = t.procedure;
  const rows: Array<[string, React.ReactNode]> = [
    [
      d.code,
      <span key="code" className="font-mono">
        {p.code}
      </span>,
    ],
    [d.field, pick(locale, p.field)],
    [d.level, t.enums.level[p.level]],
    [d.competentAuthority, pick(locale, p.competentAuthority)],
    [d.managingAgency, pick(locale, p.agency)],
    [d.serviceLevel, <ServiceLevelTag key="sl" level={p.serviceLevel} locale={locale} />],
    [d.timeLimit, <TimeLimit key="tl" locale={locale} procedure={p} />],
    [d.effectiveFrom, `${formatDate(p.effectiveFrom)} (${format(d.version, { version: p.version })})`],
  ];
  return (
    <article className="space-y-8">
      {preview ? (
        <h2 className="text-3xl font-bold">{pick(locale, p.name)}</h2>
      ) : (
        <>
          <p>
            <Link href={localePath(locale, "/thu-tuc")}>← {d.backToCatalogue}</Link>
          </p>
          <h1 className="text-3xl font-bold">{pick(locale, p.name)}</h1>
        </>
      )}
      <FilingPanel locale={locale} procedure={p} preview={preview} />
      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading" className="mb-2 text-2xl font-bold">
          {d.summary}
        </h2>
        <dl className="divide-y divide-gray-300 border-y border-gray-300">
          {rows.map(([label, value]) => (
            <div key={label} className="grid gap-1 py-3 sm:grid-cols-[14rem_1fr]">
              <dt className="font-semibold">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <Section id="documents" title={d.documents}>
        <DocumentsTable locale={locale} documents={p.documents} />
      </Section>
      <Section id="fees" title={d.fees}>
        <FeesTable locale={locale} fees={p.fees} />
      </Section>
      <Section id="eligible" title={d.eligible}>
        <p>{pick(locale, p.eligibleApplicants)}</p>
      </Section>
      <Section id="result" title={d.result}>
        <p>{pick(locale, p.resultDocument)}</p>
        {p.resultValidity && (
          <p className="mt-1">
            {d.validity}: {pick(locale, p.resultValidity)}
          </p>
        )}
      </Section>
      <Section id="steps" title={d.steps}>
        <ol className="list-decimal space-y-1 pl-6">
          {p.steps.map((s) => (
            <li key={s.key}>
              {pick(locale, s.name)} ({stepHours(locale, s.allottedHours)})
            </li>
          ))}
        </ol>
      </Section>
      <Section id="legal" title={d.legalBasis}>
        <ul className="list-disc space-y-1 pl-6">
          {p.legalBasis.map((l) => (
            <li key={l} lang="vi">
              {l}
            </li>
          ))}
        </ul>
      </Section>
    </article>
  );
}

/** "1 working hour", "4 working hours". */
function stepHours(locale: Locale, hours: number): string {
  const d = getMessages(locale).procedure;
  return hours === 1 ? d.stepOneHour : format(d.stepHours, { hours });
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="mb-2 text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function TimeLimit({ locale, procedure }: { locale: Locale; procedure: ProcedureDetailDto }) {
  return (
    <>
      <strong>{formatTimeLimit(procedure.timeLimit, locale)}</strong>
      {procedure.timeLimit.note && <span className="block text-sm">{pick(locale, procedure.timeLimit.note)}</span>}
    </>
  );
}

/**
 * Filing online, with what a partly online procedure still asks in person; a procedure whose
 * e-form is not written yet (one a department has just added) says where to file instead.
 */
function FilingPanel({
  locale,
  procedure: p,
  preview,
}: {
  locale: Locale;
  procedure: ProcedureDetailDto;
  preview: boolean;
}) {
  const d = getMessages(locale).procedure;
  return (
    <div className="rounded border-l-4 border-brand-700 bg-brand-50 p-4">
      {p.onlineFilingOpen && preview ? (
        <span className={`${PRIMARY_LINK_BUTTON} inline-flex items-center`}>{d.fileOnline}</span>
      ) : p.onlineFilingOpen ? (
        <Link href={localePath(locale, `/thu-tuc/${p.slug}/nop-ho-so`)} className={PRIMARY_LINK_BUTTON}>
          {d.fileOnline}
        </Link>
      ) : (
        <p>{d.filingAtCounter}</p>
      )}
      {p.onlineFilingOpen && p.inPerson && <InPersonPart locale={locale} text={p.inPerson} />}
    </div>
  );
}
