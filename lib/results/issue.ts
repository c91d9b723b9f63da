// What a decision issues (docs/domain.md §3a): the result in its legal form, filled from its
// version's template with the texts the agency decided, or a reasoned refusal; entered in
// the agency's register of the year, rendered as a PDF with the signature block and a QR
// code to its verification page, sealed, and stored in the applicant's data store. The
// leader previews exactly this document, unsigned, before approving.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { renderPdf, type PortalDocument } from "@/lib/documents/pdf";
import { publicUrl } from "@/lib/env";
import type { FormValues } from "@/lib/forms/compile";
import { formDefinitionSchema } from "@/lib/forms/definition";
import { dossierAnswerSections } from "@/lib/forms/display";
import { ValidationError } from "@/lib/errors";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { todayInVietnam } from "@/lib/clock/dates";
import { currentTime } from "@/lib/time";
import { placeAndDate, renderResultPdf, signatureTitles } from "./pdf";
import {
  decisionProblems,
  draftDecision,
  fillTemplate,
  resultTemplateSchema,
  type DecisionField,
  type ResultTemplate,
  type TemplateContext,
} from "./template";

/** A dossier as the decision reads it. */
export type DecidedDossier = {
  id: string;
  code: string;
  agencyId: string;
  applicantUserId: string;
  procedureVersionId: string;
  receivedAt: Date | null;
};

export type Outcome = { outcome: "approve"; texts: Record<string, string> } | { outcome: "deny"; reasons: string };

/** What the decision needs about the dossier's agency, version and applicant, read once. */
export async function decisionSources(
  dossier: Pick<DecidedDossier, "agencyId" | "applicantUserId" | "procedureVersionId">,
  answers: FormValues,
) {
  const [agency, applicant, version] = await Promise.all([
    db().agency.findUniqueOrThrow({
      where: { id: dossier.agencyId },
      select: { code: true, nameVi: true, level: true, kind: true },
    }),
    db().user.findUniqueOrThrow({ where: { id: dossier.applicantUserId }, select: { fullName: true } }),
    db().procedureVersion.findUniqueOrThrow({
      where: { id: dossier.procedureVersionId },
      select: {
        formDefinition: true,
        resultTemplate: true,
        resultDocumentVi: true,
        resultValidityVi: true,
        procedure: { select: { id: true, nameVi: true, code: true } },
      },
    }),
  ]);
  const template = resultTemplateSchema.safeParse(version.resultTemplate);
  return {
    agency,
    applicant,
    version,
    template: template.success ? template.data : null,
    answers,
    names: await wardNamesIn(version.formDefinition, answers),
  };
}
export type DecisionSources = Awaited<ReturnType<typeof decisionSources>>;

/** The names of the wards the answers name (by their agency's slug), not every ward's: this runs on staff pages. */
async function wardNamesIn(definition: unknown, answers: FormValues): Promise<Record<string, string>> {
  const parsed = formDefinitionSchema.safeParse(definition);
  const slugs = (parsed.success ? parsed.data.pages : [])
    .flatMap((page) => page.fields)
    .filter((field) => field.type === "ward")
    .map((field) => answers[field.id])
    .filter((value): value is string => typeof value === "string" && value.length > 0 && value.length <= 100);
  if (slugs.length === 0) return {};
  const wards = await db().agency.findMany({ where: { slug: { in: slugs } }, select: { slug: true, nameVi: true } });
  return Object.fromEntries(wards.map((w) => [w.slug, w.nameVi]));
}

function contextOf(
  sources: DecisionSources,
  dossier: DecidedDossier,
  result: { code: string; issuedAt: Date },
  texts: Record<string, string>,
  register: TemplateContext["register"],
): TemplateContext {
  const definition = formDefinitionSchema.safeParse(sources.version.formDefinition);
  return {
    definition: definition.success ? definition.data : null,
    answers: sources.answers,
    names: sources.names,
    decision: texts,
    dossier: { code: dossier.code, receivedAt: dossier.receivedAt },
    result,
    agency: { name: sources.agency.nameVi },
    register,
    version: { validity: sources.version.resultValidityVi ?? "" },
  };
}

/**
 * The texts the result needs from the decision, each with its label and what is offered:
 * `given` (the appraisal's draft, for the leader) or else the template's draft filled from
 * the application. Empty for a result without such texts.
 */
export function resultFields(
  sources: DecisionSources,
  dossier: DecidedDossier,
  given: Record<string, string> | null,
): Array<DecisionField & { value: string }> {
  if (!sources.template) return [];
  const drafts = draftDecision(
    sources.template,
    contextOf(sources, dossier, { code: dossier.code, issuedAt: currentTime() }, {}, null),
  );
  return sources.template.decision.map((field) => ({ ...field, value: given?.[field.key] ?? drafts[field.key] ?? "" }));
}

const textsSchema = z.record(z.string().max(60), z.string().max(4000)).catch({});

/** The decision's texts as posted (`result.<key>` fields), kept to the template's keys. */
export function postedTexts(template: ResultTemplate | null, raw: unknown): Record<string, string> {
  const posted = textsSchema.parse(raw);
  return Object.fromEntries((template?.decision ?? []).map((d) => [d.key, (posted[d.key] ?? "").trim()]));
}

/** The result's texts a form posts as `result.<key>` (a template defines at most ten), before `postedTexts`. */
export function textsFromForm(formData: FormData): Record<string, string> {
  return Object.fromEntries(
    [...formData.entries()]
      .filter(([key, value]) => key.startsWith("result.") && typeof value === "string")
      .slice(0, 10)
      .map(([key, value]) => [key.slice("result.".length, 70), String(value).slice(0, 4000)]),
  );
}

/** Refuses texts the template requires and did not get, each named beside its field. */
export function checkTexts(template: ResultTemplate | null, texts: Record<string, string>): void {
  if (!template) return;
  const missing = decisionProblems(template, texts);
  if (missing.length === 0) return;
  throw new ValidationError(
    Object.fromEntries(
      missing.map((key) => {
        const field = template.decision.find((d) => d.key === key)!;
        return [
          `result.${key}`,
          {
            vi: `Soạn nội dung "${field.label.vi}" (2 đến 2.000 ký tự).`,
            en: `Write "${field.label.en}" (2 to 2,000 characters).`,
          },
        ];
      }),
    ),
  );
}

/**
 * The next number in the agency's register of results of this procedure for the year (the
 * row stays locked until the transaction ends: two decisions never share a number, and a
 * decision that fails gives its number back).
 */
export async function nextRegisterNumber(
  tx: Prisma.TransactionClient,
  agencyId: string,
  procedureId: string,
  year: number,
) {
  const [row] = await tx.$queryRaw<Array<{ lastNumber: number }>>`
    INSERT INTO "ResultRegister" ("agencyId", "procedureId", "year", "lastNumber")
    VALUES (${agencyId}::uuid, ${procedureId}::uuid, ${year}, 1)
    ON CONFLICT ("agencyId", "procedureId", "year") DO UPDATE SET "lastNumber" = "ResultRegister"."lastNumber" + 1
    RETURNING "lastNumber"`;
  return { number: String(row!.lastNumber), book: String(year) };
}

/**
 * The number the next result of this procedure will take in the agency's register for the
 * year, read without taking it: a result prepared for a signature prints it, and takes it
 * only when signed (`nextRegisterNumber` then checks it is still the next).
 */
export async function reservedRegisterNumber(agencyId: string, procedureId: string, year: number) {
  const row = await db().resultRegister.findUnique({
    where: { agencyId_procedureId_year: { agencyId, procedureId, year } },
    select: { lastNumber: true },
  });
  return { number: String((row?.lastNumber ?? 0) + 1), book: String(year) };
}

export type ComposedResult = { document: PortalDocument; title: string; holder: string };

/**
 * The result document for an outcome. A version without a template (a procedure filed at the
 * counter before it had one) lists the application's answers under its result's name.
 */
export function composeResult(
  sources: DecisionSources,
  dossier: DecidedDossier,
  outcome: Outcome,
  result: { code: string; issuedAt: Date },
  register: TemplateContext["register"],
  signer: string,
  options: {
    preview?: boolean;
    /** A correction: the result this one replaces, and why. */
    replaces?: { code: string; issuedAt: string; reason: string } | null;
  } = {},
): ComposedResult {
  const preview = options.preview ?? false;
  const { agency, version, template } = sources;
  const issuer = [agency.nameVi.toLocaleUpperCase("vi")];
  const signatureBlock = { placeAndDate: placeAndDate(result.issuedAt), titles: signatureTitles(agency), name: signer };
  const footer =
    `Văn bản điện tử có chữ ký số của ${agency.nameVi}. Kiểm tra tính hợp lệ tại ` +
    `${publicUrl()}/tra-cuu-ket-qua/${result.code} hoặc quét mã QR.`;
  const common = {
    issuer,
    signatureBlock,
    ...(preview
      ? {
          watermark: "BẢN XEM TRƯỚC – CHƯA KÝ",
          footer: "Bản xem trước để lãnh đạo đọc trước khi ký: chưa có chữ ký số, không có giá trị pháp lý.",
        }
      : { footer }),
  };
  const procedure = `${version.procedure.nameVi} (${version.procedure.code})`;
  // A refusal, or a result without a template: addressed to the applicant, its content in sections.
  const addressed = (
    title: string,
    heading: string,
    first: Array<[string, string]>,
    rest: PortalDocument["sections"],
  ) => ({
    title,
    holder: sources.applicant.fullName,
    document: {
      ...common,
      title: `${title} ${result.code}`,
      heading,
      lines: [`Số: ${result.code}`],
      sections: [{ title: "", rows: first }, ...rest],
    },
  });
  if (outcome.outcome === "deny")
    return addressed(
      "Thông báo không giải quyết hồ sơ",
      "THÔNG BÁO VỀ VIỆC KHÔNG GIẢI QUYẾT HỒ SƠ",
      [
        ["Kính gửi", sources.applicant.fullName],
        ["Thủ tục", procedure],
        ["Mã hồ sơ", dossier.code],
      ],
      [{ title: "Lý do không giải quyết", rows: [["", outcome.reasons]] }],
    );
  if (!template)
    return addressed(
      version.resultDocumentVi,
      version.resultDocumentVi.toLocaleUpperCase("vi"),
      [
        ["Cấp cho", sources.applicant.fullName],
        ["Thủ tục", procedure],
        ["Ngày cấp", formatDateTime(result.issuedAt)],
      ],
      dossierAnswerSections(version.formDefinition, sources.answers, "vi", sources.names).map((s) => ({
        ...s,
        rows: s.rows.filter(([, value]) => value !== "Chưa nhập"),
      })),
    );
  const filled = fillTemplate(template, contextOf(sources, dossier, result, outcome.texts, register));
  return {
    title: version.resultDocumentVi,
    holder: filled.holder || sources.applicant.fullName,
    document: {
      ...common,
      title: `${filled.title} ${result.code}`,
      heading: filled.title,
      lines: filled.preamble.map(([label, value]) => (label ? `${label}: ${value}` : value)),
      sections: [
        ...filled.sections,
        ...(filled.closing.length ? [{ title: "", rows: filled.closing }] : []),
        ...(options.replaces ? [replacementSection(options.replaces)] : []),
      ],
    },
  };
}

/** What a correction says of the result it replaces. */
function replacementSection(replaces: { code: string; issuedAt: string; reason: string }) {
  return {
    title: "Đính chính",
    rows: [
      [
        "",
        `Văn bản này thay thế văn bản số ${replaces.code} cấp ngày ` +
          `${formatDate(todayInVietnam(new Date(replaces.issuedAt)))}, văn bản đó không còn giá trị.`,
      ],
      ["Lý do", replaces.reason],
    ] as Array<[string, string]>,
  };
}

/** The PDF of a composed result, with the QR code to its verification page (not on a preview: it has none yet). */
export function resultPdf(
  composed: ComposedResult,
  resultCode: string,
  options: { qrCode?: boolean } = {},
): Promise<Uint8Array> {
  if (options.qrCode === false) return renderPdf(composed.document);
  return renderResultPdf(composed.document, `${publicUrl()}/tra-cuu-ket-qua/${encodeURIComponent(resultCode)}`);
}

/** The year of the register a result issued at this moment goes into, in Vietnam. */
export const registerYear = (at: Date) => Number(todayInVietnam(at).slice(0, 4));
