// Checks an e-form definition as administrators write it (JSON text), in the browser for
// instant feedback and on the server as the authority: syntax, the meta-schema, and the
// references a definition makes to its procedure version (required documents, fee lines).
import { formDefinitionSchema, type FormDefinition } from "./definition";

export type DefinitionProblem = { path: string; message: string };

/**
 * Every problem with a definition, as path and message: JSON syntax, the meta-schema,
 * attachments naming documents the version does not require, fee rules naming lines it
 * does not have. Empty when the definition can be published.
 */
export function definitionProblems(json: string, context: { documentKeys: string[]; feeLineCount: number }): { problems: DefinitionProblem[]; definition?: FormDefinition } {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return { problems: [{ path: "(JSON)", message: error instanceof Error ? error.message : "invalid JSON" }] };
  }
  const parsed = formDefinitionSchema.safeParse(raw);
  if (!parsed.success) return { problems: parsed.error.issues.map((i) => ({ path: i.path.join(".") || "(gốc)", message: i.message })) };
  const problems: DefinitionProblem[] = [];
  parsed.data.pages.forEach((page, p) => page.fields.forEach((field, f) => {
    if (field.type === "attachment" && !context.documentKeys.includes(field.documentKey)) {
      problems.push({ path: `pages.${p}.fields.${f}.documentKey`, message: `"${field.documentKey}" is not a required document of this procedure (${context.documentKeys.join(", ")})` });
    }
  }));
  (parsed.data.feeRules ?? []).forEach((rule, r) => {
    if (rule.line >= context.feeLineCount) problems.push({ path: `feeRules.${r}.line`, message: `the version has ${context.feeLineCount} online fee lines (0–${context.feeLineCount - 1})` });
  });
  return { problems, definition: parsed.data };
}
