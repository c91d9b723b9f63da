// Where a request came from, for the audit log.
import "server-only";
import { headers } from "next/headers";

export async function requestIp(): Promise<string | null> {
  try {
    const h = await headers();
    return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || null;
  } catch {
    // Outside a request (background work): there is no address to record.
    return null;
  }
}
