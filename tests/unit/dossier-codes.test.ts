import { describe, expect, it } from "vitest";
import { codeDay, formatDossierCode, parseDossierCode } from "@/lib/dossiers/codes";

describe("dossier codes", () => {
  it("follow <agency>-<YYMMDD>-<NNNN> like 38.98.H29-210519-0003", () => {
    expect(formatDossierCode("38.98.H29", "210519", 3)).toBe("38.98.H29-210519-0003");
    expect(formatDossierCode("000.00.17.H29", "261123", 12345)).toBe("000.00.17.H29-261123-12345");
    expect(() => formatDossierCode("x", "261123", 0)).toThrow(RangeError);
  });

  it("use the date in Vietnam, not UTC", () => {
    expect(codeDay(new Date("2026-11-23T16:59:59Z"))).toBe("261123");
    expect(codeDay(new Date("2026-11-23T17:00:00Z"))).toBe("261124");
  });

  it("parse back", () => {
    expect(parseDossierCode("01.98.H29-261123-0042")).toEqual({ agencyCode: "01.98.H29", day: "261123", sequence: 42 });
    expect(parseDossierCode("nonsense")).toBeNull();
  });
});
