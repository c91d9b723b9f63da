// What account forms accept as people type it.
import { describe, expect, it } from "vitest";
import { actForSchema, enterpriseCodeSchema } from "@/lib/accounts/schemas";

describe("an enterprise code", () => {
  it("is read as written on papers, with spaces or dots between the digits", () => {
    for (const written of ["0312345678", " 0312 345 678 ", "0312.345.678"])
      expect(enterpriseCodeSchema.parse(written)).toBe("0312345678");
  });

  it("is refused when it is not 8 to 20 letters and digits", () => {
    for (const wrong of ["0312", "0312-345-678", "mã số 0312345678"])
      expect(enterpriseCodeSchema.safeParse(wrong).success).toBe(false);
    expect(actForSchema.parse({ enterpriseCode: "" })).toEqual({ enterpriseCode: "" });
  });
});
