// The open-data form of the statistics: JSON and CSV with the same figures as the public
// page (same query, same rounding), no personal data (only agencies, fields and
// procedures are named), cacheable by anyone for a minute.
import "server-only";
import { createHash } from "node:crypto";
import { DomainError, ValidationError } from "@/lib/errors";
import { roundDays, roundShare } from "@/lib/statistics/format";
import type { Indicators } from "./indicators";
import { isoDay, PARAM_MESSAGES, parseStatisticsParams, type ParamProblem } from "./params";
import { readStatistics, type Figures, type PublicStatistics } from "./queries";

export function openFigures(f: Figures) {
  const i: Indicators = f.indicators;
  return {
    submitted: i.submitted,
    decided: i.decided,
    onTime: i.onTime,
    late: i.late,
    onTimeRate: roundShare(i.onTimeRate),
    onlineShare: roundShare(i.onlineShare),
    onlinePaymentShare: roundShare(i.onlinePaymentShare),
    averageProcessingDays: roundDays(i.averageProcessingDays),
    satisfaction: roundShare(i.satisfaction),
  };
}
const COLUMNS = [
  "submitted",
  "decided",
  "onTime",
  "late",
  "onTimeRate",
  "onlineShare",
  "onlinePaymentShare",
  "averageProcessingDays",
  "satisfaction",
] as const;

export function toOpenJson(s: PublicStatistics) {
  return {
    period: { from: isoDay(s.from), to: isoDay(s.to) },
    groupedBy: s.by,
    filters: s.filters,
    asOf: s.asOf.toISOString(),
    total: openFigures(s.total),
    rows: s.rows.map((r) => ({ key: r.key, nameVi: r.nameVi, nameEn: r.nameEn, ...openFigures(r) })),
  };
}

const csvCell = (value: string | number | null) => {
  if (value === null) return "";
  const text = String(value);
  // Quoted when needed; a leading formula character is defused so a spreadsheet shows it as text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

export function toOpenCsv(s: PublicStatistics): string {
  const lines = [["key", "nameVi", "nameEn", ...COLUMNS].join(",")];
  const line = (key: string, nameVi: string, nameEn: string, f: Figures) => {
    const figures = openFigures(f);
    lines.push([key, nameVi, nameEn, ...COLUMNS.map((c) => figures[c])].map(csvCell).join(","));
  };
  for (const r of s.rows) line(r.key, r.nameVi, r.nameEn, r);
  line("total", "Tổng cộng", "Total", s.total);
  return `${lines.join("\r\n")}\r\n`;
}

type Problem = { parameter: string; messageVi: string; messageEn: string };

/** RFC 9457 problem details, in both languages, one entry per parameter at fault. */
function badRequest(problems: Problem[]): Response {
  return Response.json(
    { type: "about:blank", title: "Tham số không hợp lệ / Invalid parameters", status: 400, errors: problems },
    {
      status: 400,
      headers: { "content-type": "application/problem+json; charset=utf-8", "cache-control": "no-store" },
    },
  );
}

/** Answers a statistics request: the figures as JSON or CSV, 304 when unchanged, 400 with the reason when asked
 * wrongly.
 * */
export async function answerStatistics(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const parsed = parseStatisticsParams(url.searchParams);
  if (!parsed.ok) {
    return badRequest(
      Object.entries(parsed.problems).map(([parameter, problem]) => ({
        parameter,
        messageVi: PARAM_MESSAGES[problem as ParamProblem].vi,
        messageEn: PARAM_MESSAGES[problem as ParamProblem].en,
      })),
    );
  }
  let statistics: PublicStatistics;
  try {
    statistics = await readStatistics(parsed.params);
  } catch (error) {
    if (error instanceof ValidationError)
      return badRequest(
        Object.entries(error.fieldErrors).map(([parameter, m]) => ({ parameter, messageVi: m.vi, messageEn: m.en })),
      );
    if (error instanceof DomainError)
      return badRequest([{ parameter: "", messageVi: error.messageVi, messageEn: error.messageEn }]);
    throw error;
  }
  const csv = parsed.params.format === "csv";
  const body = csv ? toOpenCsv(statistics) : JSON.stringify(toOpenJson(statistics));
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  const headers = {
    "content-type": csv ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
    ...(csv
      ? {
          "content-disposition":
            `attachment; ` + `filename="thong-ke-${isoDay(statistics.from)}-${isoDay(statistics.to)}.csv"`,
        }
      : {}),
    "cache-control": "public, max-age=60, stale-while-revalidate=300",
    etag,
    "access-control-allow-origin": "*",
    "x-content-type-options": "nosniff",
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(body, { headers });
}
