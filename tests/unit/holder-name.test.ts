// How the public verification page names a result's holder (lib/processing/holder-name.ts).
import { describe, expect, it } from "vitest";
import { holderNameForPublic } from "@/lib/processing/holder-name";

describe("the holder's name on the public verification page", () => {
  it("finding 6: keeps the given name and the first letter of every other word", () => {
    expect(holderNameForPublic("Nguyễn Văn An", "PERSON")).toBe("N*** V** An");
    expect(holderNameForPublic("  Phan   Thị Kết Quả ", "PERSON")).toBe("P*** T** K** Quả");
    expect(holderNameForPublic("Đỗ Thị Lan", "PERSON")).toBe("Đ* T** Lan");
    expect(holderNameForPublic("Madonna", "PERSON")).toBe("M***");
  });

  it("keeps an organisation's name whole: it is not personal data", () => {
    expect(holderNameForPublic("Công ty TNHH Sài Gòn Xanh", "ORGANISATION")).toBe("Công ty TNHH Sài Gòn Xanh");
  });
});
