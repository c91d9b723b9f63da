// The open-data API's OpenAPI description.
import { OPEN_DATA_OPENAPI } from "@/lib/statistics/openapi";

export const dynamic = "force-static";

export function GET(): Response {
  const headers = { "cache-control": "public, max-age=3600", "access-control-allow-origin": "*" };
  return Response.json(OPEN_DATA_OPENAPI, { headers });
}
