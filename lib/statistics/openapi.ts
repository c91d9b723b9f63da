// The OpenAPI 3.1 description of the open-data API, served by the portal; a test checks it
// against the OpenAPI schema and the API's answers against it.
import { GROUPINGS, MAX_PERIOD_DAYS } from "./params";

const share = {
  type: ["number", "null"],
  minimum: 0,
  maximum: 1,
  description: "Fraction 0–1, four decimals; null when there is nothing to divide by.",
};
const count = { type: "integer", minimum: 0 };
const slugParam = (name: string, description: string) => ({
  name,
  in: "query",
  required: false,
  description,
  schema: { type: "string", pattern: "^[a-z0-9-]+$", maxLength: 120 },
});

export const OPEN_DATA_OPENAPI = {
  openapi: "3.1.0",
  info: {
    title: "Một Cửa Số – dữ liệu mở thống kê giải quyết thủ tục hành chính / open data on administrative procedures",
    version: "1.0.0",
    description:
      "Aggregates of dossiers filed with the agencies of Ho Chi Minh City, by period, agency, field and " +
      "procedure: the indicators of Decision 766/QĐ-TTg. No personal data. Figures are counted as dossiers " +
      "change; `asOf` says how current they are. Dates are Vietnam calendar days (UTC+7), both ends included.",
    license: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
  },
  servers: [{ url: "/" }],
  paths: {
    "/api/open-data/v1/statistics": {
      get: {
        operationId: "getStatistics",
        summary: "Thống kê theo kỳ / statistics for a period",
        parameters: [
          {
            name: "from",
            in: "query",
            required: false,
            description: "First day (YYYY-MM-DD). Default: 1 January of the `to` year.",
            schema: { type: "string", format: "date" },
          },
          {
            name: "to",
            in: "query",
            required: false,
            description: `Last day (YYYY-MM-DD). Default: today. At most ${MAX_PERIOD_DAYS} days in all.`,
            schema: { type: "string", format: "date" },
          },
          slugParam("agency", "Only this agency (its slug, e.g. ubnd-phuong-sai-gon)."),
          slugParam("field", "Only procedures of this field (its slug)."),
          slugParam("procedure", "Only this procedure (its slug)."),
          {
            name: "by",
            in: "query",
            required: false,
            description: "How rows are grouped. Default: agency.",
            schema: { type: "string", enum: [...GROUPINGS] },
          },
          {
            name: "format",
            in: "query",
            required: false,
            description: "json (default) or csv.",
            schema: { type: "string", enum: ["json", "csv"] },
          },
        ],
        responses: {
          "200": {
            description: "The figures.",
            headers: { ETag: { schema: { type: "string" } }, "Cache-Control": { schema: { type: "string" } } },
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/Statistics" } },
              "text/csv": {
                schema: { type: "string" },
                example:
                  "key,nameVi,nameEn,submitted,decided,onTime,late,onTimeRate,onlineShare,onlinePaymentShare," +
                  "averageProcessingDays,satisfaction\r\n",
              },
            },
          },
          "304": { description: "Unchanged since the ETag sent in If-None-Match." },
          "400": {
            description: "A parameter is wrong; each is named with the reason.",
            content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      Figures: {
        type: "object",
        required: [
          "submitted",
          "decided",
          "onTime",
          "late",
          "onTimeRate",
          "onlineShare",
          "onlinePaymentShare",
          "averageProcessingDays",
          "satisfaction",
        ],
        properties: {
          submitted: { ...count, description: "Dossiers submitted in the period." },
          decided: { ...count, description: "Dossiers decided in the period." },
          onTime: {
            ...count,
            description:
              "Decided by the appointment (waiting for the applicant excluded) with at most one supplement request.",
          },
          late: { ...count, description: "Decided after the appointment, or asked to supplement more than once." },
          onTimeRate: { ...share, description: "onTime / decided." },
          onlineShare: { ...share, description: "Submitted online / submitted." },
          onlinePaymentShare: { ...share, description: "Paid online / submitted with a fee." },
          averageProcessingDays: {
            type: ["number", "null"],
            minimum: 0,
            description: "Average working days from reception to decision, waiting excluded.",
          },
          satisfaction: {
            ...share,
            description: "100% − overdue rate − rate of dossiers with a complaint or a negative rating.",
          },
        },
      },
      Named: {
        type: "object",
        required: ["key", "nameVi", "nameEn"],
        properties: { key: { type: "string" }, nameVi: { type: "string" }, nameEn: { type: "string" } },
      },
      Row: { allOf: [{ $ref: "#/components/schemas/Named" }, { $ref: "#/components/schemas/Figures" }] },
      Statistics: {
        type: "object",
        required: ["period", "groupedBy", "filters", "asOf", "total", "rows"],
        properties: {
          period: {
            type: "object",
            required: ["from", "to"],
            properties: { from: { type: "string", format: "date" }, to: { type: "string", format: "date" } },
          },
          groupedBy: { type: "string", enum: [...GROUPINGS] },
          filters: {
            type: "object",
            properties: {
              agency: { $ref: "#/components/schemas/Named" },
              field: { $ref: "#/components/schemas/Named" },
              procedure: { $ref: "#/components/schemas/Named" },
            },
          },
          asOf: {
            type: "string",
            format: "date-time",
            description: "Changes made after this instant may not be counted yet.",
          },
          total: { $ref: "#/components/schemas/Figures" },
          rows: { type: "array", items: { $ref: "#/components/schemas/Row" } },
        },
      },
      Problem: {
        type: "object",
        required: ["title", "status", "errors"],
        properties: {
          type: { type: "string" },
          title: { type: "string" },
          status: { type: "integer", const: 400 },
          errors: {
            type: "array",
            items: {
              type: "object",
              required: ["parameter", "messageVi", "messageEn"],
              properties: {
                parameter: { type: "string" },
                messageVi: { type: "string" },
                messageEn: { type: "string" },
              },
            },
          },
        },
      },
    },
  },
} as const;
