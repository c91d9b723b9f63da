import { describe, expect, it } from "vitest";
import {
  centurySexDigit,
  checkIdNumber,
  composeIdNumber,
  decodeIdNumber,
  maskIdNumber,
} from "@/lib/identity/id-number";

describe("personal ID number", () => {
  it("decodes province, sex and birth year", () => {
    expect(decodeIdNumber("079090001234")).toEqual({ province: "079", sex: "male", birthYear: 1990 });
    expect(decodeIdNumber("001305000001")).toEqual({ province: "001", sex: "female", birthYear: 2005 });
  });

  it("maps century and sex to the G digit", () => {
    expect([
      centurySexDigit(1999, "male"),
      centurySexDigit(1999, "female"),
      centurySexDigit(2000, "male"),
      centurySexDigit(2001, "female"),
      centurySexDigit(2100, "male"),
    ]).toEqual([0, 1, 2, 3, 4]);
    expect(() => centurySexDigit(1899, "male")).toThrow(RangeError);
  });

  it("accepts a number consistent with its holder", () => {
    expect(checkIdNumber("079090001234", { birthDate: "1990-05-12", sex: "male" })).toEqual([]);
    expect(checkIdNumber("074303123456", { birthDate: "2003-01-01", sex: "female" })).toEqual([]);
  });

  it("names each structural problem", () => {
    expect(checkIdNumber("07909000123")).toEqual(["format"]);
    expect(checkIdNumber("07909000123a")).toEqual(["format"]);
    expect(checkIdNumber("999090001234")).toEqual(["province"]);
    expect(checkIdNumber("079090001234", { birthDate: "2090-05-12" })).toEqual(["century"]);
    expect(checkIdNumber("079090001234", { birthDate: "1991-05-12" })).toEqual(["birth-year"]);
    expect(checkIdNumber("079090001234", { sex: "female" })).toEqual(["sex"]);
  });

  it("composes valid numbers and masks all but the last four digits", () => {
    const id = composeIdNumber("077", 2024, "female", 42);
    expect(id).toBe("077324000042");
    expect(checkIdNumber(id, { birthDate: "2024-02-29", sex: "female" })).toEqual([]);
    expect(maskIdNumber("079090001234")).toBe("********1234");
  });
});
