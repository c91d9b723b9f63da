"use server";

import { refresh, updateTag } from "next/cache";
import { z } from "zod";
import { localePath, pick } from "@/lib/i18n/locales";
import { CATALOGUE_CACHE_TAG } from "@/lib/procedures/cache";
import {
  changeDraft,
  discardDraft,
  getFormForAdmin,
  publishDraft,
  saveDraftJson,
  saveDraftRules,
} from "@/lib/procedures/form-admin";
import { intentOf } from "@/lib/procedures/rules-form";
import { carriedAnswers, startTry, tryPage, type TryState } from "@/lib/forms/try-out";
import { readPageValues } from "@/lib/forms/form-data";
import { FIELD_TYPES, type BuilderOperation, type FieldChanges } from "@/lib/forms/builder";
import { boundKey, serverAction, stateAction, textField, versionField } from "@/lib/web/action";
import { BUSINESS_ATTRIBUTES, PERSON_ATTRIBUTES, type BilingualText } from "@/lib/forms/definition";
import { ConflictError, ValidationError } from "@/lib/errors";

const builderPath = (locale: "vi" | "en", slug: string, query = "") =>
  `${localePath(locale, `/admin/thu-tuc/${slug}/bieu-mau`)}${query}`;

const id = z.string().regex(/^[a-z][a-zA-Z0-9-]{0,40}$/);
/** A page's field by id, a group's as "group.field". */
const fieldKey = z.string().regex(/^[a-z][a-zA-Z0-9]{0,40}(?:\.[a-z][a-zA-Z0-9]{0,40})?$/);
const text = (max: number) => textField(max).transform((t) => t.trim());
const optionalNumber = z
  .string()
  .trim()
  .regex(/^-?\d{1,12}(?:[.,]\d{1,6})?$/)
  .transform((t) => Number(t.replace(",", ".")))
  .optional()
  .catch(undefined);
const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on");

/** Both labels given, or the one that is empty is refused beside its field. */
const bilingual = (vi: string, en: string, name: string): BilingualText => {
  if (!vi)
    throw new ValidationError({
      [`${name}Vi`]: { vi: "Hãy nhập nội dung tiếng Việt.", en: "Enter the Vietnamese text." },
    });
  if (!en)
    throw new ValidationError({ [`${name}En`]: { vi: "Hãy nhập nội dung tiếng Anh.", en: "Enter the English text." } });
  return { vi, en };
};
const optionalBilingual = (vi: string, en: string, name: string) => (vi || en ? bilingual(vi, en, name) : undefined);

/** "Nhãn tiếng Việt | English label", one option per line. */
function optionLines(lines: string): BilingualText[] {
  return lines
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, 100)
    .map((line) => {
      const [vi = "", en = ""] = line.split("|").map((part) => part.trim().slice(0, 200));
      return { vi, en: en || vi };
    });
}

const posted = z.object({
  revision: versionField,
  op: z.enum([
    "page.add",
    "page.edit",
    "page.move",
    "page.delete",
    "field.add",
    "field.edit",
    "field.move",
    "field.delete",
  ]),
  pageId: id.optional(),
  groupId: id.optional().or(z.literal("").transform(() => undefined)),
  fieldId: fieldKey.optional(),
  direction: z.enum(["up", "down"]).optional(),
  type: z.enum(FIELD_TYPES).optional(),
  titleVi: text(200),
  titleEn: text(200),
  introVi: text(1000),
  introEn: text(1000),
  labelVi: text(300),
  labelEn: text(300),
  hintVi: text(1000),
  hintEn: text(1000),
  required: checkbox,
  showIf: textField(200),
  prefill: textField(60),
  maxLength: optionalNumber,
  min: optionalNumber,
  max: optionalNumber,
  integer: checkbox,
  notAfterToday: checkbox,
  options: textField(20_000),
  relation: textField(30),
  documentKey: textField(100),
  minItems: optionalNumber,
  maxItems: optionalNumber,
  ...Object.fromEntries(
    [...PERSON_ATTRIBUTES, ...BUSINESS_ATTRIBUTES].map((attribute) => [`fill_${attribute}`, textField(60)]),
  ),
});

type Posted = z.infer<typeof posted> & Record<string, unknown>;

/** The operation a builder form posted; a missing id or label is a refusal beside its field. */
function operationOf(input: Posted): BuilderOperation {
  const need = <T>(value: T | undefined, name: string): T => {
    if (value === undefined)
      throw new ValidationError({ [name]: { vi: "Hãy chọn một giá trị.", en: "Choose a value." } });
    return value;
  };
  switch (input.op) {
    case "page.add":
      return { op: input.op, title: bilingual(input.titleVi, input.titleEn, "title") };
    case "page.edit":
      return {
        op: input.op,
        pageId: need(input.pageId, "pageId"),
        title: bilingual(input.titleVi, input.titleEn, "title"),
        intro: optionalBilingual(input.introVi, input.introEn, "intro"),
        showIf: input.showIf,
      };
    case "page.move":
      return { op: input.op, pageId: need(input.pageId, "pageId"), direction: need(input.direction, "direction") };
    case "page.delete":
      return { op: input.op, pageId: need(input.pageId, "pageId") };
    case "field.add":
      return {
        op: input.op,
        pageId: need(input.pageId, "pageId"),
        groupId: input.groupId,
        type: need(input.type, "type"),
        label: bilingual(input.labelVi, input.labelEn, "label"),
      };
    case "field.move":
      return { op: input.op, fieldId: need(input.fieldId, "fieldId"), direction: need(input.direction, "direction") };
    case "field.delete":
      return { op: input.op, fieldId: need(input.fieldId, "fieldId") };
    case "field.edit": {
      const fill = Object.fromEntries(
        Object.entries(input)
          .filter(([key, value]) => key.startsWith("fill_") && typeof value === "string" && value)
          .map(([key, value]) => [key.slice(5), value as string]),
      );
      const changes: FieldChanges = {
        label: bilingual(input.labelVi, input.labelEn, "label"),
        hint: optionalBilingual(input.hintVi, input.hintEn, "hint"),
        required: input.required,
        showIf: input.showIf,
        prefill: input.prefill || undefined,
        maxLength: input.maxLength,
        min: input.min,
        max: input.max,
        integer: input.integer,
        notAfterToday: input.notAfterToday,
        options: input.options ? optionLines(input.options) : undefined,
        fill,
        relation: input.relation || undefined,
        documentKey: input.documentKey || undefined,
        minItems: input.minItems,
        maxItems: input.maxItems,
      };
      return { op: input.op, fieldId: need(input.fieldId, "fieldId"), changes };
    }
  }
}

/** One change of the form builder (every button of the builder posts one): saved to the draft, or refused. */
export const builderAction = serverAction({
  name: "procedure.draft.change",
  bound: boundKey,
  input: posted,
  back: ({ key: slug, locale }, formData) => {
    const focus = formData.get("fieldId") ?? formData.get("pageId");
    const editing = formData.get("op") === "field.edit" || formData.get("op") === "page.edit";
    const query =
      editing && typeof focus === "string" && /^[a-zA-Z0-9.-]{1,83}$/.test(focus)
        ? `?${formData.get("op") === "field.edit" ? "truong" : "trang"}=${focus}`
        : "";
    return { path: builderPath(locale, slug, query), anchor: editing ? "edit" : "changes" };
  },
  async run({ actor, bound: { key: slug, locale }, input }) {
    const operation = operationOf(input as Posted);
    const { focus } = await changeDraft(actor, slug, { revision: input.revision, operation });
    // The builder pages the browser keeps show an older revision now: Back asks the server again.
    refresh();
    const kind = operation.op.startsWith("page") ? "trang" : "truong";
    const keepOpen = operation.op.endsWith(".add") || operation.op.endsWith(".edit");
    return builderPath(
      locale,
      slug,
      focus && keepOpen ? `?${kind}=${focus}&saved=1#edit` : `?saved=1${focus ? `#item-${focus}` : ""}`,
    );
  },
});

/** The longest text a rules form field may post (the legal basis: 30 lines). */
const RULES_TEXT_MAX = 20_000;

/** Saves the version rules' form to the draft, with the row move or removal its button asked for. */
export const saveRulesAction = serverAction({
  name: "procedure.draft.rules",
  bound: boundKey,
  input: z.object({ revision: versionField, intent: textField(40) }),
  // The summary, and not where the page was (a redirect keeps the fragment of the page that posted).
  back: ({ key: slug, locale }) => ({ path: `${builderPath(locale, slug)}/quy-dinh`, anchor: "error-summary" }),
  async run({ actor, bound: { key: slug, locale }, input, formData }) {
    const posted: Record<string, string> = {};
    for (const [key, value] of formData.entries())
      if (typeof value === "string" && !key.startsWith("$ACTION")) posted[key] ??= value.slice(0, RULES_TEXT_MAX);
    const intent = intentOf(input.intent);
    const { changed } = await saveDraftRules(actor, slug, { revision: input.revision, posted, intent });
    refresh();
    const page = `${builderPath(locale, slug)}/quy-dinh`;
    if (intent.kind === "save") return `${page}?saved=${changed ? "1" : "none"}#rules-status`;
    if (intent.kind === "remove") return `${page}?saved=removed#${intent.list}`;
    // The row that moved, where it is now.
    return `${page}?saved=moved#${intent.list}-row-${intent.row + (intent.kind === "up" ? -1 : 1)}`;
  },
});

/** Throws the draft away. */
export const discardDraftAction = serverAction({
  name: "procedure.draft.discard",
  bound: boundKey,
  input: z.object({ revision: versionField }),
  back: ({ key: slug, locale }) => ({ path: builderPath(locale, slug) }),
  async run({ actor, bound: { key: slug, locale }, input }) {
    await discardDraft(actor, slug, { revision: input.revision });
    return builderPath(locale, slug, "?discarded=1");
  },
});

/** Publishes the reviewed draft as a new version, and drops the cached catalogue. */
export const publishDraftAction = serverAction({
  name: "procedure.form.publish",
  bound: boundKey,
  input: z.object({ revision: versionField, effectiveFrom: textField(10), confirmed: checkbox }),
  back: ({ key: slug, locale }) => ({ path: `${builderPath(locale, slug)}/xuat-ban` }),
  async run({ actor, bound: { key: slug, locale }, input }) {
    const { version } = await publishDraft(actor, slug, input);
    // Public pages show the version in force: drop the cached catalogue data.
    updateTag(CATALOGUE_CACHE_TAG);
    return builderPath(locale, slug, `?published=${version}`);
  },
});

export type JsonState = { problems: Array<{ path: string; message: string }>; saved?: boolean; revision?: number };

/** Saves the JSON view over the draft; the text stays in the editor whatever the answer. */
export const saveJsonAction = stateAction({
  name: "procedure.draft.json",
  bound: boundKey,
  input: z.object({ revision: versionField, definition: textField(1_000_000) }),
  refused: (error, { locale }): JsonState => ({
    problems: [
      ...(error.messageVi ? [{ path: "", message: locale === "vi" ? error.messageVi : error.messageEn }] : []),
      ...Object.entries(error.fieldErrors).map(([path, message]) => ({ path, message: pick(locale, message) })),
    ],
  }),
  async run({ actor, bound: { key: slug, locale }, input }): Promise<JsonState> {
    try {
      const { revision } = await saveDraftJson(actor, slug, { revision: input.revision, json: input.definition });
      return { problems: [], saved: true, revision };
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      return { problems: [{ path: "", message: locale === "vi" ? error.messageVi : error.messageEn }] };
    }
  },
});

/** Stands for a file chosen in "try it": the file itself is never sent on nor kept. */
const TRIED_FILE = "00000000-0000-4000-8000-000000000000";

/** One page of "try it": checked like a filing page, nothing stored; the answers so far travel with the form. */
export const tryPageAction = stateAction({
  name: "procedure.draft.try",
  bound: boundKey,
  input: z.object({ answers: textField(200_000), pageId: textField(50) }),
  refused: (): TryState => ({ pageId: null, answers: {}, errors: {} }),
  async run({ actor, bound: { key: slug }, input, formData }): Promise<TryState> {
    const { definition } = await getFormForAdmin(actor, slug);
    const page = definition.pages.find((p) => p.id === input.pageId);
    if (!page) return startTry(definition);
    const current = readPageValues(page, formData);
    for (const field of page.fields) {
      const file = formData.get(`${field.id}.file`);
      if (field.type === "attachment" && file instanceof File && file.size > 0) current[field.id] = TRIED_FILE;
    }
    let raw: unknown = {};
    try {
      raw = JSON.parse(input.answers || "{}");
    } catch {
      raw = {};
    }
    return tryPage(definition, carriedAnswers(definition, raw), page.id, current);
  },
});
