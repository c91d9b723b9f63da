// Open data: the service statistics of the portal (docs/domain.md §9) as JSON or CSV, described
// by /api/open-data/v1/openapi.json.
import { answerStatistics } from "@/lib/statistics/open-data";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return answerStatistics(request);
}
