// Where proxy.ts sends a page asked for at another of the portal's host names: the same
// path at the public address (lib/http/public-address.ts). A route handler answers because
// Next.js turns a proxy's redirect to the same port on another host name into a relative
// one, which would send the browser back to the address it came from.
import { publicAddressOf } from "@/lib/http/public-address";

function toPublicAddress(request: Request): Response {
  return new Response(null, {
    status: 307,
    headers: { Location: publicAddressOf(request.headers), "Cache-Control": "no-store" },
  });
}

export const GET = toPublicAddress;
export const HEAD = toPublicAddress;
