import { describe, expect, it } from "vitest";
import { readAuditReport } from "@/tests/dependencies/audit-report";

const counts = (overrides: Record<string, number> = {}) => ({
  info: 0,
  low: 0,
  moderate: 0,
  high: 0,
  critical: 0,
  total: 0,
  ...overrides,
});

describe("reading npm audit's report", () => {
  it("passes a report without findings", () => {
    const verdict = readAuditReport(
      JSON.stringify({ auditReportVersion: 2, vulnerabilities: {}, metadata: { vulnerabilities: counts() } }),
    );
    expect(verdict).toEqual({ outcome: "clean", summary: "0 info, 0 low, 0 moderate, 0 high, 0 critical" });
  });

  it("passes moderate findings but counts them", () => {
    const report = {
      vulnerabilities: {
        cookie: {
          name: "cookie",
          severity: "moderate",
          via: [
            { title: "Out-of-bounds characters", url: "https://github.com/advisories/GHSA-1", severity: "moderate" },
          ],
        },
      },
      metadata: { vulnerabilities: counts({ moderate: 1, total: 1 }) },
    };
    expect(readAuditReport(JSON.stringify(report))).toMatchObject({
      outcome: "clean",
      summary: "0 info, 0 low, 1 moderate, 0 high, 0 critical",
    });
  });

  it("blocks on high and critical findings, naming the advisory and the package that carries it", () => {
    const report = {
      vulnerabilities: {
        next: {
          name: "next",
          severity: "critical",
          via: [
            {
              title: "Authorization bypass in middleware",
              url: "https://github.com/advisories/GHSA-2",
              severity: "critical",
            },
          ],
        },
        "next-auth": { name: "next-auth", severity: "high", via: ["next"] },
      },
      metadata: { vulnerabilities: counts({ high: 1, critical: 1, total: 2 }) },
    };
    expect(readAuditReport(JSON.stringify(report))).toEqual({
      outcome: "vulnerable",
      summary: "0 info, 0 low, 0 moderate, 1 high, 1 critical",
      findings: [
        "next (critical): Authorization bypass in middleware https://github.com/advisories/GHSA-2",
        "next-auth (high): through next",
      ],
    });
  });

  it("says the check did not run when the registry refuses the advisory endpoint", () => {
    const refusal = {
      message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
      statusCode: 405,
      body: "",
    };
    expect(readAuditReport(JSON.stringify(refusal))).toEqual({
      outcome: "unavailable",
      summary:
        "The advisory database could not be asked: 405 Method Not Allowed - POST " +
        "https://registry.npmjs.org/-/npm/v1/security/advisories/bulk.",
    });
  });

  it("says the check did not run when npm printed nothing readable", () => {
    expect(readAuditReport("")).toEqual({ outcome: "unavailable", summary: "npm audit printed no JSON report." });
  });
});
