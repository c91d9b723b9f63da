import { OneTimeCodeField } from "@/components/form/one-time-code-field";
import type { ActionState } from "@/lib/errors/action-state";
import { ErrorSummary } from "@/components/form/error-summary";
import { TextAreaField } from "@/components/form/text-area-field";
import { TextField } from "@/components/form/text-field";
import { formatDateTime } from "@/lib/i18n/format";
import { pick, type Locale } from "@/lib/i18n/locales";
import { STEP_NAMES, type StepKey } from "@/lib/dossiers/steps";
import {
  apologyAction,
  assignAction,
  claimAction,
  cancelDecisionAction,
  decideAction,
  handOverAction,
  replaceResultAction,
  signDecisionAction,
  requestPaymentAction,
  returnResultAction,
  stopAction,
} from "../actions";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { DANGER_BUTTON, SECONDARY_BUTTON } from "@/components/ui-classes";

export type WorkflowState = {
  step: StepKey | null;
  assigneeName: string | null;
  canClaim: boolean;
  canHandOver: boolean;
  assignees: Array<{ id: string; fullName: string }>;
  canDecide: boolean;
  canReturn: boolean;
  returnAddress: string;
  canStop: boolean;
  canRequestPayment: boolean;
  canApologise: boolean;
  colleagues: Array<{ id: string; fullName: string }>;
  /** Handing over from appraisal records the appraisal. */
  appraises: boolean;
  appraisal: {
    findings: string;
    proposal: "approve" | "refuse";
    proposalReasons: string;
    siteInspection: string;
    by: string;
    at: Date;
  } | null;
  /** The leader's decision waiting for the one-time code. */
  pendingDecision: {
    resultCode: string;
    title: string;
    approve: boolean;
    expiresAt: Date;
    demoOtp: string | null;
  } | null;
  /** The issued result a leader may replace by a correction, with its texts as signed. */
  replaceable: { code: string; title: string; fields: WorkflowState["resultFields"] } | null;
  /** What the result will state, drafted at appraisal and approved by the leader. */
  resultFields: Array<{
    key: string;
    label: { vi: string; en: string };
    hint?: { vi: string; en: string };
    required: boolean;
    short: boolean;
    value: string;
  }>;
};

/** The control each kind of message belongs to. */
const FIELD_OF: Record<string, string> = {
  findings: "findings",
  proposal: "proposal",
  proposalReasons: "proposalReasons",
  siteInspection: "siteInspection",
  reasons: "decisionReasons",
  stopReasons: "stopReasons",
  apology: "apology-reason",
  amountVnd: "payment-amount",
  to: "handover-to",
  otp: "otp",
  replaceReason: "replaceReason",
  assignTo: "assign-to",
  address: "return-address",
  method: "return-method",
};

const primary = "min-h-12 rounded bg-brand-700 px-6 text-lg font-semibold text-white hover:bg-brand-800";
const secondary =
  "min-h-12 rounded border-2 border-brand-700 bg-white px-6 text-lg font-semibold text-brand-800 hover:bg-brand-50";

export function WorkflowPanel({
  locale,
  code,
  version,
  state,
  flash,
}: {
  locale: Locale;
  code: string;
  version: number;
  state: WorkflowState;
  flash: ActionState;
}) {
  const t = staffMessages[locale].workflow;
  const reasonsError = flash.fieldErrors?.reasons;
  const stopError = flash.fieldErrors?.stopReasons;
  return (
    <section aria-labelledby="workflow-title" className="space-y-3 rounded border border-slate-300 p-4">
      <h2 id="workflow-title" className="text-2xl font-bold">
        {t.title}
      </h2>
      <ErrorSummary
        state={flash}
        locale={locale}
        title={t.summary}
        id="workflow-errors"
        heading="h3"
        hrefOf={(key) =>
          `#${key.startsWith("result.") ? `result-${key.slice(7)}` : (FIELD_OF[key] ?? "workflow-title")}`
        }
      />
      {state.step && (
        <dl className="grid gap-1 sm:grid-cols-[12rem_1fr]">
          <dt className="font-semibold">{t.step}</dt>
          <dd data-testid="workflow-step">{pick(locale, STEP_NAMES[state.step])}</dd>
          <dt className="font-semibold">{t.assignee}</dt>
          <dd data-testid="workflow-assignee">{state.assigneeName ?? t.nobody}</dd>
        </dl>
      )}
      {state.canClaim && (
        <form action={claimAction.bind(null, code, locale)}>
          <input type="hidden" name="version" value={version} />
          <button type="submit" className={primary}>
            {t.claim}
          </button>
        </form>
      )}
      {state.assignees.length > 0 && (
        <PersonChoiceForm
          action={assignAction.bind(null, code, locale)}
          version={version}
          id="assign-to"
          name="assignTo"
          label={t.assignTo}
          people={state.assignees}
          button={t.assign}
          buttonClass="min-h-11 rounded border-2 border-brand-700 px-4 font-semibold text-brand-800"
        />
      )}
      {state.canHandOver && state.colleagues.length === 0 && <p>{t.noColleague}</p>}
      {state.appraisal && (
        <section
          aria-labelledby="appraisal-title"
          className="space-y-1 border-l-4 border-slate-500 pl-3"
          data-testid="appraisal"
        >
          <h3 id="appraisal-title" className="text-lg font-bold">
            {t.appraisalTitle}
          </h3>
          <dl className="grid gap-1 sm:grid-cols-[12rem_1fr]">
            <dt className="font-semibold">{t.proposal}</dt>
            <dd data-testid="appraisal-proposal">{t.proposals[state.appraisal.proposal]}</dd>
            {state.appraisal.proposalReasons && (
              <>
                <dt className="font-semibold">{t.proposalReasons}</dt>
                <dd className="whitespace-pre-line">{state.appraisal.proposalReasons}</dd>
              </>
            )}
            <dt className="font-semibold">{t.findings}</dt>
            <dd className="whitespace-pre-line" data-testid="appraisal-findings">
              {state.appraisal.findings}
            </dd>
            {state.appraisal.siteInspection && (
              <>
                <dt className="font-semibold">{t.siteInspection}</dt>
                <dd className="whitespace-pre-line">{state.appraisal.siteInspection}</dd>
              </>
            )}
            <dt className="font-semibold">{t.appraisedBy}</dt>
            <dd>
              {state.appraisal.by} – {formatDateTime(state.appraisal.at, locale)}
            </dd>
          </dl>
        </section>
      )}
      {state.canHandOver && state.colleagues.length > 0 && state.appraises && (
        <form
          action={handOverAction.bind(null, code, locale)}
          className="space-y-3 border-t border-slate-300 pt-3"
          noValidate
        >
          <input type="hidden" name="version" value={version} />
          <TextAreaField
            id="findings"
            name="findings"
            label={t.findings}
            hint={t.findingsHint}
            locale={locale}
            error={flash.fieldErrors?.findings}
            defaultValue={flash.values?.findings}
            rows={4}
            maxLength={4000}
          />
          <fieldset
            id="proposal"
            className="space-y-1"
            aria-describedby={flash.fieldErrors?.proposal ? "proposal-error" : undefined}
          >
            <legend className="font-semibold">{t.proposal}</legend>
            {flash.fieldErrors?.proposal && (
              <p id="proposal-error" className="font-semibold text-red-800">
                {pick(locale, flash.fieldErrors.proposal)}
              </p>
            )}
            {(["approve", "refuse"] as const).map((p) => (
              <label key={p} className="flex min-h-11 items-center gap-2">
                <input
                  type="radio"
                  name="proposal"
                  value={p}
                  defaultChecked={flash.values?.proposal === p}
                  className="h-5 w-5 shrink-0"
                />
                {t.proposals[p]}
              </label>
            ))}
          </fieldset>
          <TextAreaField
            id="proposalReasons"
            name="proposalReasons"
            label={t.proposalReasons}
            locale={locale}
            error={flash.fieldErrors?.proposalReasons}
            defaultValue={flash.values?.proposalReasons}
            rows={2}
          />
          <TextAreaField
            id="siteInspection"
            name="siteInspection"
            label={t.siteInspection}
            hint={t.siteInspectionHint}
            locale={locale}
            error={flash.fieldErrors?.siteInspection}
            defaultValue={flash.values?.siteInspection}
            rows={2}
          />
          <ResultTexts fields={state.resultFields} hint={t.resultTextsHint} locale={locale} flash={flash} />
          <div>
            <label htmlFor="handover-to" className="block font-semibold">
              {t.handTo}
            </label>
            <select
              id="handover-to"
              name="to"
              defaultValue={flash.values?.to}
              className="mt-1 block min-h-11 rounded border-2 border-gray-700 bg-white px-2"
            >
              {state.colleagues.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.fullName}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={primary}>
            {t.handOverAppraisal}
          </button>
        </form>
      )}
      {state.canHandOver && state.colleagues.length > 0 && !state.appraises && (
        <PersonChoiceForm
          action={handOverAction.bind(null, code, locale)}
          version={version}
          id="handover-to"
          name="to"
          label={t.handTo}
          people={state.colleagues}
          button={t.handOver}
          buttonClass={primary}
        />
      )}
      {state.replaceable && !state.pendingDecision && (
        <form
          action={replaceResultAction.bind(null, code, locale)}
          className="space-y-3 border-t border-slate-300 pt-3"
          noValidate
          aria-labelledby="replace-title"
        >
          <h3 id="replace-title" className="text-xl font-bold">
            {t.replaceTitle}
          </h3>
          <p>{t.replaceIntro.replace("{code}", state.replaceable.code)}</p>
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="resultCode" value={state.replaceable.code} />
          <TextAreaField
            id="replaceReason"
            name="replaceReason"
            label={t.replaceReason}
            locale={locale}
            error={flash.fieldErrors?.replaceReason}
            defaultValue={flash.values?.replaceReason}
            rows={2}
          />
          <label className="flex min-h-11 items-center gap-2">
            <input
              type="checkbox"
              name="atHoldersRequest"
              value="yes"
              defaultChecked={flash.values?.atHoldersRequest === "yes"}
              className="h-5 w-5 shrink-0"
            />
            {t.atHoldersRequest}
          </label>
          <ResultTexts fields={state.replaceable.fields} hint={t.resultTextsHint} locale={locale} flash={flash} />
          <button type="submit" className={secondary}>
            {t.replace}
          </button>
        </form>
      )}
      {state.pendingDecision && (
        <SignDecision code={code} locale={locale} pending={state.pendingDecision} flash={flash} />
      )}
      {state.canDecide && !state.pendingDecision && (
        <>
          <form action={decideAction.bind(null, code, locale)} className="space-y-3" noValidate>
            <input type="hidden" name="version" value={version} />
            <input type="hidden" name="outcome" value="approve" />
            <ResultTexts fields={state.resultFields} hint={t.resultTextsLeader} locale={locale} flash={flash} />
            <div className="flex flex-wrap gap-3">
              <button
                type="submit"
                formAction={`/api/dossiers/${encodeURIComponent(code)}/xem-truoc-ket-qua`}
                formMethod="post"
                formEncType="multipart/form-data"
                formTarget="_blank"
                formNoValidate
                className={secondary}
              >
                {t.previewResult}
              </button>
              <button type="submit" className={primary}>
                {t.approve}
              </button>
            </div>
          </form>
          <form action={decideAction.bind(null, code, locale)} className="space-y-2" noValidate>
            <input type="hidden" name="version" value={version} />
            <input type="hidden" name="outcome" value="deny" />
            <TextAreaField
              id="decisionReasons"
              name="decisionReasons"
              label={t.reasons}
              locale={locale}
              error={reasonsError}
              defaultValue={flash.values?.decisionReasons}
            />
            <button type="submit" className={DANGER_BUTTON}>
              {t.deny}
            </button>
          </form>
        </>
      )}
      {state.canReturn && (
        <form action={returnResultAction.bind(null, code, locale)} className="space-y-2">
          <input type="hidden" name="version" value={version} />
          <fieldset id="return-method">
            <legend className="font-semibold">{t.method}</legend>
            {(Object.keys(t.methods) as Array<keyof typeof t.methods>).map((m) => (
              <label key={m} className="flex min-h-11 items-center gap-2">
                <input
                  type="radio"
                  name="method"
                  value={m}
                  defaultChecked={m === (flash.values?.method || "ONLINE")}
                  className="h-5 w-5 shrink-0"
                />
                {t.methods[m]}
              </label>
            ))}
          </fieldset>
          <TextField
            id="return-address"
            name="address"
            label={t.postAddress}
            hint={t.postHint}
            locale={locale}
            error={flash.fieldErrors?.address}
            defaultValue={flash.values?.address ?? state.returnAddress}
            maxLength={500}
          />
          <TextField
            id="return-tracking"
            name="trackingNumber"
            label={t.tracking}
            locale={locale}
            defaultValue={flash.values?.trackingNumber}
            maxLength={60}
            width="max-w-60"
          />
          <button type="submit" className={primary}>
            {t.returned}
          </button>
        </form>
      )}
      {state.canRequestPayment && (
        <form
          action={requestPaymentAction.bind(null, code, locale)}
          className="space-y-2 border-t border-slate-300 pt-3"
          noValidate
        >
          <input type="hidden" name="version" value={version} />
          <h3 className="text-lg font-bold">{t.payment}</h3>
          {flash.fieldErrors?.amountVnd && (
            <p id="payment-error" className="font-semibold text-red-800">
              {pick(locale, flash.fieldErrors.amountVnd)}
            </p>
          )}
          <div className="flex flex-wrap gap-3">
            <div>
              <label htmlFor="payment-label" className="block font-semibold">
                {t.paymentLabel}
              </label>
              <input
                id="payment-label"
                name="label"
                maxLength={200}
                defaultValue={flash.values?.label ?? ""}
                className="block min-h-11 w-72 max-w-full rounded border-2 border-gray-700 bg-white px-2"
              />
            </div>
            <div>
              <label htmlFor="payment-amount" className="block font-semibold">
                {t.paymentAmount}
              </label>
              <input
                id="payment-amount"
                name="amountVnd"
                inputMode="numeric"
                defaultValue={flash.values?.amountVnd ?? ""}
                aria-describedby={flash.fieldErrors?.amountVnd ? "payment-error" : undefined}
                className="block min-h-11 w-40 rounded border-2 border-gray-700 bg-white px-2"
              />
            </div>
          </div>
          <button type="submit" className={SECONDARY_BUTTON}>
            {t.paymentSend}
          </button>
        </form>
      )}
      {state.canApologise && (
        <form
          action={apologyAction.bind(null, code, locale)}
          className="space-y-2 border-t border-slate-300 pt-3"
          noValidate
        >
          <input type="hidden" name="version" value={version} />
          <h3 className="text-lg font-bold">{t.apology}</h3>
          <TextAreaField
            id="apology-reason"
            name="reason"
            label={t.apologyReason}
            locale={locale}
            error={flash.fieldErrors?.apology}
            defaultValue={flash.values?.reason}
            rows={2}
          />
          <div>
            <label htmlFor="apology-date" className="block font-semibold">
              {t.apologyDate}
            </label>
            <input
              id="apology-date"
              name="newDate"
              type="date"
              defaultValue={flash.values?.newDate ?? ""}
              className="block min-h-11 rounded border-2 border-gray-700 bg-white px-2"
            />
          </div>
          <button type="submit" className={SECONDARY_BUTTON}>
            {t.apologySend}
          </button>
        </form>
      )}
      {state.canStop && (
        <form
          action={stopAction.bind(null, code, locale)}
          className="space-y-2 border-t border-slate-300 pt-3"
          noValidate
        >
          <input type="hidden" name="version" value={version} />
          <TextAreaField
            id="stopReasons"
            name="stopReasons"
            label={t.stopReasons}
            locale={locale}
            error={stopError}
            defaultValue={flash.values?.stopReasons}
            rows={2}
          />
          <button type="submit" className={DANGER_BUTTON}>
            {t.stop}
          </button>
        </form>
      )}
    </section>
  );
}

/** A form that gives the dossier's step to one person of a list (hand-over, assignment). */
function PersonChoiceForm({
  action,
  version,
  id,
  name,
  label,
  people,
  button,
  buttonClass,
}: {
  action: (formData: FormData) => Promise<void>;
  version: number;
  id: string;
  name: string;
  label: string;
  people: Array<{ id: string; fullName: string }>;
  button: string;
  buttonClass: string;
}) {
  return (
    <form action={action} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="version" value={version} />
      <div>
        <label htmlFor={id} className="block font-semibold">
          {label}
        </label>
        <select id={id} name={name} className="mt-1 block min-h-11 rounded border-2 border-gray-700 bg-white px-2">
          {people.map((c) => (
            <option key={c.id} value={c.id}>
              {c.fullName}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClass}>
        {button}
      </button>
    </form>
  );
}

/** The texts the result states, each a field named `result.<key>`, under one legend. */
function ResultTexts({
  fields,
  hint,
  locale,
  flash,
}: {
  fields: WorkflowState["resultFields"];
  hint: string;
  locale: Locale;
  flash: ActionState;
}) {
  if (fields.length === 0) return null;
  const t = staffMessages[locale].workflow;
  return (
    <fieldset className="space-y-2 rounded border border-slate-300 p-3">
      <legend className="px-1 font-semibold">{t.resultTexts}</legend>
      <p className="text-slate-700">{hint}</p>
      {fields.map((field) => {
        const props = {
          id: `result-${field.key}`,
          name: `result.${field.key}`,
          label: `${pick(locale, field.label)}${field.required ? "" : ` (${t.optionalText})`}`,
          hint: field.hint ? pick(locale, field.hint) : undefined,
          locale,
          error: flash.fieldErrors?.[`result.${field.key}`],
          defaultValue: flash.values?.[`result.${field.key}`] ?? field.value,
        };
        return field.short ? (
          <TextField key={field.key} {...props} maxLength={200} />
        ) : (
          <TextAreaField key={field.key} {...props} rows={2} />
        );
      })}
    </fieldset>
  );
}

/** The one-time code that signs the decision the leader made, and the way back out of it. */
function SignDecision({
  code,
  locale,
  pending,
  flash,
}: {
  code: string;
  locale: Locale;
  pending: NonNullable<WorkflowState["pendingDecision"]>;
  flash: ActionState;
}) {
  const t = staffMessages[locale].workflow;
  const error = flash.fieldErrors?.otp;
  const intro = (pending.approve ? t.signIntro : t.signIntroDeny)
    .replace("{title}", pending.title)
    .replace("{code}", pending.resultCode);
  return (
    <section aria-labelledby="sign-title" className="space-y-3 border-t border-slate-300 pt-3">
      <h3 id="sign-title" className="text-xl font-bold">
        {t.signTitle}
      </h3>
      <p>{intro}</p>
      {pending.demoOtp && (
        <p className="border-2 border-dashed border-amber-700 bg-amber-50 p-3">
          {t.demoOtp} <strong data-testid="demo-otp">{pending.demoOtp}</strong>.
        </p>
      )}
      <form action={signDecisionAction.bind(null, code, locale)} className="space-y-3" noValidate>
        <OneTimeCodeField
          label={t.otp}
          hint={t.signExpires.replace("{time}", formatDateTime(pending.expiresAt, locale))}
          error={error ? pick(locale, error) : null}
        />
        <button type="submit" className={primary}>
          {t.sign}
        </button>
      </form>
      <form action={cancelDecisionAction.bind(null, code, locale)}>
        <button type="submit" className={secondary}>
          {t.cancelSigning}
        </button>
      </form>
    </section>
  );
}
