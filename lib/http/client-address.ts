// The client's address, for per-address rate limits and the audit log. X-Forwarded-For is
// a list each proxy appends to, so only its right end can be trusted: the entry the
// nearest trusted proxy wrote, and to its left those of the proxies behind it. Everything
// further left was written by the client itself and is never read.
//
// With no proxy (TRUSTED_PROXIES=0) the address is the connection's own, which Next.js
// (16.4, server/base-server.js) puts in X-Forwarded-For, but only when the request carries
// none (`req.headers['x-forwarded-for'] ??= socket.remoteAddress`): a header the client
// sent reaches the portal as it was written, and the portal cannot see the socket. So the
// rightmost entry is the connection's address only if the client's own header is dropped
// before Next.js fills it in; until the server does that, a portal without a proxy in
// front reads an address the client may have chosen (docs/security.md).
import { z } from "zod";

const addressSchema = z.union([z.ipv4(), z.ipv6()]);

/** An address as written in X-Forwarded-For, without a port and with IPv4 in its own form; null when it is none. */
export function parseAddress(entry: string): string | null {
  let value = entry.trim();
  const bracketed = /^\[([0-9A-Fa-f:.]+)\](?::\d{1,5})?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d{1,5}$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  // One client, one address: ::ffff:203.0.113.7 (a dual-stack socket's IPv4) is 203.0.113.7.
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i.exec(value);
  if (mapped) value = mapped[1]!;
  const parsed = addressSchema.safeParse(value);
  return parsed.success ? parsed.data.toLowerCase() : null;
}

/**
 * The client's address from X-Forwarded-For as the portal received it, behind
 * `trustedProxies` proxies: the entry that many places from the right. With none, the
 * rightmost: the connection's address as Next.js fills it in (but see above). Null when that
 * entry is not an address. A shorter list than expected means the request passed fewer
 * proxies: its leftmost entry was still written by one of them.
 */
export function clientAddressFrom(forwardedFor: string | null, trustedProxies: number): string | null {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  const index = Math.max(0, entries.length - Math.max(1, trustedProxies));
  return parseAddress(entries[index]!);
}
