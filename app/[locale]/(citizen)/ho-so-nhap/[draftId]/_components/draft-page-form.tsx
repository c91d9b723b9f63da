"use client";

// One group of questions per page (UK design pattern), with the error summary on top: a
// plain form posting to a server action, so it works without JavaScript. With JavaScript
// the page also checks each answer as the field is left, saves the draft every few
// seconds, and uploads chosen files at once with a progress bar.
import Link from "next/link";
import { useEffect, useMemo, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { FormFieldView, type StoredDocumentOption, type WardOption } from "@/components/form/form-field";
import { compileForm, conditionHolds, type FormValues } from "@/lib/forms/compile";
import type { Condition, FormPage } from "@/lib/forms/definition";
import { readPageValues } from "@/lib/forms/form-data";
import { formErrorMessage, type FieldErrors } from "@/lib/forms/messages";
import { businessRegistryFields, type Provenance } from "@/lib/forms/prefill";
import { localePath, pick, type Locale } from "@/lib/i18n/locales";
import { savePageAction } from "../actions";
import type { RegistryNotice } from "./notices";
import { filingMessages } from "@/lib/i18n/messages/filing";

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

const AUTOSAVE_MS = 5000;
/** The pause after a registry number is left before it is looked up. */
const LOOKUP_PAUSE_MS = 250;

/** An upload that got no answer from the data store (connection lost, a proxy's error page). */
const UPLOAD_FAILED = { vi: "Chưa tải lên được tệp. Vui lòng kiểm tra kết nối rồi chọn lại tệp.", en: "The file could not be uploaded. Check your connection, then choose the file again." };

const DATABASES = {
  population: { vi: "Cơ sở dữ liệu quốc gia về dân cư", en: "national population database" },
  business: { vi: "Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp", en: "national business registration database" },
};

type PageSchema = ReturnType<ReturnType<typeof compileForm>["pageSchema"]>;

/** The page's problems for the answers now in the form; fields a lookup will fill are left to the server. */
function findProblems(form: HTMLFormElement, page: FormPage, values: FormValues, schema: PageSchema, filledBy: Map<string, string>): Record<string, string> {
  const current = readPageValues(page, new FormData(form));
  const parsed = schema.safeParse({ ...values, ...current });
  if (parsed.success) return {};
  const awaitingLookup = (key: string) => {
    const source = filledBy.get(key);
    return source !== undefined && typeof current[source] === "string" && current[source] !== "";
  };
  return Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message] as const).filter(([key]) => !awaitingLookup(key)));
}

/** Fields a condition looks at. */
function conditionFieldIds(condition: Condition | undefined): string[] {
  if (!condition) return [];
  if ("all" in condition) return condition.all.flatMap(conditionFieldIds);
  if ("any" in condition) return condition.any.flatMap(conditionFieldIds);
  return [condition.field];
}

/** The answer key a control's name stands for ("group.0.field", or "field" for "field.file"). */
const keyOf = (name: string) => name.replace(/\.file$/, "");

type Upload = { field: string; name: string; progress: number; documentId?: string };

export function DraftPageForm({ locale, draftId, revision, procedureName, actingFor, page, step, values, provenance, errors, notice, wards, documents }: Props) {
  const t = filingMessages[locale].draftPage;
  const action = savePageAction.bind(null, draftId, page.id, locale);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const dirty = useRef(false);
  // The newest revision this page knows of: its own, raised by its autosaves and by a new render.
  const knownRevision = useRef(revision);
  /** Saved from another page since this one was shown: autosaving could write older answers over newer. */
  const outdated = useRef(false);
  useEffect(() => {
    if (revision <= knownRevision.current) return;
    // Shown again by the server after a save from this page: up to date once more.
    knownRevision.current = revision;
    outdated.current = false;
  }, [revision]);
  /** Continue was chosen while a file was still uploading: post once it is in. */
  const submitAfterUpload = useRef(false);
  // Uploads running and files refused, for the submit handler: refs, which the upload's
  // callbacks change at once, not state, which changes only at the next render.
  const inFlight = useRef(new Set<string>());
  const refused = useRef<FieldErrors>({});
  // Errors found in the browser replace the server's for the fields checked since.
  const [checked, setChecked] = useState<Record<string, FieldErrors[string] | null>>({});
  const [autosave, setAutosave] = useState<string | null>(null);
  // What the registry said to the last autosave (a number typed and then a pause): shown as a
  // Continue would show it, since Continue does not ask again for a number already asked about.
  const [autosaveNotice, setAutosaveNotice] = useState<RegistryNotice | null>(null);
  const shownNotice = autosaveNotice ?? notice;
  const [uploads, setUploads] = useState<Record<string, Upload>>({});
  /** Files the store refused (type, size): shown until another file is chosen. */
  const [uploadErrors, setUploadErrors] = useState<FieldErrors>({});
  const schema = useMemo(() => compileForm({ formVersion: 1, pages: [page], requiresSignature: false }).pageSchema(page.id), [page]);
  // Answers that show or hide other questions on this page take effect at once.
  const [live, setLive] = useState<FormValues>({});
  const fields = page.fields.filter((f) => conditionHolds(f.showIf, { ...values, ...live }));
  const conditionFields = useMemo(() => new Set(page.fields.flatMap((f) => conditionFieldIds(f.showIf))), [page]);
  const businessFields = businessRegistryFields(page.fields);

  const shownErrors: FieldErrors = { ...errors };
  for (const [key, error] of Object.entries(checked)) {
    if (error) shownErrors[key] = error;
    else delete shownErrors[key];
  }
  Object.assign(shownErrors, uploadErrors);
  // Fields a registry lookup fills from a number on this page: the server fills them on saving.
  const filledBy = useMemo(() => new Map(page.fields.flatMap((f) => (f.type !== "group" && "fill" in f && f.fill ? Object.values(f.fill).flatMap((target) => (target ? [[target, f.id] as const] : [])) : []))), [page]);
  // The summary changes only when the form is sent, so nothing above the fields moves while one is being clicked.
  const [summaryErrors, setSummaryErrors] = useState<FieldErrors>(errors);
  const errorList = Object.entries(summaryErrors);
  const labelOf = (id: string) => {
    const field = page.fields.find((f) => f.id === id.split(".")[0]);
    return field ? `${pick(locale, field.label)}: ` : "";
  };

  const problemsNow = () => findProblems(formRef.current!, page, values, schema, filledBy);

  // A message appearing while the mouse button is down would move what is being clicked,
  // and the click would be lost: checks started by leaving a field, and the end of an
  // upload, wait until the click is over.
  const pointerDown = useRef(false);
  const pendingChecks = useRef(new Set<string>());
  const finishedUploads = useRef<Array<() => void>>([]);
  useEffect(() => {
    const down = () => (pointerDown.current = true);
    // After the click the release makes (a timer runs after it), or at once when the press was cancelled.
    const up = () => setTimeout(() => {
      pointerDown.current = false;
      const keys = [...pendingChecks.current].map(keyOf);
      pendingChecks.current.clear();
      if (keys.length > 0 && formRef.current) {
        const problems = findProblems(formRef.current, page, values, schema, filledBy);
        setChecked((before) => ({ ...before, ...Object.fromEntries(keys.map((k) => [k, problems[k] ?? null])) }));
      }
      for (const finish of finishedUploads.current.splice(0)) finish();
    }, 0);
    document.addEventListener("pointerdown", down, true);
    document.addEventListener("pointerup", up, true);
    document.addEventListener("pointercancel", up, true);
    window.addEventListener("blur", up);
    return () => {
      document.removeEventListener("pointerdown", down, true);
      document.removeEventListener("pointerup", up, true);
      document.removeEventListener("pointercancel", up, true);
      window.removeEventListener("blur", up);
    };
  }, [page, values, schema, filledBy]);
  /** Runs now, or once the mouse button is up if it is down. */
  const afterPress = (task: () => void) => {
    if (pointerDown.current) finishedUploads.current.push(task);
    else task();
  };

  const checkField = (name: string) => {
    const key = keyOf(name);
    if (!key || key === "intent") return;
    const problems = problemsNow();
    setChecked((before) => ({ ...before, [key]: problems[key] ?? null }));
  };
  const checkLater = (name: string) => {
    if (pointerDown.current) pendingChecks.current.add(name);
    else checkField(name);
  };

  // Fields a registry filled (the server's word at render, then each save's): they show their
  // source, and a new number replaces them.
  const initiallyFilled = () => Object.fromEntries(page.fields.flatMap((f) => (provenance[f.id] === "REGISTRY" && typeof values[f.id] === "string" ? [[f.id, values[f.id] as string]] : [])));
  const [registryFilled, setRegistryFilled] = useState<Record<string, string>>(initiallyFilled);
  // The same, for a save's answer, which may arrive before the page shows the last one.
  const registryFilledNow = useRef<Record<string, string>>(registryFilled);
  const [filledNews, setFilledNews] = useState("");
  const saving = useRef(false);
  const saveAgain = useRef(false);

  /**
   * The same save as "Continue" without moving on: every few seconds when something changed,
   * and at once when a number a registry fills from is left. One at a time, since each save
   * moves the draft's revision on; a save asked for meanwhile runs after it.
   */
  const saveNow = async () => {
    if (outdated.current || !formRef.current) return;
    if (saving.current) {
      saveAgain.current = true;
      return;
    }
    saving.current = true;
    dirty.current = false;
    const data = new FormData(formRef.current);
    for (const key of [...data.keys()]) if (key.endsWith(".file")) data.delete(key);
    // Not a possible field id (those have no dash).
    data.set("draft-revision", String(knownRevision.current));
    try {
      const response = await fetch(`/api/drafts/${draftId}/${page.id}`, { method: "POST", body: data });
      if (response.status === 409) {
        outdated.current = true;
        setAutosave(t.autosaveStopped);
        return;
      }
      if (!response.ok) throw new Error(String(response.status));
      const result = (await response.json()) as { savedAt: string; revision: number; filled: Record<string, string>; registryUnavailable?: boolean; registryNotConfirmed?: boolean; registryLimited?: boolean };
      const said = result.registryLimited ? "registry-limited" : result.registryNotConfirmed ? "registry-not-confirmed" : result.registryUnavailable ? "registry-unavailable" : null;
      if (said) setAutosaveNotice(said);
      knownRevision.current = Math.max(knownRevision.current, result.revision);
      showFilled(data, result.filled);
      setAutosave(t.autosaved.replace("{time}", new Intl.DateTimeFormat(locale === "vi" ? "vi-VN" : "en-GB", { timeStyle: "medium", timeZone: "Asia/Ho_Chi_Minh" }).format(new Date(result.savedAt))));
    } catch {
      dirty.current = true;
      setAutosave(t.autosaveFailed);
    } finally {
      saving.current = false;
      if (saveAgain.current) {
        saveAgain.current = false;
        void latestSave.current();
      }
    }
  };

  /**
   * What a registry filled appears at once, with its source, and is announced: in fields
   * still empty or holding an earlier fill, for numbers not changed since they were sent.
   */
  const showFilled = (sent: FormData, filled: Record<string, string>) => {
    const form = formRef.current;
    if (!form) return;
    const written: string[] = [];
    for (const source of page.fields) {
      if (source.type === "group" || !("fill" in source) || !source.fill) continue;
      const input = form.elements.namedItem(source.id);
      // The number was changed after this save was sent: its answer belongs to the old number.
      if (!(input instanceof HTMLInputElement) || input.value !== sent.get(source.id)) continue;
      for (const target of Object.values(source.fill)) {
        const field = target ? form.elements.namedItem(target) : null;
        if (!target || !(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) continue;
        const fresh = filled[target];
        const earlier = registryFilledNow.current[target];
        if (fresh !== undefined && (field.value === "" || field.value === earlier)) {
          if (field.value !== fresh) written.push(target);
          field.value = fresh;
        } else if (fresh === undefined && earlier !== undefined && field.value === earlier) field.value = "";
      }
    }
    registryFilledNow.current = filled;
    setRegistryFilled(filled);
    if (written.length === 0) return;
    const order = (id: string) => page.fields.findIndex((f) => f.id === id);
    written.sort((a, b) => order(a) - order(b));
    const labels = written.map((id) => pick(locale, page.fields.find((f) => f.id === id)?.label ?? { vi: id, en: id }));
    const database = pick(locale, businessFields.size > 0 ? DATABASES.business : DATABASES.population);
    setFilledNews(t.filledNow.replace("{n}", String(written.length)).replace("{database}", database).replace("{labels}", labels.join(", ")));
  };

  // The timer calls the latest saveNow, which reads this render's values.
  const latestSave = useRef(saveNow);
  useEffect(() => {
    latestSave.current = saveNow;
  });
  useEffect(() => {
    const timer = setInterval(() => {
      if (dirty.current) void latestSave.current();
    }, AUTOSAVE_MS);
    return () => clearInterval(timer);
  }, []);

  // A number a registry fills from is looked up as soon as it is left (or picked), not at the
  // next autosave: after a short pause, so that a number still being typed is not sent.
  const lookupTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lookUpSoon = (name: string) => {
    const field = page.fields.find((f) => f.id === name);
    if (!field || field.type === "group" || !("fill" in field) || !field.fill) return;
    if (lookupTimer.current) clearTimeout(lookupTimer.current);
    lookupTimer.current = setTimeout(() => void latestSave.current(), LOOKUP_PAUSE_MS);
  };

  /** Files refused, for the submit handler (the ref) and for the page (the state). */
  const setRefused = (next: FieldErrors) => {
    refused.current = next;
    setUploadErrors(next);
  };

  /** Uploads a chosen file at once, showing progress; the answer becomes the new document. */
  const upload = (field: string, input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const body = new FormData();
    body.set("file", file);
    const request = new XMLHttpRequest();
    inFlight.current.add(field);
    setUploads((u) => ({ ...u, [field]: { field, name: file.name, progress: 0 } }));
    request.upload.onprogress = (e) => e.lengthComputable && setUploads((u) => ({ ...u, [field]: { ...u[field]!, progress: Math.round((e.loaded / e.total) * 100) } }));
    const refuse = (error: FieldErrors[string]) => {
      inFlight.current.delete(field);
      setRefused({ ...refused.current, [field]: error });
      if (submitAfterUpload.current) {
        // Continue was already chosen: answer it as a refused post would, in the summary.
        submitAfterUpload.current = false;
        setSummaryErrors((before) => ({ ...before, [field]: error }));
        requestAnimationFrame(() => summaryRef.current?.focus());
      }
      setUploads((u) => Object.fromEntries(Object.entries(u).filter(([k]) => k !== field)));
    };
    // The end of an upload changes the page (the new document in the data store list, the
    // message about an earlier file gone): shown after a press, which it would otherwise
    // move away from under the pointer. A press on Continue then waits for the upload.
    request.onload = () => afterPress(() => {
      let result: { id?: string; error?: FieldErrors[string] } = {};
      try {
        result = JSON.parse(request.responseText || "{}");
      } catch {
        // Not an answer from the store (a proxy's error page): said as a failed upload below.
      }
      if (request.status === 201 && result.id) {
        input.value = "";
        dirty.current = true;
        inFlight.current.delete(field);
        // Rendered at once, so that the page (the answer's hidden input, the handlers) shows
        // the document before anything else happens, whether a click or the post below.
        flushSync(() => {
          setRefused(Object.fromEntries(Object.entries(refused.current).filter(([k]) => k !== field)));
          setUploads((u) => ({ ...u, [field]: { ...u[field]!, progress: 100, documentId: result.id } }));
          setChecked((before) => ({ ...before, [field]: null }));
        });
        // Continue was chosen during the upload: send the form now that its answer is there.
        if (submitAfterUpload.current && inFlight.current.size === 0) {
          submitAfterUpload.current = false;
          formRef.current?.requestSubmit();
        } else {
          // Saved at once, so that a reload or another device finds the file chosen.
          void latestSave.current();
        }
      } else {
        // The file stays chosen: posting the form uploads it the plain way and shows the same message.
        refuse(result.error ?? UPLOAD_FAILED);
      }
    });
    request.onerror = () => afterPress(() => refuse(UPLOAD_FAILED));
    request.open("POST", "/api/documents");
    request.send(body);
  };

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.name === "intent") return;
    // An upload still running: the form is sent when it is in (see upload()).
    if (inFlight.current.size > 0) {
      event.preventDefault();
      submitAfterUpload.current = true;
      return;
    }
    const problems: FieldErrors = problemsNow();
    for (const [key, upload] of Object.entries(uploads)) if (upload.documentId) delete problems[key];
    Object.assign(problems, refused.current);
    if (Object.keys(problems).length === 0) return;
    event.preventDefault();
    setChecked(Object.fromEntries([...Object.keys(errors).map((k) => [k, null]), ...Object.entries(problems)]));
    setSummaryErrors(problems);
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  // A file uploaded by script becomes the field's answer (and a choice in the data store list).
  const uploadedDocuments = Object.values(uploads).flatMap((u) => (u.documentId ? [{ id: u.documentId, name: u.name }] : []));
  const shownValues = { ...values, ...Object.fromEntries(Object.values(uploads).flatMap((u) => (u.documentId ? [[u.field, u.documentId]] : []))) };

  // Sources as the last save left them: a fill shows where it came from at once; a value an
  // earlier number filled, now cleared, no longer claims a source.
  const shownProvenance: Provenance = { ...provenance };
  for (const field of page.fields) {
    if (registryFilled[field.id] !== undefined) shownProvenance[field.id] = "REGISTRY";
    else if (shownProvenance[field.id] === "REGISTRY") delete shownProvenance[field.id];
  }

  return (
    <div className="max-w-3xl space-y-5">
      <p className="text-muted">{procedureName} – {t.step.replace("{i}", String(step.index)).replace("{n}", String(step.count))}</p>
      <p className="rounded bg-gray-100 px-3 py-2 font-semibold" data-testid="filing-for">{actingFor ? t.actingOrg.replace("{org}", actingFor) : t.actingSelf}</p>
      {errorList.length > 0 && (
        <div role="alert" aria-labelledby="error-summary-title" className="border-4 border-red-700 p-4" ref={summaryRef} tabIndex={-1}>
          <h2 id="error-summary-title" className="text-lg font-bold">{t.summary}</h2>
          <ul className="mt-2 list-disc pl-6">
            {errorList.map(([field, key]) => (
              <li key={field}><a href={`#${field}`} className="font-semibold text-red-800">{labelOf(field)}{pick(locale, formErrorMessage(key))}</a></li>
            ))}
          </ul>
        </div>
      )}
      {shownNotice === "filled" && <p role="status" className="border-l-4 border-green-800 bg-green-50 p-3">{t.filled.replace("{database}", pick(locale, businessFields.size > 0 ? DATABASES.business : DATABASES.population))}</p>}
      {shownNotice === "registry-unavailable" && <p role="status" className="border-l-4 border-amber-700 bg-amber-50 p-3">{t.unavailable}</p>}
      {shownNotice === "registry-not-confirmed" && <p role="status" className="border-l-4 border-amber-700 bg-amber-50 p-3">{t.notConfirmed}</p>}
      {shownNotice === "registry-limited" && <p role="status" className="border-l-4 border-amber-700 bg-amber-50 p-3">{t.limited}</p>}
      <h1 className="text-3xl font-bold">{pick(locale, page.title)}</h1>
      {page.intro && <p className="text-lg">{pick(locale, page.intro)}</p>}
      <form
        ref={formRef} action={action} className="space-y-5" noValidate onSubmit={onSubmit}
        onInput={(e) => {
          dirty.current = true;
          // A field showing a problem is checked again as it is corrected.
          const target: EventTarget = e.target;
          if ((target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) && shownErrors[target.name]) checkField(target.name);
        }}
        onBlur={(e) => {
          const target: EventTarget = e.target;
          if (target instanceof HTMLInputElement && !target.readOnly) lookUpSoon(target.name);
          if ((target instanceof HTMLInputElement && target.type !== "file" && !target.readOnly) || target instanceof HTMLTextAreaElement) checkLater(target.name);
        }}
        onChange={(e) => {
          const target: EventTarget = e.target;
          dirty.current = true;
          if ("name" in target && conditionFields.has(String(target.name)) && formRef.current) {
            const name = String(target.name);
            setLive((before) => ({ ...before, [name]: readPageValues(page, new FormData(formRef.current!))[name] ?? "" }));
          }
          if (target instanceof HTMLInputElement && target.type === "file" && target.name.endsWith(".file")) upload(target.name.slice(0, -".file".length), target);
          else if ((target instanceof HTMLInputElement && (target.type === "radio" || target.type === "checkbox")) || target instanceof HTMLSelectElement) checkLater(target.name);
        }}
      >
        {/* Enter in a field presses the form's first submit button: this one, which saves and
            continues, and not a row's remove button further down. Out of sight and of the tab order. */}
        <button type="submit" tabIndex={-1} aria-hidden="true" className="sr-only">{t.next}</button>
        {/* The questions this page showed: one revealed by an answer is shown, not judged, on this save. */}
        <input type="hidden" name="shown-fields" value={fields.map((f) => f.id).join(" ")} />
        {fields.map((field) => {
          const sent = uploads[field.id];
          return (
            <div key={sent?.documentId ? `${field.id}-${sent.documentId}` : field.id} className="space-y-2">
              <FormFieldView field={field} values={shownValues} provenance={shownProvenance} errors={shownErrors} locale={locale} wards={wards} documents={[...documents, ...uploadedDocuments]} businessFields={businessFields} />
              {sent && (
                <div className="space-y-1">
                  <label htmlFor={`${field.id}-progress`} className="block text-sm">{(sent.documentId ? t.uploaded : t.uploading).replace("{name}", sent.name)}</label>
                  <progress id={`${field.id}-progress`} max={100} value={sent.progress} className="w-full max-w-xl">{sent.progress}%</progress>
                  {sent.documentId && <input type="hidden" name={`${field.id}.uploaded`} value={sent.documentId} />}
                </div>
              )}
            </div>
          );
        })}
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className="min-h-12 rounded bg-brand-700 px-6 text-lg font-semibold text-white hover:bg-brand-800">{t.next}</button>
          {step.previousPageId && <Link href={localePath(locale, `/ho-so-nhap/${draftId}/${step.previousPageId}`)}>{t.back}</Link>}
        </div>
      </form>
      <p className="text-sm text-muted">{t.saved}</p>
      {/* Stopping matters more than a save: it stands out, in the same live region. */}
      <p aria-live="polite" className="sr-only" data-testid="registry-fill-news">{filledNews}</p>
      <p aria-live="polite" className={autosave === t.autosaveStopped ? "border-l-4 border-amber-700 bg-amber-50 p-3" : "text-sm text-muted"} data-testid="autosave-status">{autosave}</p>
    </div>
  );
}
