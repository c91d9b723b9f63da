// What the draft page checks in the browser, with the same compiled schema the server uses:
// the page's problems for the answers in the form now, and which fields conditions read.
import type { compileForm, FormValues } from "@/lib/forms/compile";
import type { Condition, FormPage } from "@/lib/forms/definition";
import { readPageValues } from "@/lib/forms/form-data";

export type PageSchema = ReturnType<ReturnType<typeof compileForm>["pageSchema"]>;

/** The page's problems for the answers now in the form; fields a lookup will fill are left to the server. */
export function findProblems(
  form: HTMLFormElement,
  page: FormPage,
  values: FormValues,
  schema: PageSchema,
  filledBy: Map<string, string>,
): Record<string, string> {
  const current = readPageValues(page, new FormData(form));
  const parsed = schema.safeParse({ ...values, ...current });
  if (parsed.success) return {};
  const awaitingLookup = (key: string) => {
    const source = filledBy.get(key);
    return source !== undefined && typeof current[source] === "string" && current[source] !== "";
  };
  const issues = parsed.error.issues.map((i) => [i.path.join("."), i.message] as const);
  return Object.fromEntries(issues.filter(([key]) => !awaitingLookup(key)));
}

/** Fields a condition looks at. */
export function conditionFieldIds(condition: Condition | undefined): string[] {
  if (!condition) return [];
  if ("all" in condition) return condition.all.flatMap(conditionFieldIds);
  if ("any" in condition) return condition.any.flatMap(conditionFieldIds);
  return [condition.field];
}

/** Fields a registry lookup fills from a number on this page, each with that number's field. */
export function registryTargets(page: FormPage): Map<string, string> {
  return new Map(
    page.fields.flatMap((f) =>
      f.type !== "group" && "fill" in f && f.fill
        ? Object.values(f.fill).flatMap((target) => (target ? [[target, f.id] as const] : []))
        : [],
    ),
  );
}

/** The answer key a control's name stands for ("group.0.field", or "field" for "field.file"). */
export const keyOf = (name: string) => name.replace(/\.file$/, "");
