// Reads what `npm audit --json` printed and decides whether the build may go on. Pure, so
// the three answers npm can give (a clean report, a report with findings, an error from the
// advisory endpoint) are unit-tested without the network.
import { z } from "zod";

const SEVERITIES = ["info", "low", "moderate", "high", "critical"] as const;
const BLOCKING: ReadonlySet<string> = new Set(["high", "critical"]);

const advisorySchema = z.object({ title: z.string(), url: z.string(), severity: z.enum(SEVERITIES) });

const reportSchema = z.object({
  vulnerabilities: z.record(
    z.string(),
    z.object({
      name: z.string(),
      severity: z.enum(SEVERITIES),
      // An entry is either an advisory against the package itself or the name of a dependency that carries one.
      via: z.array(z.union([advisorySchema, z.string()])),
    }),
  ),
  metadata: z.object({ vulnerabilities: z.record(z.string(), z.number()) }),
});

const endpointErrorSchema = z.object({ message: z.string(), statusCode: z.number().optional() });

export type AuditVerdict =
  | { outcome: "clean"; summary: string }
  | { outcome: "vulnerable"; summary: string; findings: string[] }
  | { outcome: "unavailable"; summary: string };

/** Turns npm audit's JSON output into a verdict: high or critical findings block, lower ones are listed in the summary
 * only. */
export function readAuditReport(output: string): AuditVerdict {
  let json: unknown;
  try {
    json = JSON.parse(output);
  } catch {
    return { outcome: "unavailable", summary: "npm audit printed no JSON report." };
  }
  const report = reportSchema.safeParse(json);
  if (!report.success) {
    const failure = endpointErrorSchema.safeParse(json);
    const reason = failure.success ? failure.data.message : "its answer was not an audit report";
    return { outcome: "unavailable", summary: `The advisory database could not be asked: ${reason}.` };
  }
  const counts = report.data.metadata.vulnerabilities;
  const summary = SEVERITIES.map((severity) => `${counts[severity] ?? 0} ${severity}`).join(", ");
  const findings = Object.values(report.data.vulnerabilities)
    .filter((entry) => BLOCKING.has(entry.severity))
    .flatMap((entry) =>
      entry.via.map((via) =>
        typeof via === "string"
          ? `${entry.name} (${entry.severity}): through ${via}`
          : `${entry.name} (${via.severity}): ${via.title} ${via.url}`,
      ),
    );
  return findings.length > 0 ? { outcome: "vulnerable", summary, findings } : { outcome: "clean", summary };
}
