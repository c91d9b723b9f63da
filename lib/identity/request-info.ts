// Where a request came from, for the audit log.
import "server-only";
import { headers } from "next/headers";

/** The client's address as the reverse proxy in front of the portal reports it; null without one. */
export function addressFromHeaders(h: Headers): string | null {
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || null;
}

export async function requestIp(): Promise<string | null> {
  try {
    return addressFromHeaders(await headers());
  } catch {
    // Outside a request (background work): there is no address to record.
    return null;
  }
}
