// The form builder's operations. Each takes a definition and one thing an editor asked
// for (add a page, move a field, set a condition...) and gives the new definition, or the
// reason it is refused, naming the page or field. The builder's pages post these one at a
// time (docs/filing.md#the-form-builder); the caller checks the result with the
// meta-schema before saving it, so an operation never needs to be trusted.
import { foldVietnamese } from "@/lib/i18n/fold";
import {
  BUSINESS_ATTRIBUTES,
  PERSON_ATTRIBUTES,
  PERSON_RELATIONS,
  PREFILL_SOURCES,
  type BilingualText,
  type Condition,
  type FormDefinition,
  type FormField,
  type FormPage,
  type GroupField,
  type ScalarField,
} from "./definition";

export const FIELD_TYPES = [
  "text",
  "textarea",
  "number",
  "date",
  "select",
  "radio",
  "checkboxes",
  "yesno",
  "idNumber",
  "phone",
  "email",
  "enterpriseCode",
  "ward",
  "attachment",
  "group",
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** A field's condition as the builder offers it: one choice from a list, encoded in one value. */
export type ConditionChoice = string;

/** What an editor may change on a field; a change that does not apply to the field's type is ignored. */
export type FieldChanges = {
  label: BilingualText;
  hint?: BilingualText;
  required: boolean;
  showIf: ConditionChoice;
  prefill?: string;
  maxLength?: number;
  min?: number;
  max?: number;
  integer?: boolean;
  notAfterToday?: boolean;
  /** One option per entry; the value of an option whose Vietnamese label is unchanged is kept. */
  options?: BilingualText[];
  fill?: Record<string, string>;
  relation?: string;
  documentKey?: string;
  minItems?: number;
  maxItems?: number;
};

export type BuilderOperation =
  | { op: "page.add"; title: BilingualText }
  | { op: "page.edit"; pageId: string; title: BilingualText; intro?: BilingualText; showIf: ConditionChoice }
  | { op: "page.move"; pageId: string; direction: "up" | "down" }
  | { op: "page.delete"; pageId: string }
  | { op: "field.add"; pageId: string; groupId?: string; type: FieldType; label: BilingualText }
  | { op: "field.edit"; fieldId: string; changes: FieldChanges }
  | { op: "field.move"; fieldId: string; direction: "up" | "down" }
  | { op: "field.delete"; fieldId: string };

/** What an operation may refer to beyond the definition. */
export type BuilderContext = {
  /** Ids the form used before (earlier versions, removed fields): never given to a new field. */
  reserved: ReadonlySet<string>;
  /** The version's documents an attachment may ask for. */
  documentKeys: readonly string[];
  /** The id a ward field must have to name the deciding agency, when the applicant chooses it. */
  wardFieldId?: string;
};

export type BuilderRefusal = { path: string; message: BilingualText };
export type BuilderResult =
  | {
      ok: true;
      definition: FormDefinition;
      /** The id of the page or field the operation made or changed, for the builder to show. */
      focus?: string;
      /** Ids that left the form: kept reserved so they are never given again. */
      retired: string[];
    }
  | { ok: false; refusal: BuilderRefusal };

const refuse = (path: string, vi: string, en: string): BuilderResult => ({
  ok: false,
  refusal: { path, message: { vi, en } },
});

/** Applies one operation to a copy of the definition. */
export function applyOperation(
  definition: FormDefinition,
  operation: BuilderOperation,
  context: BuilderContext,
): BuilderResult {
  const draft = structuredClone(definition);
  switch (operation.op) {
    case "page.add": {
      const id = newPageId(operation.title.vi, draft, context.reserved);
      const field = starterField(draft, context, operation.title);
      draft.pages.push({ id, title: operation.title, fields: [field] });
      return { ok: true, definition: draft, focus: id, retired: [] };
    }
    case "page.edit": {
      const page = draft.pages.find((p) => p.id === operation.pageId);
      if (!page) return missingPage(operation.pageId);
      page.title = operation.title;
      setOptional(page, "intro", operation.intro);
      const showIf = decodeCondition(operation.showIf, page.showIf);
      if (!showIf.ok) return showIf.refusal;
      setOptional(page, "showIf", showIf.condition);
      return { ok: true, definition: draft, focus: page.id, retired: [] };
    }
    case "page.move": {
      const index = draft.pages.findIndex((p) => p.id === operation.pageId);
      if (index < 0) return missingPage(operation.pageId);
      swap(draft.pages, index, operation.direction);
      return { ok: true, definition: draft, focus: operation.pageId, retired: [] };
    }
    case "page.delete": {
      const index = draft.pages.findIndex((p) => p.id === operation.pageId);
      const page = draft.pages[index];
      if (!page) return missingPage(operation.pageId);
      if (draft.pages.length === 1)
        return refuse(page.id, "Biểu mẫu cần ít nhất một trang", "A form needs at least one page");
      const leaving = page.fields.flatMap(idsOf);
      draft.pages.splice(index, 1);
      const user = usesOf(draft, leaving);
      if (user)
        return refuse(
          page.id,
          `Không xoá được trang "${page.title.vi}": ${user.vi}`,
          `Page "${page.title.en}" cannot be deleted: ${user.en}`,
        );
      return { ok: true, definition: draft, retired: [page.id, ...leaving] };
    }
    case "field.add": {
      const page = draft.pages.find((p) => p.id === operation.pageId);
      if (!page) return missingPage(operation.pageId);
      if (operation.groupId !== undefined) {
        const group = page.fields.find((f): f is GroupField => f.type === "group" && f.id === operation.groupId);
        if (!group) return missingField(operation.groupId);
        if (operation.type === "group")
          return refuse(
            group.id,
            `Nhóm "${group.label.vi}" không thể chứa nhóm khác`,
            `Group "${group.label.en}" cannot hold another group`,
          );
        const made = newField(operation.type, operation.label, draft, context);
        if (!made.ok) return made.result;
        group.fields.push(made.field as ScalarField);
        return { ok: true, definition: draft, focus: fieldKey(made.field, group), retired: [] };
      }
      const made = newField(operation.type, operation.label, draft, context);
      if (!made.ok) return made.result;
      page.fields.push(made.field);
      return { ok: true, definition: draft, focus: made.field.id, retired: [] };
    }
    case "field.edit": {
      const found = locate(draft, operation.fieldId);
      if (!found) return missingField(operation.fieldId);
      const changed = editField(found.field, operation.changes, draft, context);
      if (!changed.ok) return changed;
      found.list[found.index] = changed.field;
      return { ok: true, definition: draft, focus: operation.fieldId, retired: [] };
    }
    case "field.move": {
      const found = locate(draft, operation.fieldId);
      if (!found) return missingField(operation.fieldId);
      swap(found.list, found.index, operation.direction);
      return { ok: true, definition: draft, focus: operation.fieldId, retired: [] };
    }
    case "field.delete": {
      const found = locate(draft, operation.fieldId);
      if (!found) return missingField(operation.fieldId);
      if (found.list.length === 1)
        return refuse(
          operation.fieldId,
          `"${found.field.label.vi}" là trường duy nhất ${found.group ? "của nhóm" : "của trang"}: ` +
            `hãy thêm trường khác trước, hoặc xoá ${found.group ? "nhóm" : "trang"}`,
          `"${found.field.label.en}" is the only field of its ${found.group ? "group" : "page"}: add another ` +
            `first, or delete the ${found.group ? "group" : "page"}`,
        );
      const leaving = idsOf(found.field);
      found.list.splice(found.index, 1);
      // Conditions, fills and fee rules name a page's fields only.
      const user = found.group ? null : usesOf(draft, leaving);
      if (user)
        return refuse(
          operation.fieldId,
          `Không xoá được "${found.field.label.vi}": ${user.vi}`,
          `"${found.field.label.en}" cannot be deleted: ${user.en}`,
        );
      return { ok: true, definition: draft, retired: leaving };
    }
  }
}

function missingPage(id: string): BuilderResult {
  return refuse(id, `Biểu mẫu không có trang "${id}" (có thể người khác vừa xoá)`, `The form has no page ${id}`);
}

function missingField(id: string): BuilderResult {
  return refuse(id, `Biểu mẫu không có trường "${id}" (có thể người khác vừa xoá)`, `The form has no field ${id}`);
}

function setOptional<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined) {
  if (value === undefined) delete target[key];
  else target[key] = value;
}

function swap<T>(list: T[], index: number, direction: "up" | "down") {
  const other = direction === "up" ? index - 1 : index + 1;
  if (other < 0 || other >= list.length) return;
  [list[index], list[other]] = [list[other] as T, list[index] as T];
}

function idsOf(field: FormField): string[] {
  return field.type === "group" ? [field.id, ...field.fields.map((f) => f.id)] : [field.id];
}

/** Every id the definition uses: pages, fields and the fields of groups. */
export function idsInDefinition(definition: FormDefinition): string[] {
  return [...definition.pages.map((p) => p.id), ...definition.pages.flatMap((p) => p.fields.flatMap(idsOf))];
}

type Located = { field: FormField; list: FormField[]; index: number; page: FormPage; group?: GroupField };

/**
 * A field of the definition, with the list that holds it: a page's field by its id, a
 * group's by "group.field" (an older form may reuse a page field's id inside a group).
 */
export function locate(definition: FormDefinition, key: string): Located | null {
  const [first, inner] = key.split(".");
  for (const page of definition.pages) {
    for (const [index, field] of page.fields.entries()) {
      if (field.id !== first) continue;
      if (inner === undefined) return { field, list: page.fields, index, page };
      if (field.type !== "group") return null;
      const at = field.fields.findIndex((f) => f.id === inner);
      if (at < 0) return null;
      return {
        field: field.fields[at] as ScalarField,
        list: field.fields as FormField[],
        index: at,
        page,
        group: field,
      };
    }
  }
  return null;
}

/** How the builder names a field in its forms: its id, or "group.field" for a group's. */
export const fieldKey = (field: { id: string }, group?: { id: string }) =>
  group ? `${group.id}.${field.id}` : field.id;

/** Who in the definition names one of the ids (a condition, a registry fill, a fee rule), told for the editor. */
function usesOf(definition: FormDefinition, ids: readonly string[]): BilingualText | null {
  const names = (condition: Condition | undefined): boolean =>
    !!condition &&
    (("field" in condition && ids.includes(condition.field)) ||
      ("all" in condition && condition.all.some(names)) ||
      ("any" in condition && condition.any.some(names)));
  for (const page of definition.pages) {
    if (names(page.showIf))
      return { vi: `điều kiện hiện trang "${page.title.vi}" dựa vào nó`, en: `page "${page.title.en}" is shown by it` };
    for (const field of page.fields) {
      const inner = field.type === "group" ? field.fields : [];
      for (const user of [field, ...inner]) {
        if (names(user.showIf))
          return {
            vi: `điều kiện hiện trường "${user.label.vi}" dựa vào nó`,
            en: `field "${user.label.en}" is shown by it`,
          };
        if ((user.type === "idNumber" || user.type === "enterpriseCode") && user.fill)
          if (Object.values(user.fill).some((target) => target && ids.includes(target)))
            return {
              vi: `trường "${user.label.vi}" điền vào nó từ cơ sở dữ liệu`,
              en: `field "${user.label.en}" fills it from the registry`,
            };
      }
    }
  }
  if ((definition.feeRules ?? []).some((rule) => names(rule.when) || (rule.perUnitOf && ids.includes(rule.perUnitOf))))
    return { vi: "một quy tắc tính phí dựa vào nó", en: "a fee rule depends on it" };
  return null;
}

/** An id made from a label: folded to ASCII, camelCase, never one the form has or had. */
export function newFieldId(label: string, taken: ReadonlySet<string>): string {
  const words = foldVietnamese(label).replace(/\./g, " ").split(" ").filter(Boolean);
  const camel = words.map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join("");
  const base = (/^[a-z]/.test(camel) ? camel : `field${camel.charAt(0).toUpperCase()}${camel.slice(1)}`).slice(0, 36);
  return unique(base || "field", taken);
}

function newPageId(title: string, definition: FormDefinition, reserved: ReadonlySet<string>): string {
  const words = foldVietnamese(title).replace(/\./g, " ").split(" ").filter(Boolean);
  const slug = words.join("-").slice(0, 36).replace(/-+$/, "");
  const base = /^[a-z]/.test(slug) ? slug : `trang-${slug}`.replace(/-+$/, "");
  return unique(base, new Set([...reserved, ...idsInDefinition(definition)]), "-");
}

function unique(base: string, taken: ReadonlySet<string>, separator = ""): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}${separator}${n}`)) return `${base}${separator}${n}`;
}

function takenIds(definition: FormDefinition, context: BuilderContext): Set<string> {
  return new Set([...context.reserved, ...idsInDefinition(definition)]);
}

const DEFAULT_OPTIONS: BilingualText[] = [
  { vi: "Lựa chọn 1", en: "Option 1" },
  { vi: "Lựa chọn 2", en: "Option 2" },
];

/** The first field of a new page: a short text, which the editor then changes or replaces. */
function starterField(definition: FormDefinition, context: BuilderContext, title: BilingualText): ScalarField {
  const label = { vi: `${title.vi}: nội dung`, en: `${title.en}: details` };
  return {
    id: newFieldId(label.vi, takenIds(definition, context)),
    type: "text",
    label,
    required: true,
    maxLength: 200,
  };
}

function newField(
  type: FieldType,
  label: BilingualText,
  definition: FormDefinition,
  context: BuilderContext,
): { ok: true; field: FormField } | { ok: false; result: BuilderResult } {
  const taken = takenIds(definition, context);
  const deciding = type === "ward" && context.wardFieldId && !taken.has(context.wardFieldId);
  const id = deciding ? (context.wardFieldId as string) : newFieldId(label.vi, taken);
  const common = { id, label, required: true };
  switch (type) {
    case "text":
      return { ok: true, field: { ...common, type, maxLength: 200 } };
    case "textarea":
      return { ok: true, field: { ...common, type, maxLength: 2000 } };
    case "number":
      return { ok: true, field: { ...common, type, integer: true } };
    case "date":
      return { ok: true, field: { ...common, type, notAfterToday: false } };
    case "select":
    case "radio":
    case "checkboxes":
      return { ok: true, field: { ...common, type, options: optionsFrom(DEFAULT_OPTIONS, []) } };
    case "attachment": {
      const asked = new Set(
        definition.pages.flatMap((p) =>
          p.fields
            .flatMap((f) => (f.type === "group" ? f.fields : [f]))
            .flatMap((f) => (f.type === "attachment" ? [f.documentKey] : [])),
        ),
      );
      const documentKey = context.documentKeys.find((k) => !asked.has(k)) ?? context.documentKeys[0];
      if (!documentKey)
        return {
          ok: false,
          result: refuse(
            id,
            "Thủ tục chưa có thành phần hồ sơ nào để đính kèm",
            "The procedure lists no document to attach",
          ),
        };
      return { ok: true, field: { ...common, type, documentKey } };
    }
    case "group": {
      const itemLabel = { vi: `${label.vi}: nội dung`, en: `${label.en}: details` };
      const inner: ScalarField = {
        id: newFieldId(itemLabel.vi, new Set([...taken, id])),
        type: "text",
        label: itemLabel,
        required: true,
        maxLength: 200,
      };
      return { ok: true, field: { id, type, label, minItems: 0, maxItems: 10, fields: [inner] } };
    }
    default:
      return { ok: true, field: { ...common, type } };
  }
}

/** Options with values kept for labels that did not change, and new values made from new labels. */
function optionsFrom(
  labels: readonly BilingualText[],
  current: ReadonlyArray<{ value: string; label: BilingualText }>,
) {
  const used = new Set<string>();
  return labels.map((label) => {
    const kept = current.find((o) => o.label.vi === label.vi && !used.has(o.value));
    const value =
      kept?.value ??
      unique(
        foldVietnamese(label.vi).replace(/[ .]+/g, "-").slice(0, 50) || "lua-chon",
        new Set([...used, ...current.map((o) => o.value)]),
        "-",
      );
    used.add(value);
    return { value, label };
  });
}

function editField(
  field: FormField,
  changes: FieldChanges,
  definition: FormDefinition,
  context: BuilderContext,
): { ok: true; field: FormField } | Extract<BuilderResult, { ok: false }> {
  const next: Record<string, unknown> = { ...field, label: changes.label };
  if (changes.hint) next.hint = changes.hint;
  else delete next.hint;
  const showIf = decodeCondition(changes.showIf, field.showIf);
  if (!showIf.ok) return showIf.refusal;
  if (showIf.condition && "field" in showIf.condition && showIf.condition.field === field.id)
    return refuse(
      field.id,
      "Một trường không thể hiện theo chính nó",
      "A field cannot be shown by its own answer",
    ) as Extract<BuilderResult, { ok: false }>;
  if (showIf.condition) next.showIf = showIf.condition;
  else delete next.showIf;
  if (field.type === "group") {
    if (changes.minItems !== undefined) next.minItems = changes.minItems;
    if (changes.maxItems !== undefined) next.maxItems = changes.maxItems;
    return { ok: true, field: next as FormField };
  }
  next.required = changes.required;
  if (changes.prefill && (PREFILL_SOURCES as readonly string[]).includes(changes.prefill))
    next.prefill = changes.prefill;
  else delete next.prefill;
  if ((field.type === "text" || field.type === "textarea") && changes.maxLength !== undefined)
    next.maxLength = changes.maxLength;
  if (field.type === "number") {
    setOptional(next, "min", changes.min);
    setOptional(next, "max", changes.max);
    if (changes.integer !== undefined) next.integer = changes.integer;
  }
  if (field.type === "date" && changes.notAfterToday !== undefined) next.notAfterToday = changes.notAfterToday;
  if ((field.type === "select" || field.type === "radio" || field.type === "checkboxes") && changes.options)
    next.options = optionsFrom(changes.options, field.options);
  if (field.type === "attachment" && changes.documentKey !== undefined) {
    if (!context.documentKeys.includes(changes.documentKey))
      return refuse(
        field.id,
        `Trường đính kèm "${changes.label.vi}" phải gắn với một giấy tờ trong thành phần hồ sơ`,
        `Attachment "${changes.label.en}" must be tied to one of the procedure's documents`,
      ) as Extract<BuilderResult, { ok: false }>;
    next.documentKey = changes.documentKey;
  }
  if (field.type === "idNumber" || field.type === "enterpriseCode") {
    const attributes: readonly string[] = field.type === "idNumber" ? PERSON_ATTRIBUTES : BUSINESS_ATTRIBUTES;
    const fill = Object.fromEntries(
      Object.entries(changes.fill ?? {}).filter(([attribute, target]) => attributes.includes(attribute) && target),
    );
    const self = Object.entries(fill).find(([, target]) => target === field.id);
    if (self)
      return refuse(
        field.id,
        `"${changes.label.vi}" không thể tự điền vào chính nó`,
        `"${changes.label.en}" cannot fill itself`,
      ) as Extract<BuilderResult, { ok: false }>;
    setOptional(next, "fill", Object.keys(fill).length ? fill : undefined);
    if (field.type === "idNumber")
      setOptional(
        next,
        "relation",
        changes.relation && (PERSON_RELATIONS as readonly string[]).includes(changes.relation)
          ? changes.relation
          : undefined,
      );
  }
  void definition;
  return { ok: true, field: next as FormField };
}

/**
 * The builder's list of conditions, one value each: "" (always shown), "keep" (a condition
 * written in JSON that the list cannot show, left as it is), "eq:<field>:<value>",
 * "filled:<field>" and "empty:<field>".
 */
export function decodeCondition(
  choice: ConditionChoice,
  current: Condition | undefined,
): { ok: true; condition: Condition | undefined } | { ok: false; refusal: Extract<BuilderResult, { ok: false }> } {
  if (choice === "") return { ok: true, condition: undefined };
  if (choice === "keep") return { ok: true, condition: current };
  const [kind, field, ...rest] = choice.split(":");
  if (field && kind === "filled") return { ok: true, condition: { field, filled: true } };
  if (field && kind === "empty") return { ok: true, condition: { field, filled: false } };
  if (field && kind === "eq" && rest.length) {
    const value = rest.join(":");
    return {
      ok: true,
      condition: { field, equals: value === "true" ? true : value === "false" ? false : value },
    };
  }
  return {
    ok: false,
    refusal: refuse("showIf", "Điều kiện không hợp lệ", "The condition is not valid") as Extract<
      BuilderResult,
      { ok: false }
    >,
  };
}

/** The value that stands for a condition in the builder's list ("keep" when the list has no such entry). */
export function encodeCondition(condition: Condition | undefined): ConditionChoice {
  if (!condition) return "";
  if ("equals" in condition) return `eq:${condition.field}:${String(condition.equals)}`;
  if ("filled" in condition) return `${condition.filled ? "filled" : "empty"}:${condition.field}`;
  return "keep";
}
