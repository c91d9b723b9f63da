// A procedure version's rules, everything but its e-form: how far it is online, its time
// limit, who decides, who may apply and what they get, its fees, documents and steps, its
// legal basis and the account level it asks for (docs/filing.md#the-version-rules). Editors
// change them in a draft and publish them as a new version; the shape is the version's own
// columns, so a version read from the database and a draft's rules are the same thing.
import { z } from "zod";
import type { BilingualText } from "@/lib/forms/definition";
import { enumsMessages } from "@/lib/i18n/messages/enums";
import { COMPETENT_AGENCY } from "@/lib/procedures/competent";

export const SERVICE_LEVELS = ["FULL_ONLINE", "PARTIAL_ONLINE"] as const;
export const TIME_LIMIT_UNITS = ["WORKING_DAYS", "CALENDAR_DAYS", "SAME_DAY"] as const;
export const COMPETENT_KINDS = Object.keys(COMPETENT_AGENCY) as Array<keyof typeof COMPETENT_AGENCY>;
export const CHANNELS = ["ONLINE", "COUNTER", "POSTAL"] as const;
export const DOCUMENT_FORMS = [
  "ORIGINAL",
  "CERTIFIED_COPY",
  "COPY",
  "ORIGINAL_OR_CERTIFIED_COPY",
  "COPY_WITH_ORIGINAL",
] as const;
/** The steps of the one-stop workflow, in order: a version sets their names and allotted hours, not which there are. */
export const WORKFLOW_STEPS = ["reception", "appraisal", "approval", "return"] as const;
/** VNeID account levels: 1 registered online, 2 enrolled in person with the chip ID card. */
export const ACCOUNT_LEVELS = [1, 2] as const;
/** A working day is 8 working hours (docs/domain.md §4). */
export const HOURS_PER_WORKING_DAY = 8;
export const MAX_FEE_LINES = 20;
export const MAX_DOCUMENTS = 40;
export const MAX_LEGAL_BASES = 30;
/** The longest time limit a version may set, in days: a year. */
export const MAX_TIME_LIMIT_DAYS = 365;

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable();

const feeLineSchema = z
  .object({
    sortOrder: z.number().int().min(0),
    channel: z.enum(CHANNELS).nullable(),
    labelVi: text(300),
    labelEn: text(300),
    amountVnd: z.number().int().min(0).max(1_000_000_000).nullable(),
    exemptionVi: optionalText(1000),
    exemptionEn: optionalText(1000),
  })
  .strict();

const documentSchema = z
  .object({
    sortOrder: z.number().int().min(0),
    key: z.string().regex(/^[a-z][a-z0-9-]{0,60}$/),
    nameVi: text(500),
    nameEn: text(500),
    form: z.enum(DOCUMENT_FORMS),
    copies: z.number().int().min(1).max(20),
    required: z.boolean(),
    requiredWhenVi: optionalText(500),
    requiredWhenEn: optionalText(500),
    noteVi: optionalText(1000),
    noteEn: optionalText(1000),
  })
  .strict();

const stepSchema = z
  .object({
    sortOrder: z.number().int().min(0),
    key: z.enum(WORKFLOW_STEPS),
    nameVi: text(200),
    nameEn: text(200),
    allottedHours: z
      .number()
      .int()
      .min(1)
      .max(MAX_TIME_LIMIT_DAYS * HOURS_PER_WORKING_DAY),
  })
  .strict();

/** The rules as a draft stores them; `rulesProblems` adds what one rule says of another. */
export const versionRulesSchema = z
  .object({
    serviceLevel: z.enum(SERVICE_LEVELS),
    timeLimitValue: z.number().int().min(0).max(MAX_TIME_LIMIT_DAYS),
    timeLimitUnit: z.enum(TIME_LIMIT_UNITS),
    sameDayCutoff: z
      .string()
      .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/)
      .nullable(),
    outOfHoursNextWorkingDay: z.boolean(),
    timeLimitNoteVi: optionalText(1000),
    timeLimitNoteEn: optionalText(1000),
    competentKind: z.enum(COMPETENT_KINDS as [keyof typeof COMPETENT_AGENCY, ...Array<keyof typeof COMPETENT_AGENCY>]),
    competentAuthorityVi: text(500),
    competentAuthorityEn: text(500),
    eligibleApplicantsVi: text(1000),
    eligibleApplicantsEn: text(1000),
    resultDocumentVi: text(500),
    resultDocumentEn: text(500),
    resultValidityVi: optionalText(500),
    resultValidityEn: optionalText(500),
    inPersonVi: optionalText(2000),
    inPersonEn: optionalText(2000),
    legalBasis: z.array(text(500)).min(1).max(MAX_LEGAL_BASES),
    requiredAccountLevel: z.union([z.literal(1), z.literal(2)]),
    fees: z.array(feeLineSchema).min(1).max(MAX_FEE_LINES),
    documents: z.array(documentSchema).max(MAX_DOCUMENTS),
    steps: z.array(stepSchema).length(WORKFLOW_STEPS.length),
  })
  .strict();

export type VersionRules = z.infer<typeof versionRulesSchema>;
export type FeeLineRules = VersionRules["fees"][number];
export type DocumentRules = VersionRules["documents"][number];

type Row<T> = T & { id?: unknown; versionId?: unknown };

/** A version's rules as the database holds them (with its fees, documents and steps), or as a draft does. */
export type VersionRow = {
  serviceLevel: VersionRules["serviceLevel"];
  timeLimitValue: number;
  timeLimitUnit: VersionRules["timeLimitUnit"];
  sameDayCutoff: string | null;
  outOfHoursNextWorkingDay: boolean;
  timeLimitNoteVi: string | null;
  timeLimitNoteEn: string | null;
  competentKind: VersionRules["competentKind"];
  competentAuthorityVi: string;
  competentAuthorityEn: string;
  eligibleApplicantsVi: string;
  eligibleApplicantsEn: string;
  resultDocumentVi: string;
  resultDocumentEn: string;
  resultValidityVi: string | null;
  resultValidityEn: string | null;
  inPersonVi: string | null;
  inPersonEn: string | null;
  legalBasis: string[];
  requiredAccountLevel: number;
  fees: Array<Row<FeeLineRules>>;
  documents: Array<Row<DocumentRules>>;
  steps: Array<Row<Omit<VersionRules["steps"][number], "key"> & { key: string }>>;
};

/** A version read from the database (with its fees, documents and steps) as rules. */
export function rulesOf(version: VersionRow): VersionRules {
  const strip = <T extends object>({ id: _id, versionId: _version, ...rest }: Row<T>) => rest;
  return {
    serviceLevel: version.serviceLevel,
    timeLimitValue: version.timeLimitValue,
    timeLimitUnit: version.timeLimitUnit,
    sameDayCutoff: version.sameDayCutoff,
    outOfHoursNextWorkingDay: version.outOfHoursNextWorkingDay,
    timeLimitNoteVi: version.timeLimitNoteVi,
    timeLimitNoteEn: version.timeLimitNoteEn,
    competentKind: version.competentKind,
    competentAuthorityVi: version.competentAuthorityVi,
    competentAuthorityEn: version.competentAuthorityEn,
    eligibleApplicantsVi: version.eligibleApplicantsVi,
    eligibleApplicantsEn: version.eligibleApplicantsEn,
    resultDocumentVi: version.resultDocumentVi,
    resultDocumentEn: version.resultDocumentEn,
    resultValidityVi: version.resultValidityVi,
    resultValidityEn: version.resultValidityEn,
    inPersonVi: version.inPersonVi,
    inPersonEn: version.inPersonEn,
    legalBasis: [...version.legalBasis],
    requiredAccountLevel: version.requiredAccountLevel === 1 ? 1 : 2,
    // Rows are numbered by their place from 0, however the version numbered them.
    fees: [...version.fees].sort((a, b) => a.sortOrder - b.sortOrder).map((f, i) => ({ ...strip(f), sortOrder: i })),
    documents: [...version.documents]
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((d, i) => ({ ...strip(d), sortOrder: i })),
    // The workflow's four steps: a key it does not know is refused when the rules are checked.
    steps: [...version.steps]
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((s, i) => ({ ...strip(s), sortOrder: i, key: s.key as (typeof WORKFLOW_STEPS)[number] })),
  };
}

/** The time limit in working hours, the most the steps may be allotted in all. */
export function limitInWorkingHours(rules: Pick<VersionRules, "timeLimitUnit" | "timeLimitValue">): number {
  return rules.timeLimitUnit === "SAME_DAY" ? HOURS_PER_WORKING_DAY : rules.timeLimitValue * HOURS_PER_WORKING_DAY;
}

/** The agency a city-level version sends every dossier to, as the check reads it. */
export type HandlingAgency = { level: "CITY" | "WARD"; kind: string; nameVi: string; nameEn: string } | null;

export type RulesProblem = { path: string; message: BilingualText };

/**
 * What one rule says of another, each with the posted field it belongs to: a same-day limit
 * names its cut-off and a day limit at least one day; the steps fit in the time limit; a
 * partly online version says what is done in person; a case-required document names its
 * case; document keys are unique; a city-level authority is the procedure's handling agency.
 */
export function rulesProblems(rules: VersionRules, handling: HandlingAgency): RulesProblem[] {
  const problems: RulesProblem[] = [];
  const say = (path: string, vi: string, en: string) => problems.push({ path, message: { vi, en } });
  if (rules.timeLimitUnit === "SAME_DAY" && !rules.sameDayCutoff)
    say(
      "sameDayCutoff",
      "Thời hạn trong ngày cần giờ tiếp nhận cuối (ví dụ 15:00): sau giờ đó hồ sơ trả vào ngày làm việc sau.",
      "A same-day limit needs its cut-off (for example 15:00): after it, the dossier is due the next working day.",
    );
  if (rules.timeLimitUnit !== "SAME_DAY" && rules.timeLimitValue < 1)
    say("timeLimitValue", "Thời hạn phải từ 1 ngày trở lên.", "The time limit must be at least 1 day.");
  const allotted = rules.steps.reduce((sum, step) => sum + step.allottedHours, 0);
  const limit = limitInWorkingHours(rules);
  if (limit > 0 && allotted > limit)
    say(
      "steps.0.allottedHours",
      `Các bước được giao tổng cộng ${allotted} giờ làm việc, vượt thời hạn giải quyết (${limit} giờ).`,
      `The steps are allotted ${allotted} working hours in all, more than the time limit (${limit} hours).`,
    );
  if (rules.serviceLevel === "PARTIAL_ONLINE" && (!rules.inPersonVi || !rules.inPersonEn))
    say(
      rules.inPersonVi ? "inPersonEn" : "inPersonVi",
      "Thủ tục một phần trực tuyến phải nói người nộp còn làm gì trực tiếp " +
        "(nộp phí, xuất trình bản chính, nhận kết quả).",
      "A partly online procedure must say what the applicant still does in person (pay, show originals, collect).",
    );
  if (rules.serviceLevel === "FULL_ONLINE" && (rules.inPersonVi || rules.inPersonEn))
    say(
      "inPersonVi",
      "Thủ tục toàn trình không có phần làm trực tiếp: hãy xoá nội dung này hoặc chọn mức độ một phần.",
      "A fully online procedure has no in-person part: clear this text or choose partly online.",
    );
  const pair = (path: string, vi: string | null, en: string | null) => {
    if (vi && !en) say(`${path}En`, "Hãy nhập nội dung tiếng Anh.", "Enter the English text.");
    if (en && !vi) say(`${path}Vi`, "Hãy nhập nội dung tiếng Việt.", "Enter the Vietnamese text.");
  };
  pair("timeLimitNote", rules.timeLimitNoteVi, rules.timeLimitNoteEn);
  pair("resultValidity", rules.resultValidityVi, rules.resultValidityEn);
  rules.fees.forEach((fee, f) => pair(`fees.${f}.exemption`, fee.exemptionVi, fee.exemptionEn));
  const keys = new Set<string>();
  rules.documents.forEach((document, d) => {
    if (keys.has(document.key))
      say(
        `documents.${d}.nameVi`,
        "Giấy tờ này trùng mã với một giấy tờ khác.",
        "This document repeats another's key.",
      );
    keys.add(document.key);
    pair(`documents.${d}.requiredWhen`, document.requiredWhenVi, document.requiredWhenEn);
    pair(`documents.${d}.note`, document.noteVi, document.noteEn);
    if (document.required && document.requiredWhenVi)
      say(
        `documents.${d}.requiredWhenVi`,
        "Giấy tờ luôn bắt buộc không có trường hợp: hãy xoá trường hợp hoặc chọn 'Bắt buộc trong trường hợp'.",
        "A document always required has no case: clear the case or choose 'Required in a case'.",
      );
  });
  const wanted = COMPETENT_AGENCY[rules.competentKind];
  if (wanted.level === "CITY" && (!handling || handling.level !== "CITY" || handling.kind !== wanted.kind))
    say(
      "competentKind",
      handling
        ? `Hồ sơ của thủ tục này được chuyển đến ${handling.nameVi}, không thuộc loại cơ quan đã chọn.`
        : "Thủ tục này không có cơ quan cấp Thành phố giải quyết: hãy chọn một loại cơ quan cấp xã.",
      handling
        ? `This procedure's dossiers go to ${handling.nameEn}, which is not of the kind chosen.`
        : "This procedure has no city agency handling it: choose a ward-level kind.",
    );
  return problems;
}

// --- Differences -------------------------------------------------------------------------

export type RuleSetting = { name: BilingualText; before: BilingualText; after: BilingualText };
export type RuleDifference = {
  kind: "added" | "removed" | "changed" | "moved";
  subject: BilingualText;
  settings?: RuleSetting[];
};

const same = (text: string): BilingualText => ({ vi: text, en: text });
const NONE: BilingualText = { vi: "(không có)", en: "(none)" };
const orNone = (vi: string | null, en: string | null): BilingualText =>
  vi || en ? { vi: vi ?? "", en: en ?? vi ?? "" } : NONE;
const named = <K extends string>(table: { vi: Record<K, string>; en: Record<K, string> }, key: K): BilingualText => ({
  vi: table.vi[key],
  en: table.en[key],
});
const ENUMS = {
  service: { vi: enumsMessages.vi.service, en: enumsMessages.en.service },
  channel: { vi: enumsMessages.vi.channel, en: enumsMessages.en.channel },
  documentForm: { vi: enumsMessages.vi.documentForm, en: enumsMessages.en.documentForm },
};
const UNITS = {
  vi: { WORKING_DAYS: "ngày làm việc", CALENDAR_DAYS: "ngày", SAME_DAY: "trong ngày" },
  en: { WORKING_DAYS: "working days", CALENDAR_DAYS: "calendar days", SAME_DAY: "same day" },
};
export const COMPETENT_KIND_NAMES = {
  vi: {
    WARD_PEOPLES_COMMITTEE: "Ủy ban nhân dân phường, xã (người nộp chọn)",
    WARD_POLICE: "Công an phường, xã (người nộp chọn)",
    CITY_PEOPLES_COMMITTEE: "Ủy ban nhân dân Thành phố",
    CITY_DEPARTMENT: "Sở, ngành của Thành phố",
    CITY_POLICE: "Công an Thành phố",
  },
  en: {
    WARD_PEOPLES_COMMITTEE: "Ward People's Committee (the applicant chooses)",
    WARD_POLICE: "Ward police (the applicant chooses)",
    CITY_PEOPLES_COMMITTEE: "City People's Committee",
    CITY_DEPARTMENT: "City department",
    CITY_POLICE: "City Police",
  },
} satisfies Record<"vi" | "en", Record<VersionRules["competentKind"], string>>;
const yesNo = (value: boolean): BilingualText => (value ? { vi: "Có", en: "Yes" } : { vi: "Không", en: "No" });
const money = (amount: number | null): BilingualText =>
  amount === null
    ? { vi: "theo biểu phí riêng", en: "set by a separate fee table" }
    : { vi: `${amount.toLocaleString("vi-VN")} đồng`, en: `${amount.toLocaleString("en-US")} VND` };
const requirement = (d: DocumentRules): BilingualText =>
  d.required
    ? { vi: "Bắt buộc", en: "Required" }
    : d.requiredWhenVi
      ? { vi: `Bắt buộc khi ${d.requiredWhenVi}`, en: `Required when ${d.requiredWhenEn ?? d.requiredWhenVi}` }
      : { vi: "Không bắt buộc", en: "Optional" };

type Setting<T> = [BilingualText, (rules: T) => BilingualText];

const GENERAL: Array<Setting<VersionRules>> = [
  [{ vi: "Mức độ dịch vụ công", en: "Service level" }, (r) => named(ENUMS.service, r.serviceLevel)],
  [
    { vi: "Mức tài khoản định danh tối thiểu", en: "Minimum e-ID account level" },
    (r) => ({ vi: `Mức ${r.requiredAccountLevel}`, en: `Level ${r.requiredAccountLevel}` }),
  ],
  [
    { vi: "Thời hạn giải quyết", en: "Time limit" },
    (r) =>
      r.timeLimitUnit === "SAME_DAY"
        ? { vi: "Trong ngày", en: "Same day" }
        : {
            vi: `${r.timeLimitValue} ${UNITS.vi[r.timeLimitUnit]}`,
            en: `${r.timeLimitValue} ${UNITS.en[r.timeLimitUnit]}`,
          },
  ],
  [
    { vi: "Giờ tiếp nhận cuối trong ngày", en: "Same-day cut-off" },
    (r) => (r.sameDayCutoff ? same(r.sameDayCutoff) : NONE),
  ],
  [
    { vi: "Nhận ngoài giờ tính từ ngày làm việc sau", en: "Out-of-hours filing counts from the next working day" },
    (r) => yesNo(r.outOfHoursNextWorkingDay),
  ],
  [{ vi: "Ghi chú thời hạn", en: "Time limit note" }, (r) => orNone(r.timeLimitNoteVi, r.timeLimitNoteEn)],
  [
    { vi: "Loại cơ quan giải quyết", en: "Kind of deciding agency" },
    (r) => named(COMPETENT_KIND_NAMES, r.competentKind),
  ],
  [
    { vi: "Cơ quan có thẩm quyền", en: "Competent authority" },
    (r) => ({ vi: r.competentAuthorityVi, en: r.competentAuthorityEn }),
  ],
  [
    { vi: "Đối tượng thực hiện", en: "Who may apply" },
    (r) => ({ vi: r.eligibleApplicantsVi, en: r.eligibleApplicantsEn }),
  ],
  [{ vi: "Kết quả", en: "Result" }, (r) => ({ vi: r.resultDocumentVi, en: r.resultDocumentEn })],
  [
    { vi: "Thời hạn hiệu lực của kết quả", en: "Validity of the result" },
    (r) => orNone(r.resultValidityVi, r.resultValidityEn),
  ],
  [{ vi: "Phần làm trực tiếp", en: "In-person part" }, (r) => orNone(r.inPersonVi, r.inPersonEn)],
  [{ vi: "Căn cứ pháp lý", en: "Legal basis" }, (r) => same(r.legalBasis.join("; "))],
];

/** A fee line with how it is charged to online filings, in words (null: a line of another channel). */
type ChargedFee = FeeLineRules & { charged?: BilingualText | null };

const FEE_SETTINGS: Array<Setting<ChargedFee>> = [
  [
    { vi: "Kênh", en: "Channel" },
    (f) => (f.channel ? named(ENUMS.channel, f.channel) : { vi: "Mọi kênh", en: "Every channel" }),
  ],
  [{ vi: "Tên khoản thu (tiếng Anh)", en: "English label" }, (f) => same(f.labelEn)],
  [{ vi: "Mức thu", en: "Amount" }, (f) => money(f.amountVnd)],
  [{ vi: "Miễn, giảm", en: "Exemption" }, (f) => orNone(f.exemptionVi, f.exemptionEn)],
  [
    { vi: "Thu khi nộp trực tuyến", en: "Charged to online filings" },
    (f) => f.charged ?? { vi: "Không (không phải kênh trực tuyến)", en: "No (not an online line)" },
  ],
];

const DOCUMENT_SETTINGS: Array<Setting<DocumentRules>> = [
  [{ vi: "Tên giấy tờ", en: "Name" }, (d) => ({ vi: d.nameVi, en: d.nameEn })],
  [{ vi: "Hình thức", en: "Form" }, (d) => named(ENUMS.documentForm, d.form)],
  [{ vi: "Số bản", en: "Copies" }, (d) => same(String(d.copies))],
  [{ vi: "Yêu cầu", en: "Requirement" }, requirement],
  [{ vi: "Ghi chú", en: "Note" }, (d) => orNone(d.noteVi, d.noteEn)],
];

const STEP_SETTINGS: Array<Setting<VersionRules["steps"][number]>> = [
  [{ vi: "Tên bước", en: "Name" }, (s) => ({ vi: s.nameVi, en: s.nameEn })],
  [
    { vi: "Thời gian được giao", en: "Allotted time" },
    (s) => ({ vi: `${s.allottedHours} giờ làm việc`, en: `${s.allottedHours} working hours` }),
  ],
];

function changedSettings<T>(settings: Array<Setting<T>>, before: T, after: T): RuleSetting[] {
  return settings.flatMap(([name, show]) => {
    const b = show(before);
    const a = show(after);
    return b.vi === a.vi && b.en === a.en ? [] : [{ name, before: b, after: a }];
  });
}

/** The differences of one list (fees, documents, steps), matched by a key: added, removed, changed, moved. */
function listDifferences<T>(
  before: T[],
  after: T[],
  keyOf: (item: T) => string,
  subjectOf: (item: T) => BilingualText,
  settings: Array<Setting<T>>,
  noun: BilingualText,
): RuleDifference[] {
  const subject = (item: T) => {
    const s = subjectOf(item);
    return { vi: `${noun.vi} "${s.vi}"`, en: `${noun.en} "${s.en}"` };
  };
  const old = new Map(before.map((item) => [keyOf(item), item]));
  const now = new Set(after.map(keyOf));
  const differences: RuleDifference[] = [];
  const keptBefore = before.map(keyOf).filter((k) => now.has(k));
  const keptAfter = after.map(keyOf).filter((k) => old.has(k));
  const place = (n: number): BilingualText => ({ vi: `thứ ${n + 1}`, en: `number ${n + 1}` });
  for (const item of after) {
    const was = old.get(keyOf(item));
    if (!was) {
      // What a new row says, each setting against nothing.
      const said = settings.map(([name, show]) => ({ name, before: NONE, after: show(item) }));
      differences.push({ kind: "added", subject: subject(item), settings: said });
      continue;
    }
    const changed = changedSettings(settings, was, item);
    if (changed.length) differences.push({ kind: "changed", subject: subject(item), settings: changed });
    const from = keptBefore.indexOf(keyOf(item));
    const to = keptAfter.indexOf(keyOf(item));
    if (from !== to)
      differences.push({
        kind: "moved",
        subject: subject(item),
        settings: [{ name: { vi: "Vị trí", en: "Place" }, before: place(from), after: place(to) }],
      });
  }
  for (const item of before) if (!now.has(keyOf(item))) differences.push({ kind: "removed", subject: subject(item) });
  return differences;
}

/**
 * What publishing the draft's rules changes, setting by setting, in both languages; with
 * `charged` (each fee line's online charge in words, before and after), a change of how a
 * fee is charged online is one of them.
 */
export function ruleDifferences(
  before: VersionRules,
  after: VersionRules,
  charged?: { before: Array<BilingualText | null>; after: Array<BilingualText | null> },
): RuleDifference[] {
  const general = changedSettings(GENERAL, before, after);
  const withCharges = (fees: FeeLineRules[], texts?: Array<BilingualText | null>): ChargedFee[] =>
    fees.map((fee, i) => ({ ...fee, charged: texts?.[i] }));
  return [
    ...(general.length
      ? [{ kind: "changed" as const, subject: { vi: "Thông tin chung", en: "General" }, settings: general }]
      : []),
    ...listDifferences<ChargedFee>(
      withCharges(before.fees, charged?.before),
      withCharges(after.fees, charged?.after),
      (f) => f.labelVi,
      (f) => same(f.labelVi),
      FEE_SETTINGS,
      { vi: "Khoản phí, lệ phí", en: "Fee" },
    ),
    ...listDifferences(
      before.documents,
      after.documents,
      (d) => d.key,
      (d) => ({ vi: d.nameVi, en: d.nameEn }),
      DOCUMENT_SETTINGS,
      { vi: "Giấy tờ", en: "Document" },
    ),
    ...listDifferences(
      before.steps,
      after.steps,
      (s) => s.key,
      (s) => ({ vi: s.nameVi, en: s.nameEn }),
      STEP_SETTINGS,
      { vi: "Bước xử lý", en: "Step" },
    ),
  ];
}
