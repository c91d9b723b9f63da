// Starting a sign-in is limited per client address, counted in PostgreSQL so that every
// instance counts together: a script trying accounts from one address is slowed before it
// reaches VNeID (which limits passwords and codes itself). Both ways in are counted: the
// sign-in page's button (a server action) and a POST straight to Auth.js's sign-in route.
// The address is the one the trusted proxies in front of the portal report, or the
// connection's own (lib/http/client-address.ts), never one the client wrote. A request
// whose address cannot be read is counted with every other such request, not let through.
import "server-only";
import { signInsPerAddress } from "@/lib/security/limits";
import { hitLimit, type LimitResult } from "@/lib/security/rate-limit";
import { addressFromHeaders } from "@/lib/http/request-info";
import { currentTime } from "@/lib/time";

export async function countSignInStart(address: string | null, now: Date = currentTime()): Promise<LimitResult> {
  return hitLimit(signInsPerAddress(), address ?? "unknown", now);
}

/** Auth.js's POST handler, with sign-in starts counted: over the limit, 429 with Retry-After. */
export function limitSignInStarts<R extends Request>(
  handler: (request: R) => Promise<Response>,
): (request: R) => Promise<Response> {
  return async (request) => {
    if (new URL(request.url).pathname.includes("/signin/")) {
      const limit = await countSignInStart(addressFromHeaders(request.headers));
      if (!limit.allowed) {
        return new Response("Có quá nhiều lần đăng nhập từ địa chỉ này. Too many sign-ins from this address.\n", {
          status: 429,
          headers: {
            "Retry-After": String(limit.retryAfterSeconds),
            "Content-Type": "text/plain; charset=utf-8",
            "Cache-Control": "no-store",
          },
        });
      }
    }
    return handler(request);
  };
}
