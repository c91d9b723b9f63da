import { describe, expect, it } from "vitest";
import { formDefinitionSchema } from "@/lib/forms/definition";
import { feeDue, itemsSettledBy, type FeeItem, type FeeLineForChannel } from "@/lib/procedures/fees";
import { CRIMINAL_RECORD_FORM } from "@/prisma/seed/forms/criminal-record";

const line = (
  sortOrder: number,
  amountVnd: number | null,
  channel: FeeLineForChannel["channel"] = null,
): FeeLineForChannel => ({ sortOrder, channel, labelVi: `Dòng ${sortOrder}`, labelEn: `Line ${sortOrder}`, amountVnd });

describe("feeDue", () => {
  it("charges the online line, not the counter line, when the fee depends on the channel", () => {
    expect(feeDue([line(0, 20000, "COUNTER"), line(1, 10000, "ONLINE")], undefined, {}).totalVnd).toBe(10000);
  });

  it("never charges a line whose amount is set by a separate fee table", () => {
    expect(feeDue([line(0, null)], undefined, {})).toEqual({ totalVnd: 0, items: [] });
  });

  it("follows the criminal-record form's rules: category, and each copy from the third", () => {
    const rules = formDefinitionSchema.parse(CRIMINAL_RECORD_FORM).feeRules;
    const lines = [line(0, 200000), line(1, 100000), line(2, 5000), line(3, 0)];
    expect(feeDue(lines, rules, { feeCategory: "standard", copies: "1" }).totalVnd).toBe(200000);
    expect(feeDue(lines, rules, { feeCategory: "standard", copies: "4" })).toMatchObject({
      totalVnd: 210000,
      items: [{ amountVnd: 200000 }, { unitVnd: 5000, quantity: 2, amountVnd: 10000 }],
    });
    expect(feeDue(lines, rules, { feeCategory: "reduced", copies: "3" }).totalVnd).toBe(105000);
    expect(feeDue(lines, rules, { feeCategory: "exempt", copies: "5" }).totalVnd).toBe(0);
  });

  it("refuses a definition whose fee rule counts a field it does not have", () => {
    const definition = { ...CRIMINAL_RECORD_FORM, feeRules: [{ line: 0, perUnitOf: "nothing" }] };
    expect(formDefinitionSchema.safeParse(definition).success).toBe(false);
  });
});

describe("itemsSettledBy", () => {
  const item = (labelVi: string, amountVnd: number): FeeItem => ({
    labelVi,
    labelEn: labelVi,
    unitVnd: amountVnd,
    quantity: 1,
    amountVnd,
  });
  const items = [item("Lệ phí cấp phiếu", 200_000), item("Bản sao", 5_000), item("Lệ phí quá hạn", 8_000)];

  it("gives each payment the lines it settled, in order", () => {
    expect(itemsSettledBy(items, 0, 205_000).map((i) => i.labelVi)).toEqual(["Lệ phí cấp phiếu", "Bản sao"]);
    expect(itemsSettledBy(items, 205_000, 8_000).map((i) => i.labelVi)).toEqual(["Lệ phí quá hạn"]);
    expect(itemsSettledBy(items, 0, 213_000)).toHaveLength(3);
  });

  it("gives a payment nothing it did not cover", () => {
    expect(itemsSettledBy(items, 0, 100_000)).toEqual([]);
    expect(itemsSettledBy(items, 213_000, 8_000)).toEqual([]);
  });
});
