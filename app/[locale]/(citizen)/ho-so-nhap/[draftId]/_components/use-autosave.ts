"use client";

// The draft page saves itself: every few seconds when something changed, at once when a
// number a registry fills from is left, and after a file is in. Each save is the save
// "Continue" makes, without moving on; what the registry filled appears at once, with its
// source, and is announced. Saves run one at a time and carry the draft's revision: once
// another page (a tab, a device) has saved, this one stops rather than write older answers.
import { useEffect, useRef, useState, type RefObject } from "react";
import type { FormValues } from "@/lib/forms/compile";
import type { FormPage } from "@/lib/forms/definition";
import type { Provenance } from "@/lib/forms/prefill";
import { pick, type Locale } from "@/lib/i18n/locales";
import { filingMessages } from "@/lib/i18n/messages/filing";
import { format } from "@/lib/i18n/template";
import type { RegistryNotice } from "./notices";

const AUTOSAVE_MS = 5000;
/** The pause after a registry number is left before it is looked up. */
const LOOKUP_PAUSE_MS = 250;

export const DATABASES = {
  population: { vi: "Cơ sở dữ liệu quốc gia về dân cư", en: "national population database" },
  business: { vi: "Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp", en: "national business registration database" },
};

type SaveAnswer = {
  savedAt: string;
  revision: number;
  filled: Record<string, string>;
  registryUnavailable?: boolean;
  registryNotConfirmed?: boolean;
  registryLimited?: boolean;
};

type Options = {
  locale: Locale;
  draftId: string;
  page: FormPage;
  /** The draft's revision when the page was shown. */
  revision: number;
  values: FormValues;
  provenance: Provenance;
  formRef: RefObject<HTMLFormElement | null>;
  /** Fields the business registry fills (its name is said instead of the population's). */
  businessFields: ReadonlySet<string>;
};

export function useAutosave({ locale, draftId, page, revision, values, provenance, formRef, businessFields }: Options) {
  const t = filingMessages[locale].draftPage;
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
  const [status, setStatus] = useState<string | null>(null);
  // What the registry said to the last autosave (a number typed and then a pause): shown as a
  // Continue would show it, since Continue does not ask again for a number already asked about.
  const [notice, setNotice] = useState<RegistryNotice | null>(null);
  // Fields a registry filled (the server's word at render, then each save's): they show their
  // source, and a new number replaces them.
  const initiallyFilled = () =>
    Object.fromEntries(
      page.fields.flatMap((f) =>
        provenance[f.id] === "REGISTRY" && typeof values[f.id] === "string" ? [[f.id, values[f.id] as string]] : [],
      ),
    );
  const [registryFilled, setRegistryFilled] = useState<Record<string, string>>(initiallyFilled);
  // The same, for a save's answer, which may arrive before the page shows the last one.
  const registryFilledNow = useRef<Record<string, string>>(registryFilled);
  const [filledNews, setFilledNews] = useState("");
  const saving = useRef(false);
  const saveAgain = useRef(false);

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
        setStatus(t.autosaveStopped);
        return;
      }
      if (!response.ok) throw new Error(String(response.status));
      const result = (await response.json()) as SaveAnswer;
      const said = result.registryLimited
        ? "registry-limited"
        : result.registryNotConfirmed
          ? "registry-not-confirmed"
          : result.registryUnavailable
            ? "registry-unavailable"
            : null;
      if (said) setNotice(said);
      knownRevision.current = Math.max(knownRevision.current, result.revision);
      showFilled(data, result.filled);
      const time = new Intl.DateTimeFormat(locale === "vi" ? "vi-VN" : "en-GB", {
        timeStyle: "medium",
        timeZone: "Asia/Ho_Chi_Minh",
      }).format(new Date(result.savedAt));
      setStatus(format(t.autosaved, { time }));
    } catch {
      dirty.current = true;
      setStatus(t.autosaveFailed);
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
    setFilledNews(format(t.filledNow, { n: written.length, database, labels: labels.join(", ") }));
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

  return {
    /** Something was typed or chosen: the next tick saves it. */
    markDirty: () => void (dirty.current = true),
    /** Saves now (after the save running, if any). */
    save: () => void latestSave.current(),
    lookUpSoon,
    /** The last save's word ("saved at …", "not saved", "stopped"), and whether autosaving stopped. */
    status,
    stopped: status === t.autosaveStopped,
    /** What the registry said to the last save. */
    notice,
    /** Fields the registry filled, as the last save left them. */
    registryFilled,
    /** What a save filled, for the live region. */
    filledNews,
  };
}
