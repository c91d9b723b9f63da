// One compiler from a form definition to the zod schema that validates answers: the
// browser uses it for quick feedback, the server as the authority. Hidden fields
// (conditions not met) are neither required nor kept; unknown fields are refused.
import { z } from "zod";
import { checkIdNumber } from "@/lib/identity/id-number";
import { todayInVietnam } from "@/lib/clock/dates";
import { canonicalNumber } from "./numbers";
import type { Condition, FormDefinition, FormField, FormPage, GroupField, ScalarField } from "./definition";

export type ScalarValue = string | string[];
export type GroupItem = Record<string, ScalarValue>;
export type FormValues = Record<string, ScalarValue | GroupItem[]>;

/** Error keys; the interface shows them in Vietnamese or English. */
export type FormErrorKey =
  | "required"
  | "required-choice"
  | "required-file"
  | "too-long"
  | "invalid-date"
  | "future-date"
  | "not-a-number"
  | "too-small"
  | "too-large"
  | "invalid-option"
  | "id-number"
  | "phone"
  | "email"
  | "enterprise-code"
  | "too-few-items"
  | "too-many-items"
  | "unknown-field"
  | "invalid";

const ERROR_KEYS = new Set<string>([
  "required",
  "required-choice",
  "required-file",
  "too-long",
  "invalid-date",
  "future-date",
  "not-a-number",
  "too-small",
  "too-large",
  "invalid-option",
  "id-number",
  "phone",
  "email",
  "enterprise-code",
  "too-few-items",
  "too-many-items",
  "unknown-field",
  "invalid",
]);

const PHONE = /^(?:\+84|0)\d{9,10}$/;
const EMAIL = z.email();

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0);
}

/** Whether a condition holds for the given answers. */
export function conditionHolds(condition: Condition | undefined, values: FormValues): boolean {
  if (!condition) return true;
  if ("all" in condition) return condition.all.every((c) => conditionHolds(c, values));
  if ("any" in condition) return condition.any.some((c) => conditionHolds(c, values));
  const value = values[condition.field];
  if ("filled" in condition) return isEmpty(value) !== condition.filled;
  if ("equals" in condition)
    return typeof condition.equals === "boolean"
      ? value === (condition.equals ? "yes" : "no")
      : value === condition.equals;
  return typeof value === "string" && condition.in.includes(value);
}

/** The schema of one non-empty scalar answer. */
export function scalarSchema(field: ScalarField): z.ZodType<ScalarValue> {
  const text = z.string().trim();
  switch (field.type) {
    case "text":
    case "textarea":
      return text.max(field.maxLength, { message: "too-long" });
    case "number":
      // Written as people write them ("15,5", "1.500.000"): the answer is its canonical form.
      return text
        .transform((v) => canonicalNumber(v) ?? "")
        .refine((v) => v !== "" && (!field.integer || Number.isInteger(Number(v))), { message: "not-a-number" })
        .refine((v) => field.min === undefined || Number(v) >= field.min, { message: "too-small" })
        .refine((v) => field.max === undefined || Number(v) <= field.max, { message: "too-large" });
    case "date":
      return text
        .refine(
          (v) =>
            /^\d{4}-\d{2}-\d{2}$/.test(v) &&
            !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
            new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
          { message: "invalid-date" },
        )
        .refine((v) => !field.notAfterToday || v <= todayInVietnam(), { message: "future-date" });
    case "select":
    case "radio":
      return text.refine((v) => field.options.some((o) => o.value === v), { message: "invalid-option" });
    case "checkboxes":
      return z
        .array(z.string())
        .max(field.options.length, { message: "invalid-option" })
        .refine((vs) => vs.every((v) => field.options.some((o) => o.value === v)), { message: "invalid-option" });
    case "yesno":
      return z.enum(["yes", "no"], { message: "invalid-option" });
    case "idNumber":
      return text.refine((v) => checkIdNumber(v).length === 0, { message: "id-number" });
    case "phone":
      return text.transform((v) => v.replace(/[\s.-]/g, "")).refine((v) => PHONE.test(v), { message: "phone" });
    case "email":
      return text.max(200, { message: "too-long" }).refine((v) => EMAIL.safeParse(v).success, { message: "email" });
    case "enterpriseCode":
      return text.regex(/^[A-Za-z0-9]{8,20}$/, { message: "enterprise-code" });
    case "ward":
      return text.regex(/^[a-z0-9-]{1,80}$/, { message: "invalid-option" });
    case "attachment":
      return text.regex(/^[0-9a-f-]{36}$/, { message: "invalid" });
  }
}

type Issue = { path: string; message: FormErrorKey };

/** What a missing answer asks for: something chosen, a file attached, or something typed. */
function requiredKey(field: ScalarField): FormErrorKey {
  if (field.type === "attachment") return "required-file";
  return field.type === "radio" ||
    field.type === "select" ||
    field.type === "yesno" ||
    field.type === "checkboxes" ||
    field.type === "ward"
    ? "required-choice"
    : "required";
}

function validateScalar(
  field: ScalarField,
  value: unknown,
  path: string,
  issues: Issue[],
  out: Record<string, ScalarValue>,
) {
  if (isEmpty(value)) {
    if (field.required) issues.push({ path, message: requiredKey(field) });
    return;
  }
  const parsed = scalarSchema(field).safeParse(
    field.type === "checkboxes" && typeof value === "string" ? [value] : value,
  );
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "invalid";
    // Wrong types (an array for a text field, say) get zod's own message: report them as invalid.
    issues.push({ path, message: (ERROR_KEYS.has(message) ? message : "invalid") as FormErrorKey });
  } else out[field.id] = parsed.data;
}

function validateGroup(field: GroupField, value: unknown, issues: Issue[], out: FormValues) {
  const items = Array.isArray(value) ? (value as unknown[]) : [];
  if (!Array.isArray(value) && !isEmpty(value)) return issues.push({ path: field.id, message: "invalid" });
  if (items.length < field.minItems) issues.push({ path: field.id, message: "too-few-items" });
  if (items.length > field.maxItems) return issues.push({ path: field.id, message: "too-many-items" });
  const cleaned: GroupItem[] = [];
  items.forEach((item, index) => {
    if (typeof item !== "object" || item === null || Array.isArray(item))
      return issues.push({ path: `${field.id}.${index}`, message: "invalid" });
    const row: Record<string, ScalarValue> = {};
    for (const key of Object.keys(item))
      if (!field.fields.some((f) => f.id === key))
        issues.push({ path: `${field.id}.${index}.${key}`, message: "unknown-field" });
    for (const sub of field.fields)
      validateScalar(sub, (item as Record<string, unknown>)[sub.id], `${field.id}.${index}.${sub.id}`, issues, row);
    cleaned.push(row);
  });
  out[field.id] = cleaned;
}

export type CompiledForm = {
  /** The whole submission (every visible page). */
  schema: z.ZodType<FormValues>;
  /** One page of the journey. */
  pageSchema(pageId: string): z.ZodType<FormValues>;
  visiblePages(values: FormValues): FormPage[];
  visibleFields(page: FormPage, values: FormValues): FormField[];
};

export function compileForm(definition: FormDefinition): CompiledForm {
  const allFields = definition.pages.flatMap((p) => p.fields);
  const visiblePages = (values: FormValues) => definition.pages.filter((p) => conditionHolds(p.showIf, values));
  const visibleFields = (page: FormPage, values: FormValues) =>
    page.fields.filter((f) => conditionHolds(f.showIf, values));

  const build = (pages: (values: FormValues) => FormPage[], refuseUnknown: boolean) =>
    z.record(z.string(), z.unknown()).transform((raw, ctx) => {
      const values = raw as FormValues;
      const issues: Issue[] = [];
      const out: FormValues = {};
      if (refuseUnknown)
        for (const key of Object.keys(values))
          if (!allFields.some((f) => f.id === key)) issues.push({ path: key, message: "unknown-field" });
      for (const page of pages(values)) {
        for (const field of visibleFields(page, values)) {
          if (field.type === "group") validateGroup(field, values[field.id], issues, out);
          else validateScalar(field, values[field.id], field.id, issues, out as Record<string, ScalarValue>);
        }
      }
      for (const issue of issues) ctx.addIssue({ code: "custom", path: issue.path.split("."), message: issue.message });
      return out;
    }) as unknown as z.ZodType<FormValues>;

  return {
    schema: build(visiblePages, true),
    pageSchema: (pageId) => build((values) => visiblePages(values).filter((p) => p.id === pageId), false),
    visiblePages,
    visibleFields,
  };
}
