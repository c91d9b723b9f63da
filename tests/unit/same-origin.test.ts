import { describe, expect, it } from "vitest";
import { fromOwnOrigin } from "@/lib/http/same-origin";

const post = (headers: Record<string, string>) =>
  new Request("http://localhost:3000/api/documents", { method: "POST", headers });

describe("fromOwnOrigin", () => {
  it("accepts the portal's own pages and refuses other sites", () => {
    expect(fromOwnOrigin(post({ origin: "http://localhost:3000" }))).toBe(true);
    expect(fromOwnOrigin(post({ origin: "https://evil.example" }))).toBe(false);
    expect(fromOwnOrigin(post({ "sec-fetch-site": "cross-site" }))).toBe(false);
    expect(fromOwnOrigin(post({ "sec-fetch-site": "same-origin" }))).toBe(true);
  });
});
