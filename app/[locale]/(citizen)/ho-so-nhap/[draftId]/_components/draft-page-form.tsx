"use client";

// One group of questions per page (UK design pattern), with the error summary on top: a
// plain form posting to a server action, so it works without JavaScript. With JavaScript
// the page also checks each answer as the field is left (field-checks.ts), saves the draft
// every few seconds (use-autosave.ts), and uploads chosen files at once with a progress bar
// (use-uploads.ts), none of it moving what is being clicked (use-press-guard.ts).
import Link from "next/link";
import { useMemo, useRef, useState } from "react";
import { savePageAction } from "@/app/_actions/filing";
import { FormFieldView, type StoredDocumentOption, type WardOption } from "@/components/form/form-field";
import { compileForm, conditionHolds, type FormValues } from "@/lib/forms/compile";
import type { FormPage } from "@/lib/forms/definition";
import { readPageValues } from "@/lib/forms/form-data";
import { formErrorMessage, type FieldErrors } from "@/lib/forms/messages";
import { businessRegistryFields, type Provenance } from "@/lib/forms/prefill";
import { localePath, pick, type Locale } from "@/lib/i18n/locales";
import { filingMessages } from "@/lib/i18n/messages/filing";
import { conditionFieldIds, findProblems, keyOf, registryTargets } from "./field-checks";
import type { RegistryNotice } from "./notices";
import { useFocusFromLink } from "./use-focus-from-link";
import { DATABASES, useAutosave } from "./use-autosave";
import { usePressGuard } from "./use-press-guard";
import { useUploads } from "./use-uploads";
import { PRIMARY_BUTTON } from "@/components/ui-classes";

type Props = {
  locale: Locale;
  draftId: string;
  /** The draft's revision when the page was shown: autosaves are refused once it is outdated. */
  revision: number;
  procedureName: string;
  /** The organisation the applicant files for; null when filing for themselves. */
  actingFor: string | null;
  page: FormPage;
  step: { index: number; count: number; previousPageId: string | null };
  values: FormValues;
  provenance: Provenance;
  errors: FieldErrors;
  notice?: RegistryNotice;
  wards: WardOption[];
  documents: StoredDocumentOption[];
};

export function DraftPageForm(props: Props) {
  const { locale, draftId, revision, procedureName, actingFor, page, step, values, provenance, errors, notice } = props;
  const t = filingMessages[locale].draftPage;
  const action = savePageAction.bind(null, draftId, page.id, locale);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  // Errors found in the browser replace the server's for the fields checked since.
  const [checked, setChecked] = useState<Record<string, FieldErrors[string] | null>>({});
  const schema = useMemo(
    () => compileForm({ formVersion: 1, pages: [page], requiresSignature: false }).pageSchema(page.id),
    [page],
  );
  // Answers that show or hide other questions on this page take effect at once.
  const [live, setLive] = useState<FormValues>({});
  const fields = page.fields.filter((f) => conditionHolds(f.showIf, { ...values, ...live }));
  const conditionFields = useMemo(() => new Set(page.fields.flatMap((f) => conditionFieldIds(f.showIf))), [page]);
  const businessFields = businessRegistryFields(page.fields);
  const filledBy = useMemo(() => registryTargets(page), [page]);
  // The summary changes only when the form is sent, so nothing above the fields moves while one is being clicked.
  const [summaryErrors, setSummaryErrors] = useState<FieldErrors>(errors);
  const errorList = Object.entries(summaryErrors);
  const labelOf = (id: string) => {
    const field = page.fields.find((f) => f.id === id.split(".")[0]);
    return field ? `${pick(locale, field.label)}: ` : "";
  };
  const problemsNow = () => findProblems(formRef.current!, page, values, schema, filledBy);
  const showSummary = () => requestAnimationFrame(() => summaryRef.current?.focus());
  useFocusFromLink();

  const press = usePressGuard((names) => {
    if (!formRef.current) return;
    const problems = problemsNow();
    const keys = names.map(keyOf);
    setChecked((before) => ({ ...before, ...Object.fromEntries(keys.map((k) => [k, problems[k] ?? null])) }));
  });
  const autosave = useAutosave({ locale, draftId, page, revision, values, provenance, formRef, businessFields });
  const files = useUploads({
    afterPress: press.afterPress,
    onUploaded: (field) => {
      autosave.markDirty();
      setChecked((before) => ({ ...before, [field]: null }));
    },
    onStored: autosave.save,
    onAllInAfterContinue: () => formRef.current?.requestSubmit(),
    onRefusedAfterContinue: (field, error) => {
      setSummaryErrors((before) => ({ ...before, [field]: error }));
      showSummary();
    },
  });
  const { uploads } = files;
  const shownNotice = autosave.notice ?? notice;

  const shownErrors: FieldErrors = { ...errors };
  for (const [key, error] of Object.entries(checked)) {
    if (error) shownErrors[key] = error;
    else delete shownErrors[key];
  }
  Object.assign(shownErrors, files.uploadErrors);

  const checkField = (name: string) => {
    const key = keyOf(name);
    if (!key || key === "intent") return;
    const problems = problemsNow();
    setChecked((before) => ({ ...before, [key]: problems[key] ?? null }));
  };
  const checkLater = (name: string) => {
    if (press.pressed()) press.checkAfterPress(name);
    else checkField(name);
  };

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.name === "intent") return;
    // An upload still running: the form is sent when it is in (see use-uploads.ts).
    if (files.waitForUploads()) {
      event.preventDefault();
      return;
    }
    const problems: FieldErrors = problemsNow();
    for (const [key, upload] of Object.entries(uploads)) if (upload.documentId) delete problems[key];
    Object.assign(problems, files.refusedNow());
    if (Object.keys(problems).length === 0) return;
    event.preventDefault();
    // What was typed is kept even when the page is left or reloaded at once: saved now, not at the next tick.
    autosave.save();
    setChecked(Object.fromEntries([...Object.keys(errors).map((k) => [k, null]), ...Object.entries(problems)]));
    setSummaryErrors(problems);
    showSummary();
  };

  // A file uploaded by script becomes the field's answer (and a choice in the data store list).
  const uploadedDocuments = Object.values(uploads).flatMap((u) =>
    u.documentId ? [{ id: u.documentId, name: u.name }] : [],
  );
  const shownValues = {
    ...values,
    ...Object.fromEntries(Object.values(uploads).flatMap((u) => (u.documentId ? [[u.field, u.documentId]] : []))),
  };

  // Sources as the last save left them: a fill shows where it came from at once; a value an
  // earlier number filled, now cleared, no longer claims a source.
  const shownProvenance: Provenance = { ...provenance };
  for (const field of page.fields) {
    if (autosave.registryFilled[field.id] !== undefined) shownProvenance[field.id] = "REGISTRY";
    else if (shownProvenance[field.id] === "REGISTRY") delete shownProvenance[field.id];
  }

  return (
    <div className="max-w-3xl space-y-5">
      <p className="text-muted">
        {procedureName} – {t.step.replace("{i}", String(step.index)).replace("{n}", String(step.count))}
      </p>
      <p className="rounded bg-gray-100 px-3 py-2 font-semibold" data-testid="filing-for">
        {actingFor ? t.actingOrg.replace("{org}", actingFor) : t.actingSelf}
      </p>
      {errorList.length > 0 && (
        <div
          role="alert"
          aria-labelledby="error-summary-title"
          className="border-4 border-red-700 p-4"
          ref={summaryRef}
          tabIndex={-1}
        >
          <h2 id="error-summary-title" className="text-lg font-bold">
            {t.summary}
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {errorList.map(([field, key]) => (
              <li key={field}>
                <a href={`#${field}`} className="font-semibold text-red-800">
                  {labelOf(field)}
                  {pick(locale, formErrorMessage(key))}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {shownNotice === "filled" && (
        <p role="status" className="border-l-4 border-green-800 bg-green-50 p-3">
          {t.filled.replace(
            "{database}",
            pick(locale, businessFields.size > 0 ? DATABASES.business : DATABASES.population),
          )}
        </p>
      )}
      {shownNotice === "registry-unavailable" && (
        <p role="status" className="border-l-4 border-amber-700 bg-amber-50 p-3">
          {t.unavailable}
        </p>
      )}
      {shownNotice === "registry-not-confirmed" && (
        <p role="status" className="border-l-4 border-amber-700 bg-amber-50 p-3">
          {t.notConfirmed}
        </p>
      )}
      {shownNotice === "registry-limited" && (
        <p role="status" className="border-l-4 border-amber-700 bg-amber-50 p-3">
          {t.limited}
        </p>
      )}
      <h1 className="text-3xl font-bold">{pick(locale, page.title)}</h1>
      {page.intro && <p className="text-lg">{pick(locale, page.intro)}</p>}
      <form
        ref={formRef}
        action={action}
        className="space-y-5"
        noValidate
        onSubmit={onSubmit}
        onInput={(e) => {
          autosave.markDirty();
          // A field showing a problem is checked again as it is corrected.
          const target: EventTarget = e.target;
          if ((target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) && shownErrors[target.name])
            checkField(target.name);
        }}
        onBlur={(e) => {
          const target: EventTarget = e.target;
          if (target instanceof HTMLInputElement && !target.readOnly) autosave.lookUpSoon(target.name);
          if (
            (target instanceof HTMLInputElement && target.type !== "file" && !target.readOnly) ||
            target instanceof HTMLTextAreaElement
          )
            checkLater(target.name);
        }}
        onChange={(e) => {
          const target: EventTarget = e.target;
          autosave.markDirty();
          if ("name" in target && conditionFields.has(String(target.name)) && formRef.current) {
            const name = String(target.name);
            setLive((before) => ({
              ...before,
              [name]: readPageValues(page, new FormData(formRef.current!))[name] ?? "",
            }));
          }
          if (target instanceof HTMLInputElement && target.type === "file" && target.name.endsWith(".file"))
            files.upload(target.name.slice(0, -".file".length), target);
          else if (
            (target instanceof HTMLInputElement && (target.type === "radio" || target.type === "checkbox")) ||
            target instanceof HTMLSelectElement
          )
            checkLater(target.name);
        }}
      >
        {/* Enter in a field presses the form's first submit button: this one, which saves and
            continues, and not a row's remove button further down. Out of sight and of the tab order. */}
        <button type="submit" tabIndex={-1} aria-hidden="true" className="sr-only">
          {t.next}
        </button>
        {/* The questions this page showed: one revealed by an answer is shown, not judged, on this save. */}
        <input type="hidden" name="shown-fields" value={fields.map((f) => f.id).join(" ")} />
        {fields.map((field) => {
          const sent = uploads[field.id];
          return (
            <div key={sent?.documentId ? `${field.id}-${sent.documentId}` : field.id} className="space-y-2">
              <FormFieldView
                field={field}
                values={shownValues}
                provenance={shownProvenance}
                errors={shownErrors}
                locale={locale}
                wards={props.wards}
                documents={[...props.documents, ...uploadedDocuments]}
                businessFields={businessFields}
              />
              {sent && (
                <div className="space-y-1">
                  <label htmlFor={`${field.id}-progress`} className="block text-sm">
                    {(sent.documentId ? t.uploaded : t.uploading).replace("{name}", sent.name)}
                  </label>
                  <progress id={`${field.id}-progress`} max={100} value={sent.progress} className="w-full max-w-xl">
                    {sent.progress}%
                  </progress>
                  {sent.documentId && <input type="hidden" name={`${field.id}.uploaded`} value={sent.documentId} />}
                </div>
              )}
            </div>
          );
        })}
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className={PRIMARY_BUTTON}>
            {t.next}
          </button>
          {step.previousPageId && (
            <Link href={localePath(locale, `/ho-so-nhap/${draftId}/${step.previousPageId}`)}>{t.back}</Link>
          )}
        </div>
      </form>
      <p className="text-sm text-muted">{t.saved}</p>
      {/* Stopping matters more than a save: it stands out, in the same live region. */}
      <p aria-live="polite" className="sr-only" data-testid="registry-fill-news">
        {autosave.filledNews}
      </p>
      <p
        aria-live="polite"
        className={autosave.stopped ? "border-l-4 border-amber-700 bg-amber-50 p-3" : "text-sm text-muted"}
        data-testid="autosave-status"
      >
        {autosave.status}
      </p>
    </div>
  );
}
