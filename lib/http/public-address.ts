// Pages asked for at another of the portal's host names move to the public address
// (PUBLIC_URL) before anything else: sign-in cookies, and the address VNeID sends people
// back to, belong to that one (issue 25, item 11). proxy.ts decides; the route handler
// app/api/public-address answers.
import { env, publicUrl } from "@/lib/env";

/** Set by proxy.ts on the rewritten request: the path and query the person asked for. */
export const PUBLIC_PATH_HEADER = "x-public-path";

/** Whether a page read (GET, HEAD) came in under another host name than the public address's. */
export function atOtherAddress(request: { method: string; headers: Headers }): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  // Behind a trusted reverse proxy, the host people used is the one it forwards.
  const forwarded =
    env().TRUSTED_PROXIES > 0 ? request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  const host = forwarded || request.headers.get("host");
  return Boolean(host) && host !== new URL(publicUrl()).host;
}

/** The public address of the path a rewritten request carries; never another origin. */
export function publicAddressOf(headers: Headers): string {
  const asked = headers.get(PUBLIC_PATH_HEADER) ?? "/";
  const path = asked.startsWith("/") && !asked.startsWith("//") && !asked.includes("\\") ? asked : "/";
  return new URL(path, `${publicUrl()}/`).toString();
}
