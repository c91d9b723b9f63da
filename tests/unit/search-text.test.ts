import { describe, expect, it } from "vitest";
import { foldVietnamese } from "@/lib/i18n/fold";
import { buildSearchText, parseSearchQuery } from "@/lib/procedures/search-text";

describe("foldVietnamese", () => {
  it("removes diacritics, đ and case", () => {
    expect(foldVietnamese("Đăng ký khai sinh")).toBe("dang ky khai sinh");
    expect(foldVietnamese("Khai Sinh")).toBe("khai sinh");
    expect(foldVietnamese("Xác nhận tình trạng hôn nhân")).toBe("xac nhan tinh trang hon nhan");
    expect(foldVietnamese("Giỗ Tổ Hùng Vương")).toBe("gio to hung vuong");
  });

  it("folds decomposed (NFD) input the same as composed input", () => {
    expect(foldVietnamese("Đăng ký".normalize("NFD"))).toBe(foldVietnamese("Đăng ký".normalize("NFC")));
  });

  it("keeps procedure codes but drops punctuation and stray dots", () => {
    expect(foldVietnamese("1.001193.000.00.00.H29")).toBe("1.001193.000.00.00.h29");
    expect(foldVietnamese("  giấy phép... (xây dựng)! ")).toBe("giay phep xay dung");
  });
});

describe("parseSearchQuery", () => {
  it("returns null for a query without letters or digits", () => {
    expect(parseSearchQuery("   ")).toBeNull();
    expect(parseSearchQuery("%_'\";--")).toBeNull();
  });

  it("makes distinct terms that are safe inside LIKE", () => {
    expect(parseSearchQuery("Khai sinh khai SINH")).toEqual({ phrase: "khai sinh", terms: ["khai", "sinh"] });
    const injection = parseSearchQuery('x%\' OR 1=1; DROP TABLE "Procedure"; --');
    expect(injection?.terms.every((t) => /^[a-z0-9.]+$/.test(t))).toBe(true);
  });

  it("bounds a 10,000-character query", () => {
    const parsed = parseSearchQuery("a".repeat(10_000));
    expect(parsed?.terms).toEqual(["a".repeat(40)]);
    const many = parseSearchQuery(Array.from({ length: 50 }, (_, i) => `w${i}`).join(" "));
    expect(many?.terms).toHaveLength(8);
  });
});

describe("buildSearchText", () => {
  it("joins the parts that are present", () => {
    expect(buildSearchText(["Đăng ký tạm trú", undefined, "Cư trú"])).toBe("dang ky tam tru cu tru");
  });
});
