import { describe, expect, it } from "vitest";
import { compileForm, conditionHolds, type FormValues } from "@/lib/forms/compile";
import { formDefinitionSchema, type FormDefinition } from "@/lib/forms/definition";

const L = (vi: string) => ({ vi, en: vi });

const definition: FormDefinition = formDefinitionSchema.parse({
  formVersion: 1,
  pages: [
    {
      id: "basics",
      title: L("Cơ bản"),
      fields: [
        { id: "name", type: "text", label: L("Tên"), maxLength: 10 },
        { id: "note", type: "textarea", label: L("Ghi chú"), required: false },
        { id: "copies", type: "number", label: L("Số bản"), min: 1, max: 5 },
        { id: "born", type: "date", label: L("Ngày sinh"), notAfterToday: true },
        {
          id: "kind",
          type: "select",
          label: L("Loại"),
          options: [
            { value: "1", label: L("Số 1") },
            { value: "2", label: L("Số 2") },
          ],
        },
        {
          id: "sex",
          type: "radio",
          label: L("Giới tính"),
          options: [
            { value: "male", label: L("Nam") },
            { value: "female", label: L("Nữ") },
          ],
        },
        {
          id: "langs",
          type: "checkboxes",
          label: L("Ngôn ngữ"),
          required: false,
          options: [
            { value: "vi", label: L("Việt") },
            { value: "en", label: L("Anh") },
          ],
        },
        { id: "married", type: "yesno", label: L("Đã kết hôn") },
        {
          id: "spouseId",
          type: "idNumber",
          label: L("Số định danh vợ/chồng"),
          showIf: { field: "married", equals: true },
        },
        { id: "phone", type: "phone", label: L("Điện thoại") },
        { id: "email", type: "email", label: L("Email"), required: false },
        { id: "company", type: "enterpriseCode", label: L("Mã số doanh nghiệp"), required: false },
        { id: "ward", type: "ward", label: L("Phường") },
      ],
    },
    {
      id: "history",
      title: L("Quá trình cư trú"),
      showIf: { field: "kind", in: ["2"] },
      fields: [
        {
          id: "residences",
          type: "group",
          label: L("Nơi cư trú"),
          minItems: 1,
          maxItems: 3,
          fields: [
            { id: "period", type: "text", label: L("Thời gian") },
            { id: "address", type: "text", label: L("Địa chỉ") },
          ],
        },
      ],
    },
  ],
});

const valid: FormValues = {
  name: "An",
  copies: "2",
  born: "1990-05-12",
  kind: "1",
  sex: "male",
  married: "no",
  phone: "0903 123 456",
  ward: "phuong-sai-gon",
};

const form = compileForm(definition);
const errors = (values: FormValues) => {
  const result = form.schema.safeParse(values);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("form compiler", () => {
  it("accepts valid answers and normalises them", () => {
    const result = form.schema.parse(valid);
    expect(result.phone).toBe("0903123456");
    expect(result).not.toHaveProperty("spouseId");
  });

  it("checks every field type", () => {
    expect(errors({ ...valid, name: "x".repeat(11) })).toEqual({ name: "too-long" });
    expect(errors({ ...valid, copies: "abc" })).toEqual({ copies: "not-a-number" });
    expect(errors({ ...valid, copies: "9" })).toEqual({ copies: "too-large" });
    expect(errors({ ...valid, copies: "1.5" })).toEqual({ copies: "not-a-number" });
    expect(errors({ ...valid, born: "2019-02-30" })).toEqual({ born: "invalid-date" });
    expect(errors({ ...valid, born: "2999-01-01" })).toEqual({ born: "future-date" });
    expect(errors({ ...valid, kind: "3" })).toEqual({ kind: "invalid-option" });
    expect(errors({ ...valid, sex: "other" })).toEqual({ sex: "invalid-option" });
    expect(errors({ ...valid, langs: ["vi", "fr"] })).toEqual({ langs: "invalid-option" });
    expect(errors({ ...valid, langs: "vi" })).toEqual({});
    expect(errors({ ...valid, married: "maybe" })).toEqual({ married: "invalid-option" });
    expect(errors({ ...valid, phone: "12345" })).toEqual({ phone: "phone" });
    expect(errors({ ...valid, email: "not-an-email" })).toEqual({ email: "email" });
    expect(errors({ ...valid, company: "12" })).toEqual({ company: "enterprise-code" });
    expect(errors({ ...valid, ward: "../etc" })).toEqual({ ward: "invalid-option" });
  });

  it("requires visible required fields only, and drops hidden answers", () => {
    expect(errors({ ...valid, name: "" })).toEqual({ name: "required" });
    expect(errors({ ...valid, married: "yes" })).toEqual({ spouseId: "required" });
    expect(errors({ ...valid, married: "yes", spouseId: "079192005678" })).toEqual({});
    expect(errors({ ...valid, married: "yes", spouseId: "079192005679x" })).toEqual({ spouseId: "id-number" });
    expect(form.schema.parse({ ...valid, spouseId: "079192005678" })).not.toHaveProperty("spouseId");
  });

  it("validates repeatable groups on conditional pages", () => {
    expect(errors({ ...valid, kind: "2" })).toEqual({ residences: "too-few-items" });
    const rows = [
      { period: "2004–2012", address: "45 Phan Đăng Lưu" },
      { period: "2012–2016", address: "Linh Xuân" },
    ];
    expect(errors({ ...valid, kind: "2", residences: rows })).toEqual({});
    expect(errors({ ...valid, kind: "2", residences: [...rows, ...rows] })).toEqual({ residences: "too-many-items" });
    expect(errors({ ...valid, kind: "2", residences: [{ period: "", address: "x", extra: "y" }] })).toEqual({
      "residences.0.extra": "unknown-field",
      "residences.0.period": "required",
    });
  });

  it("refuses unknown fields and wrong types", () => {
    expect(errors({ ...valid, isAdmin: "true" })).toEqual({ isAdmin: "unknown-field" });
    expect(errors({ ...valid, name: ["a", "b"] as unknown as string })).toEqual({ name: "invalid" });
  });

  it("validates one page at a time", () => {
    const page = form.pageSchema("basics").safeParse({ name: "An" });
    expect(page.success).toBe(false);
    expect(form.pageSchema("history").safeParse({ kind: "1" }).success).toBe(true);
  });

  it("evaluates nested conditions", () => {
    const values = { a: "1", b: "yes" };
    expect(
      conditionHolds(
        {
          all: [
            { field: "a", in: ["1", "2"] },
            { field: "b", equals: true },
          ],
        },
        values,
      ),
    ).toBe(true);
    expect(
      conditionHolds(
        {
          any: [
            { field: "a", equals: "3" },
            { field: "b", equals: false },
          ],
        },
        values,
      ),
    ).toBe(false);
  });

  it("tells a filled answer from an empty one (a page shown only to organisations)", () => {
    expect(conditionHolds({ field: "org", filled: true }, { org: "0312345678" })).toBe(true);
    expect(conditionHolds({ field: "org", filled: true }, { org: "" })).toBe(false);
    expect(conditionHolds({ field: "org", filled: false }, {})).toBe(true);
    expect(conditionHolds({ field: "rows", filled: true }, { rows: [] })).toBe(false);
  });

  it("rejects definitions with duplicate ids or conditions on unknown fields", () => {
    const broken = {
      formVersion: 1,
      pages: [
        {
          id: "p",
          title: L("P"),
          fields: [
            { id: "x", type: "text", label: L("X") },
            { id: "x", type: "yesno", label: L("X2"), showIf: { field: "nope", equals: true } },
          ],
        },
      ],
    };
    const result = formDefinitionSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      "duplicate field id x",
      "condition names unknown field nope",
    ]);
  });
});

describe("stored text", () => {
  it("drops control characters and never keeps half a surrogate pair", async () => {
    const { cleanText } = await import("@/lib/forms/form-data");
    expect(cleanText("a\u0000b\u0007c\td\ne")).toBe("abc\td\ne");
    const cut = cleanText("x".repeat(4999) + "😀");
    expect(cut).toBe(`${"x".repeat(4999)}\uFFFD`);
  });
});

describe("a dossier's answers without an e-form", () => {
  it("are shown by field name instead of failing", async () => {
    const { dossierAnswerSections } = await import("@/lib/forms/display");
    expect(
      dossierAnswerSections(
        null,
        { fullName: "Nguyễn Văn A", members: [{ idNumber: "079090001234", fullName: "Trần B" }] },
        "vi",
        {},
      ),
    ).toEqual([
      {
        title: "Thông tin đã khai",
        rows: [
          ["fullName", "Nguyễn Văn A"],
          ["members", "079090001234 – Trần B"],
        ],
      },
    ]);
  });
});
