// Reads the version-rules editor's one form (docs/filing.md#the-version-rules) into rules,
// and the form's fee rules into the e-form's: every field is posted as text, rows of a list
// as `<list>.<n>.<field>`, a blank last row adds one, and the button pressed (`intent`)
// saves, moves a row or removes it. What cannot be read is refused beside its field, by the
// name it was posted under, so the page can say it there; nothing is half applied.
import type { BilingualText, FeeRule, FormDefinition } from "@/lib/forms/definition";
import { decodeCondition, encodeCondition } from "@/lib/forms/builder";
import { describeCondition, fieldLabel } from "@/lib/forms/condition-text";
import { foldVietnamese } from "@/lib/i18n/fold";
import {
  CHANNELS,
  COMPETENT_KINDS,
  DOCUMENT_FORMS,
  MAX_DOCUMENTS,
  MAX_FEE_LINES,
  MAX_LEGAL_BASES,
  MAX_TIME_LIMIT_DAYS,
  SERVICE_LEVELS,
  TIME_LIMIT_UNITS,
  WORKFLOW_STEPS,
  type DocumentRules,
  type FeeLineRules,
  type VersionRules,
} from "@/lib/procedures/version-rules";

export type Posted = Record<string, string>;
export type FieldErrors = Record<string, BilingualText>;

/** The lists whose rows an editor adds, moves and removes (the workflow's steps are fixed). */
export const ROW_LISTS = ["fees", "documents"] as const;
type RowList = (typeof ROW_LISTS)[number];

/** What the button pressed asks for besides saving. */
export type Intent = { kind: "save" } | { kind: "up" | "down" | "remove"; list: RowList; row: number };

export function intentOf(value: string | undefined): Intent {
  const match = /^(fees|documents)\.(\d{1,2})\.(up|down|remove)$/.exec(value ?? "");
  return match
    ? { kind: match[3] as "up" | "down" | "remove", list: match[1] as RowList, row: Number(match[2]) }
    : { kind: "save" };
}

/** How a fee line is charged to an online filing, as the editor chose it. */
export type FeeCharge = { when: string; perUnitOf: string; beyond: number };
/** A fee line's charge as posted: the row it was posted as, and the line it was before (null: new). */
export type PostedCharge = { from: number | null; posted: number; charge: FeeCharge };

const MESSAGES = {
  required: { vi: "Hãy nhập nội dung này.", en: "Enter this." },
  english: { vi: "Hãy nhập nội dung tiếng Anh.", en: "Enter the English text." },
  choice: { vi: "Hãy chọn một giá trị trong danh sách.", en: "Choose a value from the list." },
  wholeNumber: { vi: "Hãy nhập một số nguyên không âm.", en: "Enter a whole number, 0 or more." },
  cutoff: { vi: "Hãy nhập giờ dạng HH:mm, ví dụ 15:00.", en: "Enter a time as HH:mm, for example 15:00." },
  tooMany: { vi: "Danh sách đã đủ số dòng tối đa.", en: "The list already has its most rows." },
};

/** Reads one posted form; rows keep their posted numbers in the errors. */
class Reader {
  readonly errors: FieldErrors = {};
  constructor(private readonly posted: Posted) {}

  text(name: string, max: number): string {
    return (this.posted[name] ?? "").trim().slice(0, max);
  }
  required(name: string, max: number): string {
    const value = this.text(name, max);
    if (!value) this.errors[name] ??= MESSAGES.required;
    return value;
  }
  /** A text in both languages, or neither (null). */
  optionalPair(name: string, max: number): [string | null, string | null] {
    const vi = this.text(`${name}Vi`, max);
    const en = this.text(`${name}En`, max);
    if (vi && !en) this.errors[`${name}En`] ??= MESSAGES.english;
    if (en && !vi) this.errors[`${name}Vi`] ??= MESSAGES.required;
    return [vi || null, en || null];
  }
  choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.posted[name] ?? "";
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.errors[name] ??= MESSAGES.choice;
    return fallback;
  }
  /** A whole number; an amount of money may group its thousands with dots or spaces ("25.000"). */
  whole(name: string, min: number, max: number, blank?: number | null, money = false): number | null {
    const value = (this.posted[name] ?? "").trim().replace(money ? /[.\s]/g : /\s/g, "");
    if (value === "" && blank !== undefined) return blank;
    const n = /^\d{1,12}$/.test(value) ? Number(value) : NaN;
    if (Number.isNaN(n) || n < min || n > max) {
      this.errors[name] ??= {
        vi: `Hãy nhập một số nguyên từ ${min} đến ${max.toLocaleString("vi-VN")}.`,
        en: `Enter a whole number from ${min} to ${max.toLocaleString("en-US")}.`,
      };
      return min;
    }
    return n;
  }
  checked(name: string): boolean {
    return this.posted[name] === "on";
  }
  /** The row numbers posted for a list, in order (a list has at most `max` + 1 rows: the blank one). */
  rows(list: string, max: number): number[] {
    const posted = new Set<number>();
    for (const key of Object.keys(this.posted)) {
      const match = /^(\w+)\.(\d{1,3})\./.exec(key);
      if (match?.[1] === list && Number(match[2]) <= max) posted.add(Number(match[2]));
    }
    return [...posted].sort((a, b) => a - b);
  }
}

type PostedRow<T> = { posted: number; from: number | null; value: T; charge?: FeeCharge };

/** A row left blank (a new row not filled in) is no row. */
const isBlank = (posted: Posted, list: string, n: number, names: string[]) =>
  names.every((name) => !(posted[`${list}.${n}.${name}`] ?? "").trim());

/** A document's key, made from its Vietnamese name, that no other document of the version has. */
function documentKey(nameVi: string, taken: Set<string>): string {
  const slug = foldVietnamese(nameVi)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^[^a-z]+/, "")
    .slice(0, 50)
    .replace(/-+$/, "");
  const base = slug || "giay-to";
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  taken.add(key);
  return key;
}

/** Applies a move or removal to the posted rows (before the blank ones are dropped). */
function applyIntent<T>(rows: Array<PostedRow<T>>, list: RowList, intent: Intent): Array<PostedRow<T>> {
  if (intent.kind === "save" || intent.list !== list) return rows;
  const at = rows.findIndex((r) => r.posted === intent.row);
  if (at < 0) return rows;
  const next = [...rows];
  if (intent.kind === "remove") next.splice(at, 1);
  else {
    const to = intent.kind === "up" ? at - 1 : at + 1;
    if (to < 0 || to >= next.length) return rows;
    [next[at], next[to]] = [next[to]!, next[at]!];
  }
  return next;
}

/**
 * The rules the form posted, with what changes in the e-form's fee rules: the rows as they
 * stand after the button pressed, each row's place (`sortOrder`) its place in the list.
 */
export function readPostedRules(
  posted: Posted,
  current: VersionRules,
  intent: Intent,
): { rules: VersionRules; charges: Array<PostedCharge | null>; errors: FieldErrors } {
  const read = new Reader(posted);
  const [timeLimitNoteVi, timeLimitNoteEn] = read.optionalPair("timeLimitNote", 1000);
  const [resultValidityVi, resultValidityEn] = read.optionalPair("resultValidity", 500);
  const [inPersonVi, inPersonEn] = read.optionalPair("inPerson", 2000);
  const timeLimitUnit = read.choice("timeLimitUnit", TIME_LIMIT_UNITS, current.timeLimitUnit);
  const cutoff = read.text("sameDayCutoff", 5);
  if (cutoff && !/^(?:[01]\d|2[0-3]):[0-5]\d$/.test(cutoff)) read.errors.sameDayCutoff = MESSAGES.cutoff;
  const legalBasis = read
    .text("legalBasis", 20_000)
    .split(/\r?\n/)
    .map((line) => line.trim().slice(0, 500))
    .filter(Boolean);
  if (!legalBasis.length) read.errors.legalBasis = MESSAGES.required;
  if (legalBasis.length > MAX_LEGAL_BASES)
    read.errors.legalBasis = {
      vi: `Tối đa ${MAX_LEGAL_BASES} văn bản, mỗi văn bản một dòng.`,
      en: `At most ${MAX_LEGAL_BASES} documents, one per line.`,
    };

  const feeRows = read.rows("fees", MAX_FEE_LINES).flatMap((n): Array<PostedRow<FeeLineRules>> => {
    const name = (field: string) => `fees.${n}.${field}`;
    const from = /^\d{1,2}$/.test(posted[name("from")] ?? "") ? Number(posted[name("from")]) : null;
    if (from === null && isBlank(posted, "fees", n, ["labelVi", "labelEn", "amountVnd", "exemptionVi", "exemptionEn"]))
      return [];
    const channel = posted[name("channel")] ?? "";
    const [exemptionVi, exemptionEn] = read.optionalPair(`fees.${n}.exemption`, 1000);
    return [
      {
        posted: n,
        from,
        value: {
          sortOrder: 0,
          channel: channel === "" ? null : read.choice(name("channel"), CHANNELS, "COUNTER"),
          labelVi: read.required(name("labelVi"), 300),
          labelEn: read.required(name("labelEn"), 300),
          amountVnd: read.whole(name("amountVnd"), 0, 1_000_000_000, null, true),
          exemptionVi,
          exemptionEn,
        },
        charge: {
          when: (posted[name("when")] ?? "").slice(0, 200),
          perUnitOf: (posted[name("perUnitOf")] ?? "").slice(0, 60),
          beyond: read.whole(name("beyond"), 0, 1000, 0) ?? 0,
        },
      },
    ];
  });

  const taken = new Set(current.documents.map((d) => d.key));
  const documentRows = read.rows("documents", MAX_DOCUMENTS).flatMap((n): Array<PostedRow<DocumentRules>> => {
    const name = (field: string) => `documents.${n}.${field}`;
    const from = /^\d{1,2}$/.test(posted[name("from")] ?? "") ? Number(posted[name("from")]) : null;
    const existing = from === null ? undefined : current.documents[from];
    if (
      !existing &&
      isBlank(posted, "documents", n, ["nameVi", "nameEn", "requiredWhenVi", "requiredWhenEn", "noteVi", "noteEn"])
    )
      return [];
    const nameVi = read.required(name("nameVi"), 500);
    const requirement = read.choice(name("requirement"), ["always", "case", "optional"] as const, "always");
    const [requiredWhenVi, requiredWhenEn] = read.optionalPair(`documents.${n}.requiredWhen`, 500);
    if (requirement === "case" && !requiredWhenVi)
      read.errors[name("requiredWhenVi")] ??= {
        vi: "Hãy nói trong trường hợp nào giấy tờ này bắt buộc.",
        en: "Say in which case this document is required.",
      };
    const [noteVi, noteEn] = read.optionalPair(`documents.${n}.note`, 1000);
    return [
      {
        posted: n,
        from,
        value: {
          sortOrder: 0,
          key: existing?.key ?? (nameVi ? documentKey(nameVi, taken) : "giay-to"),
          nameVi,
          nameEn: read.required(name("nameEn"), 500),
          form: read.choice(name("form"), DOCUMENT_FORMS, "ORIGINAL"),
          copies: read.whole(name("copies"), 1, 20, 1) ?? 1,
          required: requirement === "always",
          requiredWhenVi: requirement === "case" ? requiredWhenVi : null,
          requiredWhenEn: requirement === "case" ? requiredWhenEn : null,
          noteVi,
          noteEn,
        },
      },
    ];
  });

  const steps = WORKFLOW_STEPS.map((key, s) => ({
    sortOrder: s,
    key,
    nameVi: read.required(`steps.${s}.nameVi`, 200),
    nameEn: read.required(`steps.${s}.nameEn`, 200),
    allottedHours: read.whole(`steps.${s}.allottedHours`, 1, MAX_TIME_LIMIT_DAYS * 8) ?? 1,
  }));

  const fees = applyIntent(feeRows, "fees", intent);
  const documents = applyIntent(documentRows, "documents", intent);
  if (fees.length === 0)
    read.errors["fees.0.labelVi"] ??= {
      vi: "Cần ít nhất một dòng phí, lệ phí (ví dụ: Không thu phí, lệ phí, mức thu 0).",
      en: "At least one fee line is needed (for example: No fee, amount 0).",
    };
  if (fees.length > MAX_FEE_LINES) read.errors[`fees.${MAX_FEE_LINES}.labelVi`] ??= MESSAGES.tooMany;
  if (documents.length > MAX_DOCUMENTS) read.errors[`documents.${MAX_DOCUMENTS}.nameVi`] ??= MESSAGES.tooMany;

  const rules: VersionRules = {
    serviceLevel: read.choice("serviceLevel", SERVICE_LEVELS, current.serviceLevel),
    timeLimitValue: timeLimitUnit === "SAME_DAY" ? 0 : (read.whole("timeLimitValue", 1, MAX_TIME_LIMIT_DAYS) ?? 1),
    timeLimitUnit,
    sameDayCutoff: timeLimitUnit === "SAME_DAY" && cutoff ? cutoff : null,
    outOfHoursNextWorkingDay: read.checked("outOfHoursNextWorkingDay"),
    timeLimitNoteVi,
    timeLimitNoteEn,
    competentKind: read.choice("competentKind", COMPETENT_KINDS, current.competentKind),
    competentAuthorityVi: read.required("competentAuthorityVi", 500),
    competentAuthorityEn: read.required("competentAuthorityEn", 500),
    eligibleApplicantsVi: read.required("eligibleApplicantsVi", 1000),
    eligibleApplicantsEn: read.required("eligibleApplicantsEn", 1000),
    resultDocumentVi: read.required("resultDocumentVi", 500),
    resultDocumentEn: read.required("resultDocumentEn", 500),
    resultValidityVi,
    resultValidityEn,
    inPersonVi,
    inPersonEn,
    legalBasis: legalBasis.slice(0, MAX_LEGAL_BASES),
    requiredAccountLevel: read.choice("requiredAccountLevel", ["1", "2"] as const, "2") === "1" ? 1 : 2,
    fees: fees.map((row, sortOrder) => ({ ...row.value, sortOrder })),
    documents: documents.map((row, sortOrder) => ({ ...row.value, sortOrder })),
    steps,
  };
  return {
    rules,
    charges: fees.map((row) =>
      row.value.channel === null || row.value.channel === "ONLINE"
        ? { from: row.from, posted: row.posted, charge: row.charge! }
        : null,
    ),
    errors: read.errors,
  };
}

/** The lines an online filing may owe: every channel's and the online channel's, in order. */
export const onlineLines = (fees: Array<{ channel: string | null }>) =>
  fees.flatMap((fee, index) => (fee.channel === null || fee.channel === "ONLINE" ? [index] : []));

/** How each fee line of the rules is charged online now, as the editor's lists show it (null: not charged online). */
export function chargesOf(
  rules: VersionRules,
  feeRules: FeeRule[] | undefined,
): Array<(FeeCharge & { rule?: FeeRule }) | null> {
  const online = onlineLines(rules.fees);
  return rules.fees.map((_, index) => {
    const line = online.indexOf(index);
    if (line < 0) return null;
    if (!feeRules) return { when: "", perUnitOf: "", beyond: 0 };
    const mine = feeRules.filter((r) => r.line === line);
    const rule = mine[0];
    if (!rule) return { when: "never", perUnitOf: "", beyond: 0 };
    if (mine.length > 1) return { when: "keep", perUnitOf: "", beyond: 0 };
    return { when: encodeCondition(rule.when), perUnitOf: rule.perUnitOf ?? "", beyond: rule.beyond, rule };
  });
}

/**
 * The e-form's fee rules after the editor's choices: a rule per online line charged, its
 * line the line's new place among the online lines; none at all when every online line is
 * charged once, always (the form's default). A line with several rules written in JSON
 * ("keep") keeps them all.
 */
export function feeRulesAfter(
  before: FeeRule[] | undefined,
  currentFees: VersionRules["fees"],
  charges: Array<PostedCharge | null>,
  numberFields: ReadonlySet<string>,
): { feeRules: FeeRule[] | undefined; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const oldOnline = onlineLines(currentFees);
  const rules: FeeRule[] = [];
  let line = 0;
  let simple = true;
  charges.forEach((entry) => {
    if (!entry) return;
    const { from, posted: index, charge } = entry;
    const oldLine = from === null ? -1 : oldOnline.indexOf(from);
    const old = before?.filter((r) => r.line === oldLine) ?? [];
    const at = line++;
    if (charge.when === "never") {
      simple = false;
      return;
    }
    if (charge.when === "keep" && old.length > 1) {
      simple = false;
      rules.push(...old.map((r) => ({ ...r, line: at })));
      return;
    }
    const decoded = decodeCondition(charge.when, old[0]?.when);
    if (!decoded.ok) {
      errors[`fees.${index}.when`] = MESSAGES.choice;
      return;
    }
    if (charge.perUnitOf && !numberFields.has(charge.perUnitOf) && charge.perUnitOf !== old[0]?.perUnitOf) {
      errors[`fees.${index}.perUnitOf`] = MESSAGES.choice;
      return;
    }
    const rule: FeeRule = { line: at, beyond: charge.perUnitOf ? charge.beyond : 0 };
    if (decoded.condition) rule.when = decoded.condition;
    if (charge.perUnitOf) rule.perUnitOf = charge.perUnitOf;
    if (rule.when || rule.perUnitOf) simple = false;
    rules.push(rule);
  });
  const first = charges.find((entry) => entry !== null);
  if (first && rules.length === 0)
    errors[`fees.${first.posted}.when`] = {
      vi: "Không dòng nào được thu khi nộp trực tuyến: hãy đổi kênh của các dòng này thành Trực tiếp.",
      en: "No line is charged online: set these lines' channel to In person instead.",
    };
  return { feeRules: simple ? undefined : rules, errors };
}

/**
 * How each fee line is charged to an online filing, in words (null: a line of another
 * channel): what publishing compares, so that a change of how a fee is charged is shown.
 */
export function chargeTexts(
  fees: VersionRules["fees"],
  feeRules: FeeRule[] | undefined,
  definition: FormDefinition | null,
): Array<BilingualText | null> {
  const online = onlineLines(fees);
  return fees.map((_, index) => {
    const line = online.indexOf(index);
    if (line < 0) return null;
    if (!feeRules) return { vi: "Luôn thu, một lần", en: "Always, once" };
    const mine = feeRules.filter((r) => r.line === line);
    if (!mine.length) return { vi: "Không thu khi nộp trực tuyến", en: "Not charged online" };
    const said = mine.map((rule) => {
      const when = rule.when ? describeCondition(rule.when, definition) : { vi: "luôn thu", en: "always" };
      if (!rule.perUnitOf) return { vi: `${when.vi}, một lần`, en: `${when.en}, once` };
      const unit = fieldLabel(definition, rule.perUnitOf);
      const free = rule.beyond ? { vi: `, trừ ${rule.beyond} đầu tiên`, en: `, less the first ${rule.beyond}` } : null;
      return {
        vi: `${when.vi}, nhân với "${unit.vi}"${free?.vi ?? ""}`,
        en: `${when.en}, times "${unit.en}"${free?.en ?? ""}`,
      };
    });
    const first = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
    return { vi: first(said.map((s) => s.vi).join("; ")), en: first(said.map((s) => s.en).join("; ")) };
  });
}

/** The number fields of a form (outside groups): what a fee may be counted by. */
export function numberFieldsOf(definition: FormDefinition | null): Array<{ id: string; label: BilingualText }> {
  return (definition?.pages ?? []).flatMap((page) =>
    page.fields.flatMap((field) => (field.type === "number" ? [{ id: field.id, label: field.label }] : [])),
  );
}
