// The canonical form of a submission, the bytes its signature covers: JSON with object
// keys sorted at every level and no insignificant whitespace (the JSON Canonicalization
// Scheme for the strings, numbers, booleans and arrays a submission holds).
import { createHash } from "node:crypto";

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export type CanonicalSubmission = {
  procedureCode: string;
  procedureVersionId: string;
  applicantIdNumber: string | null;
  organisationCode: string | null;
  values: Record<string, unknown>;
  /** Attached documents by required-document key, with their SHA-256. */
  documents: Array<{ key: string; sha256: string }>;
};

export function submissionDigest(submission: CanonicalSubmission): string {
  const documents = [...submission.documents].sort((a, b) => (a.key + a.sha256 < b.key + b.sha256 ? -1 : 1));
  return createHash("sha256")
    .update(canonicalJson({ ...submission, documents }), "utf8")
    .digest("hex");
}
