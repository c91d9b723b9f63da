// Declarative e-form definitions, stored with each procedure version and validated by
// this meta-schema. Field ids are stable across versions so answers survive changes.
import { z } from "zod";

export const bilingualSchema = z.object({ vi: z.string().min(1), en: z.string().min(1) });
export type BilingualText = z.infer<typeof bilingualSchema>;

const fieldId = z.string().regex(/^[a-z][a-zA-Z0-9]{0,40}$/);

export type Condition =
  | { field: string; equals: string | boolean }
  | { field: string; in: string[] }
  /** Whether the field has an answer (e.g. a value prefilled only for organisations). */
  | { field: string; filled: boolean }
  | { all: Condition[] }
  | { any: Condition[] };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ field: z.string(), equals: z.union([z.string(), z.boolean()]) }).strict(),
    z.object({ field: z.string(), in: z.array(z.string()).min(1) }).strict(),
    z.object({ field: z.string(), filled: z.boolean() }).strict(),
    z.object({ all: z.array(conditionSchema).min(1) }).strict(),
    z.object({ any: z.array(conditionSchema).min(1) }).strict(),
  ]),
);

/** Where a prefilled value comes from; identity values are shown locked. */
export const PREFILL_SOURCES = [
  "identity.fullName",
  "identity.idNumber",
  "identity.birthDate",
  "identity.sex",
  "identity.address",
  "identity.phone",
  "identity.email",
  "organisation.name",
  "organisation.enterpriseCode",
  "organisation.address",
] as const;
export type PrefillSource = (typeof PREFILL_SOURCES)[number];

/** What a registry lookup can fill in. */
export const PERSON_ATTRIBUTES = [
  "fullName",
  "birthDate",
  "birthYear",
  "sex",
  "ethnicity",
  "nationality",
  "address",
] as const;
export const BUSINESS_ATTRIBUTES = ["name", "address", "legalRepresentative"] as const;
/**
 * Who the person behind an ID number is to the applicant, as the population registry can
 * check it (docs/domain.md §8). Only then does a lookup fill the form; without a relation,
 * or when the registry says otherwise, it only confirms the name the applicant typed.
 */
export const PERSON_RELATIONS = ["self", "spouse", "father", "mother", "selfOrSpouse"] as const;

const optionSchema = z.object({ value: z.string().min(1).max(60), label: bilingualSchema });

const common = {
  id: fieldId,
  label: bilingualSchema,
  hint: bilingualSchema.optional(),
  required: z.boolean().default(true),
  showIf: conditionSchema.optional(),
  prefill: z.enum(PREFILL_SOURCES).optional(),
};

const scalarField = z.discriminatedUnion("type", [
  z.object({ ...common, type: z.literal("text"), maxLength: z.number().int().min(1).max(500).default(200) }).strict(),
  z
    .object({ ...common, type: z.literal("textarea"), maxLength: z.number().int().min(1).max(5000).default(2000) })
    .strict(),
  z
    .object({
      ...common,
      type: z.literal("number"),
      min: z.number().optional(),
      max: z.number().optional(),
      integer: z.boolean().default(true),
    })
    .strict(),
  z.object({ ...common, type: z.literal("date"), notAfterToday: z.boolean().default(false) }).strict(),
  z.object({ ...common, type: z.literal("select"), options: z.array(optionSchema).min(1) }).strict(),
  z.object({ ...common, type: z.literal("radio"), options: z.array(optionSchema).min(2) }).strict(),
  z.object({ ...common, type: z.literal("checkboxes"), options: z.array(optionSchema).min(1) }).strict(),
  z.object({ ...common, type: z.literal("yesno") }).strict(),
  /** With `fill`, a registry lookup of the number fills the named fields (once-only). */
  z
    .object({
      ...common,
      type: z.literal("idNumber"),
      fill: z.partialRecord(z.enum(PERSON_ATTRIBUTES), fieldId).optional(),
      relation: z.enum(PERSON_RELATIONS).optional(),
    })
    .strict(),
  z.object({ ...common, type: z.literal("phone") }).strict(),
  z.object({ ...common, type: z.literal("email") }).strict(),
  z
    .object({
      ...common,
      type: z.literal("enterpriseCode"),
      fill: z.partialRecord(z.enum(BUSINESS_ATTRIBUTES), fieldId).optional(),
    })
    .strict(),
  z.object({ ...common, type: z.literal("ward") }).strict(),
  z.object({ ...common, type: z.literal("attachment"), documentKey: z.string().min(1) }).strict(),
]);

export const groupFieldSchema = z
  .object({
    id: fieldId,
    type: z.literal("group"),
    label: bilingualSchema,
    hint: bilingualSchema.optional(),
    showIf: conditionSchema.optional(),
    minItems: z.number().int().min(0).default(0),
    maxItems: z.number().int().min(1).max(20).default(10),
    fields: z.array(scalarField).min(1),
  })
  .strict();

export const fieldSchema = z.union([scalarField, groupFieldSchema]);

export const pageSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]{0,40}$/),
    title: bilingualSchema,
    intro: bilingualSchema.optional(),
    showIf: conditionSchema.optional(),
    fields: z.array(fieldSchema).min(1),
  })
  .strict();

/**
 * Which of the version's fee lines (by their order, from 0) an answer set owes, when that
 * depends on the answers. `perUnitOf` multiplies the line by a number answer, counting
 * only the units above `beyond` (e.g. each copy from the third).
 */
export const feeRuleSchema = z
  .object({
    line: z.number().int().min(0),
    when: conditionSchema.optional(),
    perUnitOf: fieldId.optional(),
    beyond: z.number().int().min(0).default(0),
  })
  .strict();
export type FeeRule = z.infer<typeof feeRuleSchema>;

const formDefinitionShape = z
  .object({
    formVersion: z.number().int().min(1),
    pages: z.array(pageSchema).min(1),
    /** The applicant signs the submission (remote-signing service). */
    requiresSignature: z.boolean().default(false),
    /** Without rules, every fee line with an amount for online filing is owed. */
    feeRules: z.array(feeRuleSchema).min(1).optional(),
  })
  .strict();

/** A problem of a definition's own structure, with where it is and what to do, in both languages. */
export type StructureProblem = { path: Array<string | number>; message: BilingualText };

/**
 * What the meta-schema's shapes cannot say: every id of a page and of a field used once
 * (a group's fields once within the group), and every condition, registry fill and fee rule naming a field the
 * form has (a top-level field: groups' answers are lists).
 */
export function structureProblems(definition: z.infer<typeof formDefinitionShape>): StructureProblem[] {
  const problems: StructureProblem[] = [];
  const topLevel = new Set<string>();
  const seen = new Set<string>();
  const pageIds = new Set<string>();
  definition.pages.forEach((page, p) => {
    if (pageIds.has(page.id))
      problems.push({
        path: ["pages", p, "id"],
        message: { vi: `Mã trang "${page.id}" bị trùng`, en: `duplicate page id ${page.id}` },
      });
    pageIds.add(page.id);
    page.fields.forEach((field, f) => {
      if (seen.has(field.id))
        problems.push({
          path: ["pages", p, "fields", f],
          message: { vi: `Mã trường "${field.id}" bị trùng`, en: `duplicate field id ${field.id}` },
        });
      seen.add(field.id);
      topLevel.add(field.id);
      // A group's answers are a list of items: its fields' ids are unique within the group.
      if (field.type !== "group") return;
      const inGroup = new Set<string>();
      field.fields.forEach((sub, k) => {
        if (inGroup.has(sub.id))
          problems.push({
            path: ["pages", p, "fields", f, "fields", k],
            message: {
              vi: `Mã trường "${sub.id}" bị trùng trong nhóm "${field.id}"`,
              en: `duplicate field id ${sub.id} in group ${field.id}`,
            },
          });
        inGroup.add(sub.id);
      });
    });
  });
  const check = (condition: Condition | undefined, path: Array<string | number>) => {
    if (!condition) return;
    if ("field" in condition && !topLevel.has(condition.field))
      problems.push({
        path,
        message: {
          vi: `Điều kiện nêu trường "${condition.field}" không có trong biểu mẫu`,
          en: `condition names unknown field ${condition.field}`,
        },
      });
    if ("all" in condition) condition.all.forEach((c) => check(c, path));
    if ("any" in condition) condition.any.forEach((c) => check(c, path));
  };
  definition.pages.forEach((page, p) => {
    check(page.showIf, ["pages", p, "showIf"]);
    page.fields.forEach((field, f) => {
      check(field.showIf, ["pages", p, "fields", f, "showIf"]);
      if (field.type === "group")
        field.fields.forEach((sub, k) => check(sub.showIf, ["pages", p, "fields", f, "fields", k, "showIf"]));
      if ((field.type === "idNumber" || field.type === "enterpriseCode") && field.fill)
        for (const [attribute, target] of Object.entries(field.fill))
          if (target && !topLevel.has(target))
            problems.push({
              path: ["pages", p, "fields", f, "fill", attribute],
              message: {
                vi: `Trường "${field.id}" điền "${attribute}" vào trường "${target}" không có trong biểu mẫu`,
                en: `field ${field.id} fills ${attribute} into unknown field ${target}`,
              },
            });
    });
  });
  (definition.feeRules ?? []).forEach((rule, r) => {
    check(rule.when, ["feeRules", r, "when"]);
    if (rule.perUnitOf && !topLevel.has(rule.perUnitOf))
      problems.push({
        path: ["feeRules", r, "perUnitOf"],
        message: {
          vi: `Quy tắc phí đếm theo trường "${rule.perUnitOf}" không có trong biểu mẫu`,
          en: `fee rule counts unknown field ${rule.perUnitOf}`,
        },
      });
  });
  return problems;
}

export const formDefinitionSchema = formDefinitionShape.superRefine((definition, ctx) => {
  for (const problem of structureProblems(definition))
    ctx.addIssue({
      code: "custom",
      path: problem.path,
      message: problem.message.en,
      params: { vi: problem.message.vi },
    });
});

export type FormDefinition = z.infer<typeof formDefinitionSchema>;
export type FormPage = z.infer<typeof pageSchema>;
export type FormField = z.infer<typeof fieldSchema>;
export type ScalarField = z.infer<typeof scalarField>;
export type GroupField = z.infer<typeof groupFieldSchema>;

/** A definition as written (defaults not yet applied). */
export type FormDefinitionInput = z.input<typeof formDefinitionSchema>;
