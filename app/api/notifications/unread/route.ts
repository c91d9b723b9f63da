// The signed-in person's unread notification count, for the header's badge (pages stay
// cacheable; the badge asks on its own). Never cached: it is personal.
import { getActor } from "@/lib/identity/session";
import { countUnreadForSelf } from "@/lib/notifications/queries";

export async function GET(): Promise<Response> {
  const unread = await countUnreadForSelf(await getActor());
  return Response.json({ unread }, { headers: { "Cache-Control": "private, no-store" } });
}
