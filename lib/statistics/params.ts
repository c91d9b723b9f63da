// What a statistics request may ask for, shared by the public page and the open-data API
// so that both read a period and filters the same way. Dates are Vietnam calendar days,
// both ends included.
import { z } from "zod";
import { todayInVietnam } from "@/lib/clock/dates";
import { currentTime } from "@/lib/time";

/** The Vietnam date of an instant, as a UTC midnight (how a DATE column reads back). */
export function vietnamDay(at: Date): Date {
  return new Date(`${todayInVietnam(at)}T00:00:00Z`);
}

/** The first day of a day's month. */
export const monthOf = (day: Date) => new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1));

export const GROUPINGS = ["agency", "field", "procedure"] as const;
export type Grouping = (typeof GROUPINGS)[number];
/** Five years of day buckets at most in one request. */
export const MAX_PERIOD_DAYS = 5 * 366;

export const PARAM_MESSAGES = {
  from: {
    vi: "Ngày bắt đầu phải có dạng NNNN-TT-NN (ví dụ 2026-01-01) và là một ngày có thật.",
    en: "The start date must read YYYY-MM-DD (e.g. 2026-01-01) and be a real date.",
  },
  to: {
    vi: "Ngày kết thúc phải có dạng NNNN-TT-NN (ví dụ 2026-12-31) và là một ngày có thật.",
    en: "The end date must read YYYY-MM-DD (e.g. 2026-12-31) and be a real date.",
  },
  order: {
    vi: "Ngày bắt đầu phải trước hoặc trùng ngày kết thúc.",
    en: "The start date must not be after the end date.",
  },
  span: { vi: "Mỗi lần xem được tối đa 5 năm.", en: "A period can span five years at most." },
  by: {
    vi: "Chỉ nhóm được theo cơ quan (agency), lĩnh vực (field) hoặc thủ tục (procedure).",
    en: "Group by agency, field or procedure only.",
  },
  format: { vi: "Định dạng chỉ có thể là json hoặc csv.", en: "The format can be json or csv only." },
  agency: { vi: "Không có cơ quan với mã này.", en: "There is no agency with this slug." },
  field: { vi: "Không có lĩnh vực với mã này.", en: "There is no field with this slug." },
  procedure: { vi: "Không có thủ tục với mã này.", en: "There is no procedure with this slug." },
  unknown: { vi: "Tham số không được hỗ trợ.", en: "This parameter is not supported." },
} as const;
export type ParamProblem = keyof typeof PARAM_MESSAGES;

const isoDate = (problem: "from" | "to") =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, problem)
    .refine(
      (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
      problem,
    );
const slug = (problem: "agency" | "field" | "procedure") =>
  z
    .string()
    .max(120, problem)
    .regex(/^[a-z0-9-]+$/, problem);

const schema = z.strictObject({
  from: isoDate("from").optional(),
  to: isoDate("to").optional(),
  agency: slug("agency").optional(),
  field: slug("field").optional(),
  procedure: slug("procedure").optional(),
  by: z.enum(GROUPINGS, "by").optional(),
  format: z.enum(["json", "csv"], "format").optional(),
});

export type StatisticsParams = {
  from: Date;
  to: Date;
  agency?: string;
  field?: string;
  procedure?: string;
  by: Grouping;
  format: "json" | "csv";
};
export type ParamsResult =
  { ok: true; params: StatisticsParams } | { ok: false; problems: Partial<Record<string, ParamProblem>> };

/**
 * Reads query parameters (empty ones count as absent, as an HTML form sends them). The
 * period defaults to the year so far; `to` is the last day included.
 */
export function parseStatisticsParams(
  query: URLSearchParams | Record<string, string | string[] | undefined>,
  now: Date = currentTime(),
): ParamsResult {
  const entries =
    query instanceof URLSearchParams
      ? [...query.entries()]
      : Object.entries(query).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v] as const);
  const raw = Object.fromEntries(entries.filter(([, v]) => v !== undefined && v !== ""));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const problems: Partial<Record<string, ParamProblem>> = {};
    for (const issue of parsed.error.issues) {
      if (issue.code === "unrecognized_keys") for (const key of issue.keys) problems[key] = "unknown";
      else
        problems[String(issue.path[0])] = (
          issue.message in PARAM_MESSAGES ? issue.message : String(issue.path[0])
        ) as ParamProblem;
    }
    return { ok: false, problems };
  }
  const today = vietnamDay(now);
  const to = parsed.data.to ? new Date(`${parsed.data.to}T00:00:00Z`) : today;
  const from = parsed.data.from
    ? new Date(`${parsed.data.from}T00:00:00Z`)
    : new Date(Date.UTC(to.getUTCFullYear(), 0, 1));
  if (from > to) return { ok: false, problems: { from: "order" } };
  if ((to.getTime() - from.getTime()) / DAY_MS + 1 > MAX_PERIOD_DAYS) return { ok: false, problems: { from: "span" } };
  const { agency, field, procedure } = parsed.data;
  return {
    ok: true,
    params: {
      from,
      to,
      agency,
      field,
      procedure,
      by: parsed.data.by ?? "agency",
      format: parsed.data.format ?? "json",
    },
  };
}

/** A DATE as YYYY-MM-DD. */
export const isoDay = (day: Date) => day.toISOString().slice(0, 10);

const DAY_MS = 86_400_000;
const nextMonth = (month: Date) => new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1));

/**
 * A period (whole days, both ends included) as the whole months it covers, read from the
 * month buckets, and the days at its ragged ends, read from the day buckets: a year costs
 * twelve months and a few dozen days, whatever the number of dossiers.
 */
export function splitPeriod(
  from: Date,
  to: Date,
): { months: { from: Date; to: Date } | null; days: Array<{ from: Date; to: Date }> } {
  const firstMonth = from.getUTCDate() === 1 ? from : nextMonth(monthOf(from));
  const afterLastMonth = new Date(to.getTime() + DAY_MS).getUTCDate() === 1 ? nextMonth(monthOf(to)) : monthOf(to);
  if (firstMonth >= afterLastMonth) return { months: null, days: [{ from, to }] };
  const days: Array<{ from: Date; to: Date }> = [];
  if (from < firstMonth) days.push({ from, to: new Date(firstMonth.getTime() - DAY_MS) });
  if (afterLastMonth <= to) days.push({ from: afterLastMonth, to });
  return { months: { from: firstMonth, to: new Date(afterLastMonth.getTime() - DAY_MS) }, days };
}
