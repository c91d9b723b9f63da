// Checks an e-form definition as administrators write it (JSON text), in the browser for
// instant feedback and on the server as the authority: syntax, the meta-schema, and the
// references a definition makes to its procedure version (required documents, fee lines,
// the kind of agency that decides).
import type { CompetentAgencyKind } from "@/lib/generated/prisma/enums";
import { COMPETENT_WARD_FIELD, isChosenByApplicant } from "@/lib/procedures/competent";
import { formDefinitionSchema, type FormDefinition } from "@/lib/forms/definition";

export type DefinitionProblem = { path: string; message: string };

/** A document the procedure version lists: always required, required in a case it names, or optional. */
export type ListedDocument = { key: string; required: boolean; conditional: boolean };

/** What a definition may refer to in its procedure version. */
export type DefinitionContext = {
  documents: ListedDocument[];
  feeLineCount: number;
  competentKind: CompetentAgencyKind;
};

/**
 * Documents the portal establishes itself, which no attachment field asks for: the request
 * form, which the e-form is, and the power of attorney, which the portal's own record of who
 * may file for whom replaces (a person files for themselves, or for an organisation whose
 * mandate the portal holds).
 */
export const ESTABLISHED_BY_THE_PORTAL: ReadonlySet<string> = new Set(["to-khai", "van-ban-uy-quyen"]);

/**
 * Every problem with a definition, as path and message: JSON syntax, the meta-schema,
 * attachments naming documents the version does not list, a document the version requires
 * (always, or in a case) that no attachment field asks for (or, always required, asks for
 * as optional), fee rules naming lines it does not have, and a choice of ward that does not
 * match who decides (docs/domain.md §8b): a version decided by a ward-level agency asks for
 * it in the required, always shown ward field `competentWard`; one decided at city level
 * asks for no ward. Empty when the definition can be published.
 */
export function definitionProblems(
  json: string,
  context: DefinitionContext,
): { problems: DefinitionProblem[]; definition?: FormDefinition } {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return { problems: [{ path: "(JSON)", message: error instanceof Error ? error.message : "invalid JSON" }] };
  }
  const parsed = formDefinitionSchema.safeParse(raw);
  if (!parsed.success)
    return { problems: parsed.error.issues.map((i) => ({ path: i.path.join(".") || "(gốc)", message: i.message })) };
  const problems: DefinitionProblem[] = [];
  const documentKeys = context.documents.map((d) => d.key);
  parsed.data.pages.forEach((page, p) =>
    page.fields.forEach((field, f) => {
      if (field.type === "attachment" && !documentKeys.includes(field.documentKey)) {
        problems.push({
          path: `pages.${p}.fields.${f}.documentKey`,
          message: `"${field.documentKey}" is not a required document of this procedure (${documentKeys.join(", ")})`,
        });
      }
    }),
  );
  const attachments = parsed.data.pages.flatMap((page) =>
    page.fields.filter((field) => field.type === "attachment").map((field) => ({ field, page })),
  );
  for (const document of context.documents) {
    if (!(document.required || document.conditional) || ESTABLISHED_BY_THE_PORTAL.has(document.key)) continue;
    const asking = attachments.filter((a) => a.field.documentKey === document.key);
    if (asking.length === 0) {
      problems.push({
        path: `documents.${document.key}`,
        message:
          `the procedure requires the document "${document.key}"${document.conditional ? " in some cases" : ""}: ` +
          `add an attachment field for it${document.conditional ? ", shown in that case" : ""}`,
      });
    } else if (
      document.required &&
      !document.conditional &&
      !asking.some((a) => a.field.required && !a.field.showIf && !a.page.showIf)
    ) {
      problems.push({
        path: `documents.${document.key}`,
        message:
          `the document "${document.key}" is always required: its attachment field must be required and ` +
          `always shown`,
      });
    }
  }
  const wardFields = parsed.data.pages
    .flatMap((page, p) =>
      page.fields.flatMap((field, f) =>
        field.type === "group"
          ? field.fields.map((sub, k) => ({
              field: sub,
              page,
              path: `pages.${p}.fields.${f}.fields.${k}`,
              inGroup: true,
            }))
          : [{ field, page, path: `pages.${p}.fields.${f}`, inGroup: false }],
      ),
    )
    .filter((w) => w.field.type === "ward");
  if (isChosenByApplicant(context.competentKind)) {
    const deciding = wardFields.find((w) => w.field.id === COMPETENT_WARD_FIELD && !w.inGroup);
    if (!deciding)
      problems.push({
        path: "pages",
        message:
          `the version is decided by a ward-level agency (${context.competentKind}) that the applicant ` +
          `chooses: add a ward field with the id "${COMPETENT_WARD_FIELD}"`,
      });
    else if (!deciding.field.required || deciding.field.showIf || deciding.page.showIf)
      problems.push({
        path: deciding.path,
        message:
          `the ward field "${COMPETENT_WARD_FIELD}" decides where the dossier goes: it must be required and ` +
          `always shown`,
      });
    for (const other of wardFields.filter((w) => w !== deciding)) {
      problems.push({
        path: other.path,
        message: `only the ward field "${COMPETENT_WARD_FIELD}" is read: it names the agency that decides`,
      });
    }
  } else {
    for (const ward of wardFields)
      problems.push({
        path: ward.path,
        message:
          `the version is decided by the procedure's own agency (${context.competentKind}): the form asks for ` +
          `no ward`,
      });
  }
  (parsed.data.feeRules ?? []).forEach((rule, r) => {
    if (rule.line >= context.feeLineCount)
      problems.push({
        path: `feeRules.${r}.line`,
        message: `the version has ${context.feeLineCount} online fee lines (0–${context.feeLineCount - 1})`,
      });
  });
  return { problems, definition: parsed.data };
}
