// The block under a result of who signs for the issuing agency (lib/results/pdf.ts):
// the title by the kind of agency, and where and when in the Vietnamese form.
import { describe, expect, it } from "vitest";
import { placeAndDate, signatureTitles } from "@/lib/results/pdf";

describe("who signs a result", () => {
  it("signs for a People's Committee on behalf of the committee, and for a police or department as its head", () => {
    const committee = { level: "WARD", kind: "PEOPLES_COMMITTEE", nameVi: "Ủy ban nhân dân Phường Sài Gòn" } as const;
    expect(signatureTitles(committee)).toEqual(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]);
    expect(signatureTitles({ level: "WARD", kind: "POLICE", nameVi: "Công an phường Sài Gòn" })).toEqual([
      "TRƯỞNG CÔNG AN PHƯỜNG",
    ]);
    expect(signatureTitles({ level: "WARD", kind: "POLICE", nameVi: "Công an xã Cần Giờ" })).toEqual([
      "TRƯỞNG CÔNG AN XÃ",
    ]);
    expect(signatureTitles({ level: "WARD", kind: "POLICE", nameVi: "Công an đặc khu Côn Đảo" })).toEqual([
      "TRƯỞNG CÔNG AN ĐẶC KHU",
    ]);
    expect(signatureTitles({ level: "CITY", kind: "POLICE", nameVi: "Công an Thành phố Hồ Chí Minh" })).toEqual([
      "GIÁM ĐỐC CÔNG AN THÀNH PHỐ",
    ]);
    expect(signatureTitles({ level: "CITY", kind: "DEPARTMENT", nameVi: "Sở Tư pháp" })).toEqual(["GIÁM ĐỐC"]);
  });

  it("dates the result in Vietnam, day and month in two digits", () => {
    // 23:30 on 7 December in UTC is already 8 December in Vietnam.
    expect(placeAndDate(new Date("2026-12-07T23:30:00Z"))).toBe("Thành phố Hồ Chí Minh, ngày 08 tháng 12 năm 2026");
  });
});
