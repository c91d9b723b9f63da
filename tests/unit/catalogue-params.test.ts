import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH, parseCatalogueParams } from "@/lib/procedures/schemas";

describe("parseCatalogueParams", () => {
  it("reads known parameters", () => {
    expect(
      parseCatalogueParams({
        q: " khai sinh ",
        field: "ho-tich",
        level: "WARD",
        service: "FULL_ONLINE",
        agency: "so-tu-phap",
        page: "2",
      }),
    ).toEqual({
      q: "khai sinh",
      field: "ho-tich",
      level: "WARD",
      service: "FULL_ONLINE",
      agency: "so-tu-phap",
      page: 2,
    });
  });

  it("drops malformed filters instead of failing", () => {
    const parsed = parseCatalogueParams({
      level: "DISTRICT",
      service: "x",
      field: "../../etc",
      agency: "<script>",
      page: "abc",
    });
    expect(parsed).toEqual({
      q: undefined,
      field: undefined,
      agency: undefined,
      level: undefined,
      service: undefined,
      page: 1,
    });
  });

  it("clamps page numbers and query length", () => {
    expect(parseCatalogueParams({ page: "-5" }).page).toBe(1);
    expect(parseCatalogueParams({ page: "1e9" }).page).toBe(1);
    expect(parseCatalogueParams({ q: "x".repeat(10_000) }).q).toHaveLength(MAX_QUERY_LENGTH);
  });

  it("takes the first of repeated parameters and ignores unknown ones", () => {
    expect(parseCatalogueParams({ q: ["a", "b"], sort: "evil", page: ["3", "4"] })).toMatchObject({ q: "a", page: 3 });
  });
});
