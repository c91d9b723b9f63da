// After sign-in the portal only ever sends people to one of its own pages.
import { describe, expect, it } from "vitest";
import { safeNextPath } from "@/lib/identity/navigation";

describe("the page after sign-in", () => {
  it("keeps the portal's own paths, with their query", () => {
    for (const path of [
      "/tai-khoan",
      "/en/thu-tuc/dang-ky-khai-sinh/nop-ho-so",
      "/clerk/cong-viec?tab=overdue&q=01.98",
      "/ho-so/01.98.H29-261124-0001",
    ]) {
      expect(safeNextPath(path)).toBe(path);
    }
  });

  it("refuses anything that could leave the site, and falls back to the account page", () => {
    const hostile = [
      "https://evil.example/",
      "//evil.example",
      "///evil.example",
      "/\\evil.example",
      "\\\\evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r\n//evil.example",
      " /tai-khoan",
      "javascript:alert(1)",
      "tai-khoan",
      "",
      "/" + "a".repeat(400),
      42,
      null,
      undefined,
      ["/tai-khoan"],
    ];
    for (const value of hostile) expect(safeNextPath(value), String(value)).toBe("/tai-khoan");
    expect(safeNextPath("//evil.example", "/en/tai-khoan")).toBe("/en/tai-khoan");
  });
});
