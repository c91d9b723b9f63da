// What publishing a draft changes in the form, as an editor reads it before confirming:
// pages and fields added, removed, moved, and for each field kept, which of its settings
// changed, from what to what. Fields are matched by their stable ids.
import type { BilingualText, Condition, FormDefinition, FormField } from "./definition";

export type Difference = {
  kind: "added" | "removed" | "changed" | "moved";
  /** The page or field, by its label in the draft (or in the version in force when removed). */
  subject: BilingualText;
  /** For a change: each setting, with its value before and after (as text). */
  settings?: Array<{ setting: string; before: string; after: string }>;
};

type Placed = { field: FormField; page: string; group?: string; position: number };

function fieldsOf(definition: FormDefinition): Map<string, Placed> {
  const placed = new Map<string, Placed>();
  for (const page of definition.pages) {
    page.fields.forEach((field, position) => {
      placed.set(field.id, { field, page: page.id, position });
      if (field.type === "group")
        field.fields.forEach((inner, k) =>
          placed.set(inner.id, { field: inner, page: page.id, group: field.id, position: k }),
        );
    });
  }
  return placed;
}

const text = (value: unknown): string => {
  if (value === undefined || value === null || value === "") return "—";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
};

/** The settings compared, in the order an editor reads them. */
const SETTINGS = [
  "type",
  "label",
  "hint",
  "required",
  "showIf",
  "prefill",
  "maxLength",
  "min",
  "max",
  "integer",
  "notAfterToday",
  "options",
  "fill",
  "relation",
  "documentKey",
  "minItems",
  "maxItems",
] as const;

function settingText(field: FormField, setting: (typeof SETTINGS)[number]): string {
  const value = (field as Record<string, unknown>)[setting];
  if (setting === "label" || setting === "hint") {
    const bilingual = value as BilingualText | undefined;
    return bilingual ? `${bilingual.vi} / ${bilingual.en}` : "—";
  }
  if (setting === "options")
    return Array.isArray(value) ? (value as Array<{ label: BilingualText }>).map((o) => o.label.vi).join("; ") : "—";
  if (setting === "showIf") return conditionText(value as Condition | undefined);
  return text(value);
}

function conditionText(condition: Condition | undefined): string {
  if (!condition) return "—";
  if ("equals" in condition) return `${condition.field} = ${String(condition.equals)}`;
  if ("in" in condition) return `${condition.field} ∈ {${condition.in.join(", ")}}`;
  if ("filled" in condition) return `${condition.field} ${condition.filled ? "≠" : "="} ∅`;
  if ("all" in condition) return condition.all.map(conditionText).join(" ∧ ");
  return condition.any.map(conditionText).join(" ∨ ");
}

/** Each field's place among the fields of its page or group that both forms have (inserting one moves no other). */
function keptOrder(mine: Map<string, Placed>, theirs: Map<string, Placed>): Map<string, number> {
  const counters = new Map<string, number>();
  const order = new Map<string, number>();
  const sorted = [...mine].sort(([, a], [, b]) => a.position - b.position);
  for (const [id, placed] of sorted) {
    if (!theirs.has(id)) continue;
    const container = `${placed.page}/${placed.group ?? ""}`;
    const next = counters.get(container) ?? 0;
    order.set(id, next);
    counters.set(container, next + 1);
  }
  return order;
}

/** The differences from the version in force (null when it has no form) to the draft. */
export function definitionDifferences(before: FormDefinition | null, after: FormDefinition): Difference[] {
  const differences: Difference[] = [];
  const pagesBefore = new Map((before?.pages ?? []).map((p, i) => [p.id, { page: p, position: i }]));
  after.pages.forEach((page, position) => {
    const old = pagesBefore.get(page.id);
    if (!old) differences.push({ kind: "added", subject: page.title });
    else {
      const settings = [];
      if (old.page.title.vi !== page.title.vi || old.page.title.en !== page.title.en)
        settings.push({
          setting: "title",
          before: `${old.page.title.vi} / ${old.page.title.en}`,
          after: `${page.title.vi} / ${page.title.en}`,
        });
      if (conditionText(old.page.showIf) !== conditionText(page.showIf))
        settings.push({ setting: "showIf", before: conditionText(old.page.showIf), after: conditionText(page.showIf) });
      if (settings.length) differences.push({ kind: "changed", subject: page.title, settings });
      if (old.position !== position) differences.push({ kind: "moved", subject: page.title });
    }
  });
  const pagesAfter = new Set(after.pages.map((p) => p.id));
  for (const [id, { page }] of pagesBefore)
    if (!pagesAfter.has(id)) differences.push({ kind: "removed", subject: page.title });
  const fieldsBefore = before ? fieldsOf(before) : new Map<string, Placed>();
  const fieldsAfter = fieldsOf(after);
  const orderBefore = keptOrder(fieldsBefore, fieldsAfter);
  const orderAfter = keptOrder(fieldsAfter, fieldsBefore);
  for (const [id, now] of fieldsAfter) {
    const old = fieldsBefore.get(id);
    if (!old) {
      differences.push({ kind: "added", subject: now.field.label });
      continue;
    }
    const settings = SETTINGS.map((setting) => ({
      setting,
      before: settingText(old.field, setting),
      after: settingText(now.field, setting),
    })).filter((s) => s.before !== s.after);
    if (settings.length) differences.push({ kind: "changed", subject: now.field.label, settings });
    if (old.page !== now.page || old.group !== now.group || orderBefore.get(id) !== orderAfter.get(id))
      differences.push({ kind: "moved", subject: now.field.label });
  }
  for (const [id, old] of fieldsBefore)
    if (!fieldsAfter.has(id)) differences.push({ kind: "removed", subject: old.field.label });
  return differences;
}
