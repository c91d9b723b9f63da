// Where a request came from, for per-address limits and the audit log.
import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { clientAddressFrom } from "@/lib/http/client-address";

/**
 * The client's address: from X-Forwarded-For, past the TRUSTED_PROXIES proxies in front
 * of the portal (lib/http/client-address.ts); null when it is not an address.
 */
export function addressFromHeaders(h: Headers): string | null {
  return clientAddressFrom(h.get("x-forwarded-for"), env().TRUSTED_PROXIES);
}

export async function requestIp(): Promise<string | null> {
  try {
    return addressFromHeaders(await headers());
  } catch {
    // Outside a request (background work): there is no address to record.
    return null;
  }
}
