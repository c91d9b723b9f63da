// A result's template (docs/domain.md §3a): data kept with the procedure's version, like its
// e-form, that lays out the document the agency issues in its legal form. Its texts hold
// placeholders bound to the application's answers, the decision, the dossier and the
// register ("{{answers.childName}}", "{{answers.childBirthDate|words}}"); a value prints as
// a person reads it (an option's label, an agency's name, a date as dd/mm/yyyy), and a line
// whose value is missing is left out rather than printed empty.
import { z } from "zod";
import { conditionHolds, type FormValues, type ScalarValue } from "@/lib/forms/compile";
import { displayAnswer } from "@/lib/forms/display";
import { conditionSchema, type FormDefinition, type FormField } from "@/lib/forms/definition";
import { formatDate } from "@/lib/i18n/format";
import { dateInWords, numberInWords } from "@/lib/i18n/vietnamese-words";
import { todayInVietnam } from "@/lib/clock/dates";

const text = (max: number) => z.string().trim().min(1).max(max);
const key = z.string().regex(/^[a-z][a-zA-Z0-9]{0,40}$/);

/**
 * A line of the document: a label and its value, or (with no label) a paragraph; `showIf`
 * (on the answers, as in the e-form) keeps it to the case it is written for.
 */
const lineSchema = z
  .object({ label: z.string().trim().max(200).default(""), value: text(2000), showIf: conditionSchema.optional() })
  .strict();

/**
 * What the agency states, drafted by the appraising specialist from the application and the
 * registries and signed as drafted (issue 27, item 2); `draft` is the text offered to start from.
 */
const decisionFieldSchema = z
  .object({
    key,
    label: z.object({ vi: text(200), en: text(200) }),
    hint: z.object({ vi: text(500), en: text(500) }).optional(),
    draft: z.string().trim().max(2000).default(""),
    required: z.boolean().default(true),
    /** A short value (a number, a date) is typed on one line; a statement in a box of a few lines. */
    short: z.boolean().default(false),
  })
  .strict();

export const resultTemplateSchema = z
  .object({
    /** The legal title, as printed ("GIẤY KHAI SINH"). */
    title: text(200),
    /** Who the result is about ("{{answers.childName}}"): the first of these that has a value. */
    holder: z.array(text(200)).min(1).max(5),
    /** Lines under the title: the number, the legal basis. */
    preamble: z.array(lineSchema).max(10).default([]),
    sections: z
      .array(z.object({ title: z.string().trim().max(200).default(""), lines: z.array(lineSchema).max(60) }).strict())
      .max(20),
    /** Paragraphs after the content: validity, what the holder must do. */
    closing: z.array(lineSchema).max(10).default([]),
    decision: z.array(decisionFieldSchema).max(10).default([]),
    /** Whether the agency enters the result in a register numbered per year ("{{register.number}}"). */
    register: z.boolean().default(false),
  })
  .strict();
export type ResultTemplate = z.infer<typeof resultTemplateSchema>;
export type ResultTemplateInput = z.input<typeof resultTemplateSchema>;
export type DecisionField = ResultTemplate["decision"][number];

/** Everything a placeholder can name. */
export type TemplateContext = {
  definition: FormDefinition | null;
  answers: FormValues;
  /** What answers that refer to something are called (a ward by its agency's name). */
  names: Record<string, string>;
  decision: Record<string, string>;
  dossier: { code: string; receivedAt: Date | null };
  result: { code: string; issuedAt: Date };
  agency: { name: string };
  /** The result's entry in the agency's register, once numbered (a preview has none yet). */
  register: { number: string; book: string } | null;
  version: { validity: string };
};

const PLACEHOLDER = /\{\{\s*([a-zA-Z0-9.]+)\s*(?:\|\s*([a-z]+)\s*)?\}\}/g;

function fieldById(definition: FormDefinition | null, id: string): FormField | undefined {
  for (const page of definition?.pages ?? []) for (const field of page.fields) if (field.id === id) return field;
  return undefined;
}

/** An answer as the document prints it; "" when unanswered. */
function answerText(context: TemplateContext, id: string, filter: string | undefined): string {
  const value = context.answers[id];
  if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)) return "";
  const field = fieldById(context.definition, id);
  if (field?.type === "group") {
    const rows = (Array.isArray(value) ? value : []) as Array<Record<string, string>>;
    const texts = rows.map((row) =>
      field.fields
        .map((sub) => row[sub.id]?.trim())
        .filter(Boolean)
        .join(" – "),
    );
    return texts.join(filter === "list" ? "\n" : "; ");
  }
  if (filter === "words" && field?.type === "date" && typeof value === "string") return dateInWords(value);
  if (filter === "words" && typeof value === "string" && /^\d{1,12}$/.test(value)) return numberInWords(Number(value));
  if (!field) return Array.isArray(value) ? value.join(", ") : String(value);
  if (field.type === "attachment") return "";
  return displayAnswer(field, value as ScalarValue, "vi", context.names);
}

function valueOf(context: TemplateContext, path: string, filter: string | undefined): string {
  const [source, ...rest] = path.split(".");
  const name = rest.join(".");
  const today = (at: Date) => todayInVietnam(at);
  switch (source) {
    case "answers":
      return answerText(context, name, filter);
    case "decision":
      return context.decision[name]?.trim() ?? "";
    case "dossier":
      if (name === "code") return context.dossier.code;
      if (name === "receivedOn") return context.dossier.receivedAt ? formatDate(today(context.dossier.receivedAt)) : "";
      return "";
    case "result":
      if (name === "code") return context.result.code;
      if (name === "issuedOn")
        return filter === "words"
          ? dateInWords(today(context.result.issuedAt))
          : formatDate(today(context.result.issuedAt));
      return "";
    case "agency":
      return name === "name" ? context.agency.name : "";
    case "register":
      if (!context.register) return "";
      return name === "number" ? context.register.number : name === "book" ? context.register.book : "";
    case "version":
      return name === "validity" ? context.version.validity.trim() : "";
    default:
      return "";
  }
}

function applyCase(value: string, filter: string | undefined): string {
  if (filter === "upper") return value.toLocaleUpperCase("vi");
  if (filter === "lower") return value.charAt(0).toLocaleLowerCase("vi") + value.slice(1);
  return value;
}

/**
 * The text with its placeholders filled in; null when one of them has no value, so that the
 * line is left out (an unanswered optional question, a father not declared).
 */
export function fill(template: string, context: TemplateContext): string | null {
  let missing = false;
  const filled = template.replace(PLACEHOLDER, (_whole, path: string, filter: string | undefined) => {
    const value = applyCase(valueOf(context, path, filter), filter);
    if (!value) missing = true;
    return value;
  });
  return missing ? null : filled;
}

/** The placeholders a text uses, as "source.name" (for the template check). */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

export type FilledLine = [label: string, value: string];
export type FilledResult = {
  title: string;
  holder: string;
  preamble: FilledLine[];
  sections: Array<{ title: string; rows: FilledLine[] }>;
  closing: FilledLine[];
};

const filledLines = (lines: ResultTemplate["preamble"], context: TemplateContext): FilledLine[] =>
  lines.flatMap((line) => {
    if (!conditionHolds(line.showIf, context.answers)) return [];
    const value = fill(line.value, context);
    return value === null ? [] : [[line.label, value] as FilledLine];
  });

/** The template filled for one dossier: what the result document says. */
export function fillTemplate(template: ResultTemplate, context: TemplateContext): FilledResult {
  return {
    title: template.title,
    holder: template.holder.map((h) => fill(h, context)).find((h) => h) ?? "",
    preamble: filledLines(template.preamble, context),
    sections: template.sections
      .map((section) => ({ title: section.title, rows: filledLines(section.lines, context) }))
      .filter((section) => section.rows.length > 0),
    closing: filledLines(template.closing, context),
  };
}

/** The decision's texts as first offered to the specialist: each draft filled from the application. */
export function draftDecision(template: ResultTemplate, context: TemplateContext): Record<string, string> {
  return Object.fromEntries(template.decision.map((field) => [field.key, fill(field.draft, context) ?? ""]));
}

/** The decision's texts as posted, checked against the template: each required one given, none too long. */
export function decisionProblems(template: ResultTemplate, posted: Record<string, string>): string[] {
  return template.decision
    .filter((field) => {
      const value = posted[field.key]?.trim() ?? "";
      return (field.required && value.length < 2) || value.length > 2000;
    })
    .map((field) => field.key);
}

const SOURCES: Record<string, (name: string, definition: FormDefinition | null) => boolean> = {
  answers: (name, definition) => fieldById(definition, name) !== undefined,
  decision: () => true,
  dossier: (name) => ["code", "receivedOn"].includes(name),
  result: (name) => ["code", "issuedOn"].includes(name),
  agency: (name) => name === "name",
  register: (name) => ["number", "book"].includes(name),
  version: (name) => name === "validity",
};

/** What a template names that does not exist: a question the form does not ask, a decision text it does not define. */
export function templateProblems(template: ResultTemplate, definition: FormDefinition | null): string[] {
  const texts = [
    ...template.holder,
    ...[...template.preamble, ...template.sections.flatMap((s) => s.lines), ...template.closing].map((l) => l.value),
    ...template.decision.map((d) => d.draft),
  ];
  const decisionKeys = new Set(template.decision.map((d) => d.key));
  const problems: string[] = [];
  for (const path of texts.flatMap(placeholdersOf)) {
    const [source, ...rest] = path.split(".");
    const name = rest.join(".");
    const known = SOURCES[source ?? ""]?.(name, definition) ?? false;
    if (!known || (source === "decision" && !decisionKeys.has(name))) problems.push(path);
    if (source === "register" && !template.register) problems.push(path);
  }
  return [...new Set(problems)];
}
