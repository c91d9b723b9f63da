// The catalogue as pages read it: the same queries, cached across requests for a few
// minutes and invalidated by tag when administrators change the catalogue. Catalogue
// data is public, so one cached answer serves everyone.
import "server-only";
import { unstable_cache } from "next/cache";
import {
  getProcedureBySlug,
  listCatalogueAgencies,
  listFeaturedProcedures,
  listFields,
  searchCatalogue,
} from "./queries";
import type { CatalogueParams } from "./schemas";

export const CATALOGUE_CACHE_TAG = "catalogue";
const REVALIDATE_SECONDS = 300;
const options = { revalidate: REVALIDATE_SECONDS, tags: [CATALOGUE_CACHE_TAG] };

/** Cached search; the arguments (normalised parameters and today's date) form the key. */
export const searchCatalogueCached = unstable_cache(
  (params: CatalogueParams, today: string) => searchCatalogue(params, today),
  ["catalogue-search"],
  options,
);

export const listFieldsCached = unstable_cache(() => listFields(), ["catalogue-fields"], options);

export const listCatalogueAgenciesCached = unstable_cache(
  () => listCatalogueAgencies(),
  ["catalogue-agencies"],
  options,
);

/** One procedure's page data, by slug and Vietnam date (fees and versions depend on the day). */
export const getProcedureBySlugCached = unstable_cache(
  (slug: string, today: string) => getProcedureBySlug(slug, today),
  ["procedure-by-slug"],
  options,
);

export const listFeaturedProceduresCached = unstable_cache(
  (today: string) => listFeaturedProcedures(8, today),
  ["featured-procedures"],
  options,
);
