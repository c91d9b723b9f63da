// A version's rules as its editor changes them: the posted form read back into rules (rows
// added, moved, removed, refused beside their field), the e-form's fee rules following the
// lines they charge, what one rule says of another, and the differences publishing shows.
import { describe, expect, it } from "vitest";
import { feeDue } from "@/lib/procedures/fees";
import { chargeTexts, feeRulesAfter, intentOf, readPostedRules } from "@/lib/procedures/rules-form";
import { formDefinitionSchema } from "@/lib/forms/definition";
import {
  ruleDifferences,
  rulesProblems,
  versionRulesSchema,
  type HandlingAgency,
  type VersionRules,
} from "@/lib/procedures/version-rules";
import type { FeeRule } from "@/lib/forms/definition";
import { postedOf } from "@/tests/factories/rules-form";

const SAVE = intentOf("save");
const JUSTICE: HandlingAgency = {
  level: "CITY",
  kind: "DEPARTMENT",
  nameVi: "Sở Tư pháp",
  nameEn: "Department of Justice",
};

const steps = (hours: [number, number, number, number]): VersionRules["steps"] =>
  (["reception", "appraisal", "approval", "return"] as const).map((key, sortOrder) => ({
    sortOrder,
    key,
    nameVi: `Bước ${key}`,
    nameEn: `Step ${key}`,
    allottedHours: hours[sortOrder]!,
  }));

const RULES: VersionRules = versionRulesSchema.parse({
  serviceLevel: "FULL_ONLINE",
  timeLimitValue: 10,
  timeLimitUnit: "WORKING_DAYS",
  sameDayCutoff: null,
  outOfHoursNextWorkingDay: true,
  timeLimitNoteVi: null,
  timeLimitNoteEn: null,
  competentKind: "CITY_DEPARTMENT",
  competentAuthorityVi: "Sở Tư pháp",
  competentAuthorityEn: "Department of Justice",
  eligibleApplicantsVi: "Công dân Việt Nam",
  eligibleApplicantsEn: "Vietnamese citizens",
  resultDocumentVi: "Phiếu lý lịch tư pháp",
  resultDocumentEn: "Criminal record certificate",
  resultValidityVi: null,
  resultValidityEn: null,
  inPersonVi: null,
  inPersonEn: null,
  legalBasis: ["Luật Lý lịch tư pháp 2009", "Thông tư 244/2016/TT-BTC"],
  requiredAccountLevel: 2,
  fees: [
    {
      sortOrder: 0,
      channel: null,
      labelVi: "Lệ phí",
      labelEn: "Fee",
      amountVnd: 200000,
      exemptionVi: null,
      exemptionEn: null,
    },
    {
      sortOrder: 1,
      channel: "COUNTER",
      labelVi: "Phí tại quầy",
      labelEn: "Counter fee",
      amountVnd: 10000,
      exemptionVi: null,
      exemptionEn: null,
    },
    {
      sortOrder: 2,
      channel: "ONLINE",
      labelVi: "Bản thêm",
      labelEn: "Extra copy",
      amountVnd: 5000,
      exemptionVi: null,
      exemptionEn: null,
    },
  ],
  documents: [
    {
      sortOrder: 0,
      key: "to-khai",
      nameVi: "Tờ khai",
      nameEn: "Request form",
      form: "ORIGINAL",
      copies: 1,
      required: true,
      requiredWhenVi: null,
      requiredWhenEn: null,
      noteVi: null,
      noteEn: null,
    },
  ],
  steps: steps([4, 60, 12, 4]),
});

describe("reading the rules form", () => {
  it("reads the form it drew back into the same rules", () => {
    const read = readPostedRules(postedOf(RULES), RULES, SAVE);
    expect(read.errors).toEqual({});
    expect(read.rules).toEqual(RULES);
  });

  it("adds a filled-in new row, ignores a blank one, and keys a new document by its Vietnamese name", () => {
    const posted = {
      ...postedOf(RULES),
      "fees.3.from": "",
      "fees.3.labelVi": "",
      "documents.1.from": "",
      "documents.1.nameVi": "Giấy xác nhận cư trú",
      "documents.1.nameEn": "Residence confirmation",
      "documents.1.form": "COPY",
      "documents.1.copies": "2",
      "documents.1.requirement": "case",
      "documents.1.requiredWhenVi": "người nộp ở nơi khác",
      "documents.1.requiredWhenEn": "the applicant lives elsewhere",
    };
    const { rules, errors } = readPostedRules(posted, RULES, SAVE);
    expect(errors).toEqual({});
    expect(rules.fees).toHaveLength(3);
    expect(rules.documents[1]).toMatchObject({
      sortOrder: 1,
      key: "giay-xac-nhan-cu-tru",
      form: "COPY",
      copies: 2,
      required: false,
      requiredWhenVi: "người nộp ở nơi khác",
    });
    // A second document of the same name gets a key of its own.
    const again = readPostedRules(
      {
        ...postedOf(rules),
        "documents.2.from": "",
        "documents.2.nameVi": "Giấy xác nhận cư trú",
        "documents.2.nameEn": "Another",
        "documents.2.requirement": "optional",
      },
      rules,
      SAVE,
    );
    expect(again.rules.documents.map((d) => d.key)).toEqual([
      "to-khai",
      "giay-xac-nhan-cu-tru",
      "giay-xac-nhan-cu-tru-2",
    ]);
  });

  it("moves and removes the row whose button was pressed, saving the rest of the form with it", () => {
    const posted = { ...postedOf(RULES), timeLimitValue: "12" };
    const moved = readPostedRules(posted, RULES, intentOf("fees.2.up"));
    expect(moved.rules.fees.map((f) => [f.labelVi, f.sortOrder])).toEqual([
      ["Lệ phí", 0],
      ["Bản thêm", 1],
      ["Phí tại quầy", 2],
    ]);
    expect(moved.rules.timeLimitValue).toBe(12);
    const removed = readPostedRules(posted, RULES, intentOf("fees.0.remove"));
    expect(removed.rules.fees.map((f) => f.labelVi)).toEqual(["Phí tại quầy", "Bản thêm"]);
    // Moving the first row up, or naming a row that is not there, changes nothing.
    expect(readPostedRules(posted, RULES, intentOf("fees.0.up")).rules.fees).toEqual(RULES.fees);
    expect(readPostedRules(posted, RULES, intentOf("fees.9.remove")).rules.fees).toEqual(RULES.fees);
    expect(intentOf("steps.0.remove")).toEqual({ kind: "save" });
    expect(intentOf("fees.1.drop")).toEqual({ kind: "save" });
  });

  it("refuses what it cannot read beside the field it was posted as", () => {
    const posted = {
      ...postedOf(RULES),
      timeLimitValue: "mười",
      competentKind: "DISTRICT",
      "fees.0.labelEn": "",
      "fees.2.amountVnd": "-5",
      "documents.0.requirement": "case",
      "steps.1.allottedHours": "0",
      resultValidityVi: "6 tháng",
      legalBasis: " \n ",
    };
    const { errors } = readPostedRules(posted, RULES, SAVE);
    expect(Object.keys(errors).sort()).toEqual(
      [
        "competentKind",
        "documents.0.requiredWhenVi",
        "fees.0.labelEn",
        "fees.2.amountVnd",
        "legalBasis",
        "resultValidityEn",
        "steps.1.allottedHours",
        "timeLimitValue",
      ].sort(),
    );
    expect(errors.timeLimitValue?.vi).toMatch(/số nguyên/);
    expect(errors.resultValidityEn?.en).toBe("Enter the English text.");
  });

  it("reads dots as thousands only in amounts: 1.5 days is refused, not read as 15", () => {
    const { rules, errors } = readPostedRules(
      { ...postedOf(RULES), timeLimitValue: "1.5", "fees.0.amountVnd": "25.000", "steps.0.allottedHours": "1.5" },
      RULES,
      SAVE,
    );
    expect(Object.keys(errors).sort()).toEqual(["steps.0.allottedHours", "timeLimitValue"]);
    expect(rules.fees[0]!.amountVnd).toBe(25000);
  });

  it("refuses removing the last fee line", () => {
    const one = { ...RULES, fees: [RULES.fees[0]!] };
    const { errors } = readPostedRules(postedOf(one), one, intentOf("fees.0.remove"));
    expect(errors["fees.0.labelVi"]?.en).toMatch(/At least one fee line/);
  });
});

describe("the e-form's fee rules follow the lines they charge", () => {
  const numberFields = new Set(["copies"]);
  const before: FeeRule[] = [
    { line: 0, beyond: 0 },
    { line: 1, perUnitOf: "copies", beyond: 2 },
  ];
  const charges = (list: Array<[number | null, string, string, number] | null>) =>
    list.map((entry, posted) =>
      entry ? { from: entry[0], posted, charge: { when: entry[1], perUnitOf: entry[2], beyond: entry[3] } } : null,
    );

  it("renumbers a rule when its line moves among the online lines, and keeps what it counts", () => {
    // The online lines were fees 0 and 2 (lines 0 and 1); the extra copy line moves first.
    const { feeRules, errors } = feeRulesAfter(
      before,
      RULES.fees,
      charges([[2, "", "copies", 2], [0, "", "", 0], null]),
      numberFields,
    );
    expect(errors).toEqual({});
    expect(feeRules).toEqual([
      { line: 0, perUnitOf: "copies", beyond: 2 },
      { line: 1, beyond: 0 },
    ]);
    // What an applicant owes is the same as before the move.
    const lines = (fees: VersionRules["fees"]) => fees.map((f) => ({ ...f }));
    const movedFees = [RULES.fees[2]!, RULES.fees[0]!, RULES.fees[1]!].map((f, sortOrder) => ({ ...f, sortOrder }));
    expect(feeDue(lines(movedFees), feeRules, { copies: "5" }).totalVnd).toBe(
      feeDue(lines(RULES.fees), before, { copies: "5" }).totalVnd,
    );
  });

  it("writes no rules when every online line is charged once, always", () => {
    expect(feeRulesAfter(before, RULES.fees, charges([[0, "", "", 0], null, [2, "", "", 0]]), numberFields)).toEqual({
      feeRules: undefined,
      errors: {},
    });
  });

  it("charges a line on a condition chosen from the list, and leaves out a line not charged online", () => {
    const { feeRules } = feeRulesAfter(
      undefined,
      RULES.fees,
      charges([[0, "eq:feeCategory:standard", "", 0], null, [2, "never", "", 0]]),
      numberFields,
    );
    expect(feeRules).toEqual([{ line: 0, beyond: 0, when: { field: "feeCategory", equals: "standard" } }]);
  });

  it("refuses counting by a field the form does not have, and charging no line online at all", () => {
    expect(
      feeRulesAfter(before, RULES.fees, charges([[0, "", "soTrang", 0], null, [2, "", "", 0]]), numberFields).errors,
    ).toHaveProperty("fees.0.perUnitOf");
    expect(
      feeRulesAfter(before, RULES.fees, charges([[0, "never", "", 0], null, [2, "never", "", 0]]), numberFields).errors[
        "fees.0.when"
      ]?.en,
    ).toMatch(/In person/);
  });
});

describe("how a fee is charged online, in words, and shown when it changes", () => {
  const form = formDefinitionSchema.parse({
    formVersion: 1,
    pages: [
      {
        id: "yeu-cau",
        title: { vi: "Yêu cầu", en: "Request" },
        fields: [
          {
            id: "feeCategory",
            type: "radio",
            label: { vi: "Mức phí", en: "Fee category" },
            options: [
              { value: "standard", label: { vi: "Thông thường", en: "Standard" } },
              { value: "reduced", label: { vi: "Giảm", en: "Reduced" } },
            ],
          },
          { id: "copies", type: "number", label: { vi: "Số bản", en: "Copies" } },
        ],
      },
    ],
  });

  it("names the answers and the count as the form does, never by id", () => {
    const texts = chargeTexts(
      RULES.fees,
      [
        { line: 0, when: { field: "feeCategory", equals: "standard" }, beyond: 0 },
        { line: 1, when: { field: "feeCategory", in: ["standard", "reduced"] }, perUnitOf: "copies", beyond: 2 },
      ],
      form,
    );
    expect(texts.map((t) => t?.vi ?? null)).toEqual([
      'Khi "Mức phí" là "Thông thường", một lần',
      null,
      'Khi "Mức phí" là một trong: "Thông thường", "Giảm", nhân với "Số bản", trừ 2 đầu tiên',
    ]);
    expect(chargeTexts(RULES.fees, undefined, form)[0]?.en).toBe("Always, once");
  });

  it("shows a change of how a fee is charged among the rules' differences", () => {
    const before = chargeTexts(RULES.fees, undefined, form);
    const after = chargeTexts(
      RULES.fees,
      [
        { line: 0, beyond: 0 },
        { line: 1, perUnitOf: "copies", beyond: 0 },
      ],
      form,
    );
    const [difference] = ruleDifferences(RULES, RULES, { before, after });
    expect(difference).toEqual({
      kind: "changed",
      subject: { vi: 'Khoản phí, lệ phí "Bản thêm"', en: 'Fee "Bản thêm"' },
      settings: [
        {
          name: { vi: "Thu khi nộp trực tuyến", en: "Charged to online filings" },
          before: { vi: "Luôn thu, một lần", en: "Always, once" },
          after: { vi: 'Luôn thu, nhân với "Số bản"', en: 'Always, times "Copies"' },
        },
      ],
    });
  });
});

describe("what one rule says of another", () => {
  const problems = (change: Partial<VersionRules>, handling: HandlingAgency = JUSTICE) =>
    rulesProblems({ ...RULES, ...change }, handling).map((p) => p.path);

  it("finds nothing wrong with consistent rules", () => {
    expect(problems({})).toEqual([]);
  });

  it("asks a same-day limit for its cut-off, and fits the steps in the limit", () => {
    expect(problems({ timeLimitUnit: "SAME_DAY", timeLimitValue: 0, steps: steps([1, 4, 2, 1]) })).toEqual([
      "sameDayCutoff",
    ]);
    expect(problems({ timeLimitValue: 2 })).toEqual(["steps.0.allottedHours"]);
  });

  it("asks a partly online version what is done in person, and a fully online one for none", () => {
    expect(problems({ serviceLevel: "PARTIAL_ONLINE" })).toEqual(["inPersonVi"]);
    expect(problems({ inPersonVi: "Nộp lệ phí tại quầy", inPersonEn: "Pay at the counter" })).toEqual(["inPersonVi"]);
  });

  it("routes a city-level version to the procedure's own handling agency", () => {
    expect(problems({ competentKind: "CITY_POLICE" })).toEqual(["competentKind"]);
    expect(problems({}, null)).toEqual(["competentKind"]);
    expect(problems({ competentKind: "WARD_PEOPLES_COMMITTEE" }, null)).toEqual([]);
  });
});

describe("the differences publishing shows", () => {
  it("names each setting changed with its value before and after, and rows added, removed and moved", () => {
    const after: VersionRules = {
      ...RULES,
      timeLimitValue: 7,
      fees: [
        { ...RULES.fees[2]!, sortOrder: 0 },
        { ...RULES.fees[0]!, sortOrder: 1, amountVnd: 100000 },
      ],
      documents: [
        ...RULES.documents,
        { ...RULES.documents[0]!, sortOrder: 1, key: "anh", nameVi: "Ảnh 4x6", nameEn: "Photo" },
      ],
    };
    const differences = ruleDifferences(RULES, after);
    expect(differences[0]).toEqual({
      kind: "changed",
      subject: { vi: "Thông tin chung", en: "General" },
      settings: [
        {
          name: { vi: "Thời hạn giải quyết", en: "Time limit" },
          before: { vi: "10 ngày làm việc", en: "10 working days" },
          after: { vi: "7 ngày làm việc", en: "7 working days" },
        },
      ],
    });
    const said = differences.slice(1).map((d) => `${d.kind}: ${d.subject.vi}`);
    expect(said).toEqual([
      'moved: Khoản phí, lệ phí "Bản thêm"',
      'changed: Khoản phí, lệ phí "Lệ phí"',
      'moved: Khoản phí, lệ phí "Lệ phí"',
      'removed: Khoản phí, lệ phí "Phí tại quầy"',
      'added: Giấy tờ "Ảnh 4x6"',
    ]);
    expect(differences[2]?.settings?.[0]).toMatchObject({
      before: { vi: "200.000 đồng" },
      after: { vi: "100.000 đồng" },
    });
    expect(ruleDifferences(RULES, RULES)).toEqual([]);
  });
});
