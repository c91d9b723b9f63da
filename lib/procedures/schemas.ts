// Catalogue search parameters. The URL is public input: anything malformed is dropped
// or clamped rather than refused, so every link to the catalogue shows a sensible page.
import { z } from "zod";

export const PAGE_SIZE = 10;
export const MAX_QUERY_LENGTH = 200;

export const LEVELS = ["CITY", "WARD"] as const;
export const SERVICE_LEVELS = ["FULL_ONLINE", "PARTIAL_ONLINE"] as const;
const SLUG = /^[a-z0-9-]{1,80}$/;

const optionalSlug = z.string().trim().regex(SLUG).optional().catch(undefined);

export const catalogueParamsSchema = z.object({
  q: z
    .string()
    // No NUL: PostgreSQL text cannot hold one (the search runs as raw SQL).
    .transform((s) => s.replaceAll("\u0000", "").trim().slice(0, MAX_QUERY_LENGTH))
    .optional()
    .catch(undefined),
  field: optionalSlug,
  agency: optionalSlug,
  level: z.enum(LEVELS).optional().catch(undefined),
  service: z.enum(SERVICE_LEVELS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export type CatalogueParams = z.infer<typeof catalogueParamsSchema>;

type RawParams = Record<string, string | string[] | undefined>;

/** Reads the first value of each known parameter; unknown parameters are ignored. */
export function parseCatalogueParams(raw: RawParams): CatalogueParams {
  const first = (key: string) => {
    const value = raw[key];
    return Array.isArray(value) ? value[0] : value;
  };
  return catalogueParamsSchema.parse({
    q: first("q"),
    field: first("field") || undefined,
    agency: first("agency") || undefined,
    level: first("level") || undefined,
    service: first("service") || undefined,
    page: first("page") ?? 1,
  });
}
