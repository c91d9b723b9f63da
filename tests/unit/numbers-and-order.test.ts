import { describe, expect, it } from "vitest";
import { compileForm } from "@/lib/forms/compile";
import type { FormDefinitionInput } from "@/lib/forms/definition";
import { formDefinitionSchema } from "@/lib/forms/definition";
import { displayAnswer } from "@/lib/forms/display";
import { canonicalNumber, canonicalNumberAnswers, formatNumberAnswer, numberFieldText } from "@/lib/forms/numbers";
import { compareVietnamese, compareWardNames } from "@/lib/i18n/collation";

describe("numbers as people in Vietnam write them", () => {
  it("reads a comma as the decimal separator and dots in groups of three as thousands", () => {
    expect(canonicalNumber("15,5")).toBe("15.5");
    expect(canonicalNumber("1.500.000")).toBe("1500000");
    expect(canonicalNumber("1.500.000,25")).toBe("1500000.25");
    expect(canonicalNumber(" 1 500 ")).toBe("1500");
    expect(canonicalNumber("12")).toBe("12");
  });

  it("reads any other dot as a decimal point", () => {
    expect(canonicalNumber("15.5")).toBe("15.5");
    expect(canonicalNumber("15.50")).toBe("15.5");
    expect(canonicalNumber("1.5000")).toBe("1.5");
  });

  it("refuses what is not a number by the rule", () => {
    for (const typed of ["15,5,5", "1.50.000", "abc", "", "1,500.5", "--3", "15.5.5"])
      expect(canonicalNumber(typed)).toBeNull();
  });

  it("writes numbers the Vietnamese way on Vietnamese pages, and the form field shows what reads back the same", () => {
    expect(formatNumberAnswer("1500000.5", "vi")).toBe("1.500.000,5");
    expect(formatNumberAnswer("15.5", "vi")).toBe("15,5");
    expect(formatNumberAnswer("1500000", "en")).toBe("1,500,000");
    // A year, or any number under five digits, is not grouped.
    expect(formatNumberAnswer("1992", "vi")).toBe("1992");
    expect(formatNumberAnswer("1250.75", "vi")).toBe("1250,75");
    expect(numberFieldText("1500000", "vi")).toBe("1500000");
    expect(numberFieldText("15.5", "vi")).toBe("15,5");
    for (const stored of ["15.5", "1500000", "1234.567", "7"]) {
      expect(canonicalNumber(numberFieldText(stored, "vi"))).toBe(stored);
      expect(canonicalNumber(numberFieldText(stored, "en"))).toBe(stored);
    }
  });

  const definition = formDefinitionSchema.parse({
    formVersion: 1,
    requiresSignature: false,
    pages: [
      {
        id: "building",
        title: { vi: "Công trình", en: "Building" },
        fields: [
          {
            id: "height",
            type: "number",
            label: { vi: "Chiều cao (m)", en: "Height (m)" },
            min: 1,
            max: 100,
            integer: false,
          },
          { id: "floors", type: "number", label: { vi: "Số tầng", en: "Floors" }, min: 1, max: 20 },
        ],
      },
    ],
  } satisfies FormDefinitionInput);
  const page = definition.pages[0]!;

  it("validates '15,5' as fifteen and a half, and stores it canonically", () => {
    const schema = compileForm(definition).pageSchema("building");
    expect(schema.safeParse({ height: "15,5", floors: "3" }).success).toBe(true);
    expect(schema.safeParse({ height: "150,5", floors: "3" }).success).toBe(false);
    expect(schema.safeParse({ height: "15,5", floors: "2,5" }).success).toBe(false);
    expect(canonicalNumberAnswers(page, { height: "15,5", floors: "abc" })).toEqual({ height: "15.5", floors: "abc" });
    const height = page.fields[0]!;
    if (height.type === "group") throw new Error("not a group");
    expect(displayAnswer(height, "15.5", "vi", {})).toBe("15,5");
  });
});

describe("Vietnamese order", () => {
  it("sorts names as the Vietnamese alphabet does", () => {
    expect(
      ["Bình Thạnh", "Bến Thành", "Chợ Lớn", "Cầu Ông Lãnh", "Thủ Dầu Một", "Tân Định", "Đa Kao", "Dĩ An"].sort(
        compareVietnamese,
      ),
    ).toEqual(["Bến Thành", "Bình Thạnh", "Cầu Ông Lãnh", "Chợ Lớn", "Dĩ An", "Đa Kao", "Tân Định", "Thủ Dầu Một"]);
  });

  it("groups ward-level units by kind (phường, xã, đặc khu), each by the name after the kind", () => {
    const names = [
      "Ủy ban nhân dân Đặc khu Côn Đảo",
      "Ủy ban nhân dân Xã Cần Giờ",
      "Ủy ban nhân dân Phường Chợ Lớn",
      "Ủy ban nhân dân Xã Bình Chánh",
      "Ủy ban nhân dân Phường Bình Thạnh",
      "Ủy ban nhân dân Phường Bến Thành",
      "Ủy ban nhân dân Phường Cầu Ông Lãnh",
    ];
    expect(names.sort(compareWardNames)).toEqual([
      "Ủy ban nhân dân Phường Bến Thành",
      "Ủy ban nhân dân Phường Bình Thạnh",
      "Ủy ban nhân dân Phường Cầu Ông Lãnh",
      "Ủy ban nhân dân Phường Chợ Lớn",
      "Ủy ban nhân dân Xã Bình Chánh",
      "Ủy ban nhân dân Xã Cần Giờ",
      "Ủy ban nhân dân Đặc khu Côn Đảo",
    ]);
  });
});
