import { localePath, type Locale } from "@/lib/i18n/locales";
import type { CatalogueParams } from "@/lib/procedures/schemas";

/** The catalogue URL for a set of parameters, leaving out empty ones and page 1. */
export function catalogueUrl(locale: Locale, params: Partial<CatalogueParams>): string {
  const search = new URLSearchParams();
  for (const key of ["q", "field", "level", "agency", "service"] as const) {
    const value = params[key];
    if (value) search.set(key, value);
  }
  if (params.page && params.page > 1) search.set("page", String(params.page));
  const qs = search.toString();
  return `${localePath(locale, "/thu-tuc")}${qs ? `?${qs}` : ""}`;
}
