// Checks an e-form definition as administrators write it (JSON text), in the browser for
// instant feedback and on the server as the authority: syntax, the meta-schema, and the
// references a definition makes to its procedure version (required documents, fee lines,
// the kind of agency that decides).
import type { CompetentAgencyKind } from "@/lib/generated/prisma/enums";
import { COMPETENT_WARD_FIELD, isChosenByApplicant } from "@/lib/procedures/competent";
import { formDefinitionSchema, type BilingualText, type FormDefinition } from "@/lib/forms/definition";

/**
 * One problem, where it is and what to do in both languages. A problem that `refusesSave`
 * makes the definition wrong (a duplicated id, a condition on a missing field, a group in a
 * group, an attachment for no listed document): nothing is saved. The others say what the
 * form still lacks before it can be published (a required document not yet asked for).
 */
/** Who decides, as the problems name it. */
const KIND_NAMES: Record<CompetentAgencyKind, { vi: string; en: string }> = {
  WARD_PEOPLES_COMMITTEE: { vi: "Ủy ban nhân dân phường, xã", en: "ward People's Committee" },
  WARD_POLICE: { vi: "Công an phường, xã", en: "ward police" },
  CITY_PEOPLES_COMMITTEE: { vi: "Ủy ban nhân dân Thành phố", en: "City People's Committee" },
  CITY_DEPARTMENT: { vi: "sở, ngành của Thành phố", en: "city department" },
  CITY_POLICE: { vi: "Công an Thành phố", en: "City Police" },
};

export type DefinitionProblem = { path: string; message: BilingualText; refusesSave: boolean };

/** A document the procedure version lists: always required, required in a case it names, or optional. */
export type ListedDocument = { key: string; required: boolean; conditional: boolean; name?: BilingualText };

/** What a definition may refer to in its procedure version. */
export type DefinitionContext = {
  documents: ListedDocument[];
  feeLineCount: number;
  competentKind: CompetentAgencyKind;
};

/**
 * Documents the portal establishes itself, which no attachment field asks for: the request
 * form, which the e-form is; the power of attorney, which the portal's own record of who
 * may file for whom replaces (a person files for themselves, or for an organisation whose
 * mandate the portal holds); and the applicant's identity card, which signing in with a
 * level-2 VNeID account verifies against the population database (docs/domain.md §7).
 */
export const ESTABLISHED_BY_THE_PORTAL: ReadonlySet<string> = new Set([
  "to-khai",
  "van-ban-uy-quyen",
  "giay-to-tuy-than",
]);

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
    const detail = error instanceof Error ? error.message : "invalid JSON";
    return {
      problems: [
        {
          path: "(JSON)",
          message: { vi: `JSON không hợp lệ: ${detail}`, en: `invalid JSON: ${detail}` },
          refusesSave: true,
        },
      ],
    };
  }
  return checkDefinition(raw, context);
}

/** The problems of a definition given as a value (the builder's), as `definitionProblems` tells them. */
export function checkDefinition(
  raw: unknown,
  context: DefinitionContext,
): { problems: DefinitionProblem[]; definition?: FormDefinition } {
  const nested = groupsInGroups(raw);
  if (nested.length) return { problems: nested };
  const parsed = formDefinitionSchema.safeParse(raw);
  if (!parsed.success)
    return {
      problems: parsed.error.issues.map((issue) => {
        const where = placeOf(raw, issue.path);
        const vi = issue.code === "custom" && typeof issue.params?.vi === "string" ? issue.params.vi : null;
        return {
          path: issue.path.join(".") || "(gốc)",
          message: {
            vi: vi ?? `${where.vi}: không đúng cấu trúc biểu mẫu (${issue.message})`,
            en: vi ? issue.message : `${where.en}: ${issue.message}`,
          },
          refusesSave: true,
        };
      }),
    };
  const problems: DefinitionProblem[] = [];
  const documentKeys = context.documents.map((d) => d.key);
  parsed.data.pages.forEach((page, p) =>
    page.fields.forEach((field, f) => {
      if (field.type === "attachment" && !documentKeys.includes(field.documentKey)) {
        problems.push({
          path: `pages.${p}.fields.${f}.documentKey`,
          message: {
            vi:
              `Trường đính kèm "${field.id}" nêu giấy tờ "${field.documentKey}" không có trong thành phần hồ sơ ` +
              `của thủ tục (${documentKeys.join(", ")})`,
            en:
              `attachment field ${field.id} names "${field.documentKey}", which is not a document of this ` +
              `procedure (${documentKeys.join(", ")})`,
          },
          refusesSave: true,
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
    const named = document.name ?? { vi: document.key, en: document.key };
    if (asking.length === 0) {
      problems.push({
        path: `documents.${document.key}`,
        message: {
          vi:
            `Thủ tục yêu cầu giấy tờ "${named.vi}"${document.conditional ? " trong một số trường hợp" : ""}: ` +
            `hãy thêm một trường đính kèm cho giấy tờ này${document.conditional ? ", hiện trong trường hợp đó" : ""}`,
          en:
            `the procedure requires the document "${named.en}"${document.conditional ? " in some cases" : ""}: ` +
            `add an attachment field for it${document.conditional ? ", shown in that case" : ""}`,
        },
        refusesSave: false,
      });
    } else if (
      document.required &&
      !document.conditional &&
      !asking.some((a) => a.field.required && !a.field.showIf && !a.page.showIf)
    ) {
      problems.push({
        path: `documents.${document.key}`,
        message: {
          vi: `Giấy tờ "${named.vi}" luôn bắt buộc: trường đính kèm của nó phải bắt buộc và luôn hiện`,
          en:
            `the document "${named.en}" is always required: its attachment field must be required and ` +
            `always shown`,
        },
        refusesSave: false,
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
        message: {
          vi:
            `Thủ tục do ${KIND_NAMES[context.competentKind].vi} mà người nộp chọn giải quyết: hãy thêm ` +
            `trường phường, xã có mã "${COMPETENT_WARD_FIELD}"`,
          en:
            `the version is decided by a ${KIND_NAMES[context.competentKind].en} that the applicant ` +
            `chooses: add a ward field with the id "${COMPETENT_WARD_FIELD}"`,
        },
        refusesSave: false,
      });
    else if (!deciding.field.required || deciding.field.showIf || deciding.page.showIf)
      problems.push({
        path: deciding.path,
        message: {
          vi: `Trường phường, xã "${COMPETENT_WARD_FIELD}" quyết định nơi nhận hồ sơ: phải bắt buộc và luôn hiện`,
          en:
            `the ward field "${COMPETENT_WARD_FIELD}" decides where the dossier goes: it must be required and ` +
            `always shown`,
        },
        refusesSave: false,
      });
    for (const other of wardFields.filter((w) => w !== deciding)) {
      problems.push({
        path: other.path,
        message: {
          vi: `Chỉ trường phường, xã "${COMPETENT_WARD_FIELD}" được dùng: trường này nêu cơ quan giải quyết`,
          en: `only the ward field "${COMPETENT_WARD_FIELD}" is read: it names the agency that decides`,
        },
        refusesSave: false,
      });
    }
  } else {
    for (const ward of wardFields)
      problems.push({
        path: ward.path,
        message: {
          vi: `Thủ tục do ${KIND_NAMES[context.competentKind].vi} giải quyết: ` + `biểu mẫu không hỏi phường, xã`,
          en: `the version is decided by the ${KIND_NAMES[context.competentKind].en}: the form asks for ` + `no ward`,
        },
        refusesSave: false,
      });
  }
  (parsed.data.feeRules ?? []).forEach((rule, r) => {
    if (rule.line >= context.feeLineCount)
      problems.push({
        path: `feeRules.${r}.line`,
        message: {
          vi: `Phiên bản có ${context.feeLineCount} dòng phí nộp trực tuyến (0–${context.feeLineCount - 1})`,
          en: `the version has ${context.feeLineCount} online fee lines (0–${context.feeLineCount - 1})`,
        },
        refusesSave: true,
      });
  });
  return { problems, definition: parsed.data };
}

/** A group holding a group, which the meta-schema refuses without saying which: told by name. */
function groupsInGroups(raw: unknown): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const pages = isRecord(raw) && Array.isArray(raw.pages) ? raw.pages : [];
  pages.forEach((page, p) => {
    const fields = isRecord(page) && Array.isArray(page.fields) ? page.fields : [];
    fields.forEach((field, f) => {
      if (!isRecord(field) || field.type !== "group" || !Array.isArray(field.fields)) return;
      field.fields.forEach((inner, k) => {
        if (isRecord(inner) && inner.type === "group")
          problems.push({
            path: `pages.${p}.fields.${f}.fields.${k}`,
            message: {
              vi: `Nhóm "${String(field.id)}" chứa nhóm "${String(inner.id)}": một nhóm không thể chứa nhóm khác`,
              en: `group ${String(field.id)} holds group ${String(inner.id)}: a group cannot hold another group`,
            },
            refusesSave: true,
          });
      });
    });
  });
  return problems;
}

/** Where a path of the raw definition points, named by the page's and field's ids. */
function placeOf(raw: unknown, path: ReadonlyArray<PropertyKey>): BilingualText {
  const parts: BilingualText[] = [];
  let node: unknown = raw;
  for (const [i, key] of path.entries()) {
    node = isRecord(node) || Array.isArray(node) ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key !== "number" || !isRecord(node)) continue;
    const id = typeof node.id === "string" ? node.id : `#${key + 1}`;
    if (path[i - 1] === "pages") parts.push({ vi: `trang "${id}"`, en: `page ${id}` });
    if (path[i - 1] === "fields") parts.push({ vi: `trường "${id}"`, en: `field ${id}` });
  }
  if (!parts.length) return { vi: "Biểu mẫu", en: "The form" };
  return { vi: parts.map((p) => p.vi).join(" › "), en: parts.map((p) => p.en).join(" › ") };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
