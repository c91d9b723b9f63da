import { titled } from "@/lib/i18n/titles";
import { orNotFound } from "@/lib/errors/pages";
import Link from "next/link";
import { localePath, pick } from "@/lib/i18n/locales";
import { format } from "@/lib/i18n/template";
import { getFormForAdmin } from "@/lib/procedures/form-admin";
import { adminMessages } from "@/lib/i18n/messages/admin";
import { enumsMessages } from "@/lib/i18n/messages/enums";
import {
  CHANNELS,
  COMPETENT_KIND_NAMES,
  COMPETENT_KINDS,
  DOCUMENT_FORMS,
  limitInWorkingHours,
  MAX_DOCUMENTS,
  MAX_FEE_LINES,
  type VersionRules,
} from "@/lib/procedures/version-rules";
import { readFlash } from "@/lib/web/flash";
import type { ActionState } from "@/lib/errors/action-state";
import { gatedPage } from "@/components/layout/gated-page";
import { ErrorSummary } from "@/components/form/error-summary";
import { ForgetNotice } from "@/components/form/forget-notice";
import { FocusFromAddress } from "@/components/form/focus-from-address";
import { PRIMARY_BUTTON } from "@/components/ui-classes";
import { BuilderHeader } from "../_components/builder-tabs";
import { conditionOptions, SMALL_BUTTON } from "../_components/builder-parts";
import { saveRulesAction } from "../actions";
import { RuleCheck, RuleSelect, RuleText, type Common } from "./_components/rules-fields";

export const dynamic = "force-dynamic";
export const generateMetadata = titled({ vi: "Quy định của phiên bản", en: "Version rules" });

const FIELDSET = "space-y-4 rounded border border-slate-300 p-4";
const LEGEND = "px-1 text-xl font-bold";
const ROW = "space-y-3 rounded border border-slate-300 p-3";

type Form = Awaited<ReturnType<typeof getFormForAdmin>>;
type Messages = (typeof adminMessages)["vi"]["rules"];

/**
 * Everything of the next version but its e-form, in one form that posts to the draft: a
 * save at the top (what Enter presses) and at the bottom, and beside each row of fees and
 * documents the buttons that move or remove it, which save the rest of the form with them.
 */
export default gatedPage<{ locale: string; slug: string }>(
  { route: "/admin/thu-tuc/[slug]/bieu-mau/quy-dinh", permission: "procedure.manage" },
  async function VersionRulesPage({ locale, actor, params: { slug }, searchParams }) {
    const form = await orNotFound(getFormForAdmin(actor, slug));
    const query = await searchParams;
    const flash = await readFlash(query.f);
    const t = adminMessages[locale].rules;
    const common: Common = { locale, flash };
    const rules = form.rules;
    const save = (
      <button type="submit" name="intent" value="save" className={PRIMARY_BUTTON}>
        {t.save}
      </button>
    );
    return (
      <div className="space-y-5">
        <ForgetNotice params={["saved"]} />
        <FocusFromAddress key={`${String(query.f ?? "")}/${String(query.saved ?? "")}`} />
        <BuilderHeader locale={locale} slug={slug} mode="rules" form={form} heading={t.title} />
        {query.saved && (
          <p id="rules-status" role="status" tabIndex={-1} className="border-l-4 border-green-700 bg-green-50 p-3">
            {query.saved === "moved"
              ? t.moved
              : query.saved === "removed"
                ? t.removed
                : query.saved === "none"
                  ? t.unchanged
                  : t.saved}
          </p>
        )}
        <ErrorSummary state={named(flash, rules)} locale={locale} title={t.errorTitle} />
        <p>{t.intro}</p>
        {form.problems.length > 0 && (
          <section aria-labelledby="rules-problems" className="border-l-4 border-amber-700 bg-amber-50 p-3">
            <h2 id="rules-problems" className="font-bold">
              {t.problems}
            </h2>
            <p>{t.problemsIntro}</p>
            <ul className="mt-2 list-disc pl-6">
              {form.problems.slice(0, 20).map((p) => (
                <li key={`${p.path}/${p.message.vi}`}>{pick(locale, p.message)}</li>
              ))}
            </ul>
            <p className="mt-2">
              <Link href={localePath(locale, `/admin/thu-tuc/${slug}/bieu-mau`)}>
                {adminMessages[locale].builder.tabBuilder}
              </Link>
            </p>
          </section>
        )}
        <p>
          <Link href={localePath(locale, `/admin/thu-tuc/${slug}/bieu-mau/xem-truoc/trang-thu-tuc`)}>
            {adminMessages[locale].preview.procedurePage}
          </Link>
        </p>
        <form action={saveRulesAction.bind(null, slug, locale)} className="space-y-6" noValidate>
          <input type="hidden" name="revision" value={form.revision} />
          {save}
          <ServiceSection common={common} rules={rules} t={t} />
          <TimeLimitSection common={common} rules={rules} t={t} />
          <AuthoritySection common={common} rules={rules} t={t} />
          <FeesSection common={common} form={form} t={t} />
          <DocumentsSection common={common} rules={rules} t={t} />
          <StepsSection common={common} rules={rules} t={t} />
          {save}
        </form>
      </div>
    );
  },
);

type Section = { common: Common; rules: VersionRules; t: Messages };

/** The label of a posted field, as the form shows it ("Dòng phí 2 – Mức thu (đồng)"), in one language. */
function labelOf(name: string, rules: VersionRules, t: Messages): string {
  const top: Record<string, string> = {
    serviceLevel: t.serviceLevel,
    requiredAccountLevel: t.accountLevel,
    inPersonVi: t.inPersonVi,
    inPersonEn: t.inPersonEn,
    timeLimitUnit: t.timeLimitUnit,
    timeLimitValue: t.timeLimitValue,
    sameDayCutoff: t.cutoff,
    timeLimitNoteVi: t.noteVi,
    timeLimitNoteEn: t.noteEn,
    competentKind: t.competentKind,
    competentAuthorityVi: t.competentVi,
    competentAuthorityEn: t.competentEn,
    eligibleApplicantsVi: t.applicantsVi,
    eligibleApplicantsEn: t.applicantsEn,
    resultDocumentVi: t.resultVi,
    resultDocumentEn: t.resultEn,
    resultValidityVi: t.validityVi,
    resultValidityEn: t.validityEn,
    legalBasis: t.legalBasis,
  };
  if (top[name]) return top[name];
  const [list, row = "0", field = ""] = name.split(".");
  const n = Number(row);
  const fields: Record<string, Record<string, string>> = {
    fees: {
      channel: t.channel,
      labelVi: t.feeLabelVi,
      labelEn: t.feeLabelEn,
      amountVnd: t.amount,
      exemptionVi: t.exemptionVi,
      exemptionEn: t.exemptionEn,
      when: t.when,
      perUnitOf: t.perUnit,
      beyond: t.beyond,
    },
    documents: {
      nameVi: t.docNameVi,
      nameEn: t.docNameEn,
      form: t.form,
      copies: t.copies,
      requirement: t.requirement,
      requiredWhenVi: t.whenVi,
      requiredWhenEn: t.whenEn,
      noteVi: t.docNoteVi,
      noteEn: t.docNoteEn,
    },
    steps: { nameVi: t.stepNameVi, nameEn: t.stepNameEn, allottedHours: t.hours },
  };
  const where =
    list === "fees"
      ? n < rules.fees.length
        ? format(t.feeLine, { n: n + 1 })
        : t.newFee
      : list === "documents"
        ? n < rules.documents.length
          ? format(t.document, { n: n + 1 })
          : t.newDocument
        : format(t.step, { n: n + 1 });
  return `${where} – ${fields[list ?? ""]?.[field] ?? field}`;
}

/** The flash with each message led by its field's label, so the summary can be read on its own. */
function named(flash: ActionState, rules: VersionRules): ActionState {
  if (!flash.fieldErrors) return flash;
  const vi = adminMessages.vi.rules;
  const en = adminMessages.en.rules;
  return {
    ...flash,
    fieldErrors: Object.fromEntries(
      Object.entries(flash.fieldErrors).map(([name, message]) => [
        name,
        { vi: `${labelOf(name, rules, vi)}: ${message.vi}`, en: `${labelOf(name, rules, en)}: ${message.en}` },
      ]),
    ),
  };
}

function ServiceSection({ common, rules, t }: Section) {
  const enums = enumsMessages[common.locale];
  return (
    <fieldset className={FIELDSET}>
      <legend className={LEGEND}>{t.service}</legend>
      <RuleSelect
        common={common}
        name="serviceLevel"
        label={t.serviceLevel}
        value={rules.serviceLevel}
        options={[
          { value: "FULL_ONLINE", label: enums.service.FULL_ONLINE },
          { value: "PARTIAL_ONLINE", label: enums.service.PARTIAL_ONLINE },
        ]}
      />
      <RuleText
        common={common}
        name="inPersonVi"
        label={t.inPersonVi}
        value={rules.inPersonVi}
        hint={t.inPersonHint}
        long
      />
      <RuleText common={common} name="inPersonEn" label={t.inPersonEn} value={rules.inPersonEn} long />
      <RuleSelect
        common={common}
        name="requiredAccountLevel"
        label={t.accountLevel}
        value={String(rules.requiredAccountLevel)}
        options={[
          { value: "2", label: t.accountLevel2 },
          { value: "1", label: t.accountLevel1 },
        ]}
      />
    </fieldset>
  );
}

function TimeLimitSection({ common, rules, t }: Section) {
  return (
    <fieldset className={FIELDSET}>
      <legend className={LEGEND}>{t.timeLimit}</legend>
      <RuleSelect
        common={common}
        name="timeLimitUnit"
        label={t.timeLimitUnit}
        value={rules.timeLimitUnit}
        options={[
          { value: "WORKING_DAYS", label: t.unitWorking },
          { value: "CALENDAR_DAYS", label: t.unitCalendar },
          { value: "SAME_DAY", label: t.unitSameDay },
        ]}
      />
      <RuleText
        common={common}
        name="timeLimitValue"
        label={t.timeLimitValue}
        value={rules.timeLimitUnit === "SAME_DAY" ? "" : rules.timeLimitValue}
        numeric
      />
      <RuleText common={common} name="sameDayCutoff" label={t.cutoff} value={rules.sameDayCutoff} hint={t.cutoffHint} />
      <RuleCheck
        common={common}
        name="outOfHoursNextWorkingDay"
        label={t.outOfHours}
        checked={rules.outOfHoursNextWorkingDay}
      />
      <RuleText common={common} name="timeLimitNoteVi" label={t.noteVi} value={rules.timeLimitNoteVi} long />
      <RuleText common={common} name="timeLimitNoteEn" label={t.noteEn} value={rules.timeLimitNoteEn} long />
    </fieldset>
  );
}

function AuthoritySection({ common, rules, t }: Section) {
  return (
    <fieldset className={FIELDSET}>
      <legend className={LEGEND}>{t.authority}</legend>
      <RuleSelect
        common={common}
        name="competentKind"
        label={t.competentKind}
        hint={t.competentKindHint}
        value={rules.competentKind}
        options={COMPETENT_KINDS.map((kind) => ({ value: kind, label: COMPETENT_KIND_NAMES[common.locale][kind] }))}
      />
      <RuleText common={common} name="competentAuthorityVi" label={t.competentVi} value={rules.competentAuthorityVi} />
      <RuleText common={common} name="competentAuthorityEn" label={t.competentEn} value={rules.competentAuthorityEn} />
      <RuleText
        common={common}
        name="eligibleApplicantsVi"
        label={t.applicantsVi}
        value={rules.eligibleApplicantsVi}
        long
      />
      <RuleText
        common={common}
        name="eligibleApplicantsEn"
        label={t.applicantsEn}
        value={rules.eligibleApplicantsEn}
        long
      />
      <RuleText common={common} name="resultDocumentVi" label={t.resultVi} value={rules.resultDocumentVi} />
      <RuleText common={common} name="resultDocumentEn" label={t.resultEn} value={rules.resultDocumentEn} />
      <RuleText common={common} name="resultValidityVi" label={t.validityVi} value={rules.resultValidityVi} />
      <RuleText common={common} name="resultValidityEn" label={t.validityEn} value={rules.resultValidityEn} />
      <RuleText
        common={common}
        name="legalBasis"
        label={t.legalBasis}
        hint={t.legalBasisHint}
        value={rules.legalBasis.join("\n")}
        long
        rows={Math.min(12, rules.legalBasis.length + 2)}
      />
    </fieldset>
  );
}

/** Up, Down and Remove of one row: submit buttons of the rules form, which save the rest with them. */
function RowButtons({
  t,
  list,
  row,
  what,
  first,
  last,
}: {
  t: Messages;
  list: "fees" | "documents";
  row: number;
  what: string;
  first: boolean;
  last: boolean;
}) {
  return (
    <div className="flex flex-wrap gap-2">
      {!first && (
        <button
          type="submit"
          name="intent"
          value={`${list}.${row}.up`}
          className={SMALL_BUTTON}
          aria-label={format(t.upName, { what })}
        >
          {t.up}
        </button>
      )}
      {!last && (
        <button
          type="submit"
          name="intent"
          value={`${list}.${row}.down`}
          className={SMALL_BUTTON}
          aria-label={format(t.downName, { what })}
        >
          {t.down}
        </button>
      )}
      <button
        type="submit"
        name="intent"
        value={`${list}.${row}.remove`}
        className={SMALL_BUTTON}
        aria-label={format(t.removeName, { what })}
      >
        {t.remove}
      </button>
    </div>
  );
}

function FeesSection({ common, form, t }: { common: Common; form: Form; t: Messages }) {
  const { locale } = common;
  const fees = form.rules.fees;
  const enums = enumsMessages[locale];
  const conditions = conditionOptions(form.definition, null, locale, adminMessages[locale]).slice(1);
  const perUnit = [
    { value: "", label: t.once },
    ...form.numberFields.map((f) => ({ value: f.id, label: format(t.perUnitOf, { name: pick(locale, f.label) }) })),
  ];
  const row = (n: number, fee: VersionRules["fees"][number] | null) => {
    const name = (field: string) => `fees.${n}.${field}`;
    const charge = fee ? form.charges[n] : { when: "", perUnitOf: "", beyond: 0 };
    const when = [
      { value: "", label: t.always },
      { value: "never", label: t.never },
      ...(charge?.when === "keep" || (charge?.when && !conditions.some((c) => c.value === charge.when))
        ? [{ value: "keep", label: format(t.keep, { c: pick(locale, form.chargeTexts[n] ?? { vi: "", en: "" }) }) }]
        : []),
      ...conditions,
    ];
    const counted =
      charge?.perUnitOf && !perUnit.some((p) => p.value === charge.perUnitOf)
        ? [...perUnit, { value: charge.perUnitOf, label: charge.perUnitOf }]
        : perUnit;
    const title = fee ? format(t.feeLine, { n: n + 1 }) : t.newFee;
    const online = !fee || fee.channel === null || fee.channel === "ONLINE";
    return (
      <fieldset key={n} id={`fees-row-${n}`} tabIndex={-1} className={ROW}>
        <legend className="px-1 font-bold">{title}</legend>
        {!fee && <p className="text-sm text-muted">{t.newRowHint}</p>}
        <input type="hidden" name={name("from")} value={fee ? n : ""} />
        <RuleSelect
          common={common}
          name={name("channel")}
          label={t.channel}
          value={fee?.channel ?? ""}
          options={[
            { value: "", label: t.everyChannel },
            ...CHANNELS.map((c) => ({ value: c, label: enums.channel[c] })),
          ]}
        />
        <RuleText common={common} name={name("labelVi")} label={t.feeLabelVi} value={fee?.labelVi ?? ""} />
        <RuleText common={common} name={name("labelEn")} label={t.feeLabelEn} value={fee?.labelEn ?? ""} />
        <RuleText common={common} name={name("amountVnd")} label={t.amount} value={fee?.amountVnd ?? ""} numeric />
        <RuleText
          common={common}
          name={name("exemptionVi")}
          label={t.exemptionVi}
          value={fee?.exemptionVi ?? ""}
          long
        />
        <RuleText
          common={common}
          name={name("exemptionEn")}
          label={t.exemptionEn}
          value={fee?.exemptionEn ?? ""}
          long
        />
        {form.formReady && online && (
          <>
            <RuleSelect common={common} name={name("when")} label={t.when} value={charge?.when ?? ""} options={when} />
            <RuleSelect
              common={common}
              name={name("perUnitOf")}
              label={t.perUnit}
              value={charge?.perUnitOf ?? ""}
              options={counted}
            />
            <RuleText common={common} name={name("beyond")} label={t.beyond} value={charge?.beyond ?? 0} numeric />
          </>
        )}
        {fee && (
          <RowButtons
            t={t}
            list="fees"
            row={n}
            what={`${title} (${fee.labelVi})`}
            first={n === 0}
            last={n === fees.length - 1}
          />
        )}
      </fieldset>
    );
  };
  return (
    <section id="fees" tabIndex={-1} aria-labelledby="fees-title" className={FIELDSET}>
      <h2 id="fees-title" className="text-xl font-bold">
        {t.fees}
      </h2>
      <p>{t.feesIntro}</p>
      <p className="text-sm text-muted">{t.rowButtons}</p>
      {fees.map((fee, n) => row(n, fee))}
      {fees.length < MAX_FEE_LINES && row(fees.length, null)}
    </section>
  );
}

function DocumentsSection({ common, rules, t }: Section) {
  const enums = enumsMessages[common.locale];
  const documents = rules.documents;
  const row = (n: number, document: VersionRules["documents"][number] | null) => {
    const name = (field: string) => `documents.${n}.${field}`;
    const title = document ? format(t.document, { n: n + 1 }) : t.newDocument;
    const requirement = !document || document.required ? "always" : document.requiredWhenVi ? "case" : "optional";
    return (
      <fieldset key={n} id={`documents-row-${n}`} tabIndex={-1} className={ROW}>
        <legend className="px-1 font-bold">{title}</legend>
        {!document && <p className="text-sm text-muted">{t.newRowHint}</p>}
        <input type="hidden" name={name("from")} value={document ? n : ""} />
        {document && <p className="text-sm text-muted">{format(t.documentKey, { key: document.key })}</p>}
        <RuleText common={common} name={name("nameVi")} label={t.docNameVi} value={document?.nameVi ?? ""} long />
        <RuleText common={common} name={name("nameEn")} label={t.docNameEn} value={document?.nameEn ?? ""} long />
        <RuleSelect
          common={common}
          name={name("form")}
          label={t.form}
          value={document?.form ?? "ORIGINAL"}
          options={DOCUMENT_FORMS.map((f) => ({ value: f, label: enums.documentForm[f] }))}
        />
        <RuleText common={common} name={name("copies")} label={t.copies} value={document?.copies ?? 1} numeric />
        <RuleSelect
          common={common}
          name={name("requirement")}
          label={t.requirement}
          value={requirement}
          options={[
            { value: "always", label: t.requiredAlways },
            { value: "case", label: t.requiredCase },
            { value: "optional", label: t.optional },
          ]}
        />
        <RuleText
          common={common}
          name={name("requiredWhenVi")}
          label={t.whenVi}
          value={document?.requiredWhenVi ?? ""}
        />
        <RuleText
          common={common}
          name={name("requiredWhenEn")}
          label={t.whenEn}
          value={document?.requiredWhenEn ?? ""}
        />
        <RuleText common={common} name={name("noteVi")} label={t.docNoteVi} value={document?.noteVi ?? ""} long />
        <RuleText common={common} name={name("noteEn")} label={t.docNoteEn} value={document?.noteEn ?? ""} long />
        {document && (
          <RowButtons
            t={t}
            list="documents"
            row={n}
            what={`${title} (${document.nameVi})`}
            first={n === 0}
            last={n === documents.length - 1}
          />
        )}
      </fieldset>
    );
  };
  return (
    <section id="documents" tabIndex={-1} aria-labelledby="documents-title" className={FIELDSET}>
      <h2 id="documents-title" className="text-xl font-bold">
        {t.documents}
      </h2>
      <p className="text-sm text-muted">{t.rowButtons}</p>
      {documents.map((document, n) => row(n, document))}
      {documents.length < MAX_DOCUMENTS && row(documents.length, null)}
    </section>
  );
}

function StepsSection({ common, rules, t }: Section) {
  const total = rules.steps.reduce((sum, step) => sum + step.allottedHours, 0);
  return (
    <section id="steps" aria-labelledby="steps-title" className={FIELDSET}>
      <h2 id="steps-title" className="text-xl font-bold">
        {t.steps}
      </h2>
      <p>{format(t.stepsIntro, { total, limit: limitInWorkingHours(rules) })}</p>
      {rules.steps.map((step, n) => (
        <fieldset key={step.key} className={ROW}>
          <legend className="px-1 font-bold">{format(t.step, { n: n + 1 })}</legend>
          <RuleText common={common} name={`steps.${n}.nameVi`} label={t.stepNameVi} value={step.nameVi} />
          <RuleText common={common} name={`steps.${n}.nameEn`} label={t.stepNameEn} value={step.nameEn} />
          <RuleText
            common={common}
            name={`steps.${n}.allottedHours`}
            label={t.hours}
            value={step.allottedHours}
            numeric
          />
        </fieldset>
      ))}
    </section>
  );
}
