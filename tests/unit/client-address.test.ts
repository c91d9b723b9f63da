// The client's address for per-address limits and the audit log: read from the right of
// X-Forwarded-For, past the trusted proxies, never from what the client wrote on the left.
import { describe, expect, it } from "vitest";
import { clientAddressFrom, parseAddress } from "@/lib/http/client-address";
import { addressFromHeaders } from "@/lib/http/request-info";

describe("the client's address", () => {
  it("finding 5: is taken rightmost-first past the trusted proxies, never from what the client wrote", () => {
    // One proxy: it appended the address it saw; the client wrote the rest.
    expect(clientAddressFrom("6.6.6.6, 203.0.113.7", 1)).toBe("203.0.113.7");
    expect(clientAddressFrom("6.6.6.6, 7.7.7.7, 203.0.113.7", 1)).toBe("203.0.113.7");
    // Two: a CDN and the city's proxy; the right end is the CDN's address.
    expect(clientAddressFrom("6.6.6.6, 203.0.113.7, 198.51.100.2", 2)).toBe("203.0.113.7");
    // Fewer entries than proxies: the request passed fewer, and the leftmost is still theirs.
    expect(clientAddressFrom("203.0.113.7", 2)).toBe("203.0.113.7");
    // None: the connection's address, which Next.js fills in.
    expect(clientAddressFrom("::ffff:127.0.0.1", 0)).toBe("127.0.0.1");
    expect(clientAddressFrom("6.6.6.6, 203.0.113.7", 0)).toBe("203.0.113.7");
    // What the portal reads from a request, with TRUSTED_PROXIES=0 by default.
    expect(addressFromHeaders(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" }))).toBe("203.0.113.7");
    expect(addressFromHeaders(new Headers({ "x-real-ip": "6.6.6.6" }))).toBeNull();
  });

  it("is an address or nothing", () => {
    expect(clientAddressFrom(null, 1)).toBeNull();
    expect(clientAddressFrom(" , ", 1)).toBeNull();
    expect(clientAddressFrom("6.6.6.6, <script>", 1)).toBeNull();
    expect(clientAddressFrom("6.6.6.6, 999.1.1.1", 1)).toBeNull();
    expect(parseAddress("203.0.113.7:51234")).toBe("203.0.113.7");
    expect(parseAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(parseAddress("2001:db8::1")).toBe("2001:db8::1");
    expect(parseAddress("unknown")).toBeNull();
  });
});
