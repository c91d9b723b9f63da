// Runs before every page: locale routing and the page's security headers.
// Vietnamese pages have unprefixed URLs and are served from the internal /vi segment;
// English pages live under /en. A visible /vi prefix redirects to the unprefixed URL so
// every page has one address per language. Each page response gets a fresh script
// nonce; Next.js reads the policy from the request headers and stamps its own scripts.
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { atOtherAddress, PUBLIC_PATH_HEADER } from "@/lib/http/public-address";
import { localeOfPath } from "@/lib/i18n/locales";
import { isHttps, newNonce, pagePolicy, STRICT_TRANSPORT_SECURITY } from "@/lib/security/headers";

function withPageHeaders(response: NextResponse, policy: string): NextResponse {
  response.headers.set("Content-Security-Policy", policy);
  if (isHttps()) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

/** The files of public/ besides the fonts: served with next.config.js's own headers. */
const PUBLIC_FILES = new Set([
  "/robots.txt",
  "/favicon.ico",
  "/icon.svg",
  "/icon-192.png",
  "/icon-512.png",
  "/apple-touch-icon.png",
  "/manifest.webmanifest",
]);

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (PUBLIC_FILES.has(pathname)) return NextResponse.next();
  const requestHeaders = new Headers(request.headers);
  // With no trusted proxy in front, an X-Forwarded-For the client wrote is dropped, and Next.js
  // fills it from the connection: per-address limits and the audit log then read the socket's
  // address, not one the client chose (issue 19 finding 5, lib/http/client-address.ts).
  if (env().TRUSTED_PROXIES === 0) requestHeaders.delete("x-forwarded-for");
  if (pathname.startsWith("/api/")) return NextResponse.next({ request: { headers: requestHeaders } });
  // A page opened at another of the portal's addresses (http://127.0.0.1:3000 for
  // http://localhost:3000) moves to the public one first (lib/http/public-address.ts).
  if (atOtherAddress(request)) {
    requestHeaders.set(PUBLIC_PATH_HEADER, `${pathname}${request.nextUrl.search}`);
    return NextResponse.rewrite(new URL("/api/public-address", request.url), { request: { headers: requestHeaders } });
  }
  if (pathname === "/vi" || pathname.startsWith("/vi/")) {
    const url = request.nextUrl.clone();
    url.pathname = pathname.slice(3) || "/";
    return NextResponse.redirect(url, 308);
  }
  const policy = pagePolicy(newNonce());
  requestHeaders.set("Content-Security-Policy", policy);
  if (localeOfPath(pathname) === "en") {
    return withPageHeaders(NextResponse.next({ request: { headers: requestHeaders } }), policy);
  }
  const url = request.nextUrl.clone();
  url.pathname = pathname === "/" ? "/vi" : `/vi${pathname}`;
  return withPageHeaders(NextResponse.rewrite(url, { request: { headers: requestHeaders } }), policy);
}

export const config = {
  // Everything but the API, Next's own assets and the files of public/ (the fonts here, the
  // others in PUBLIC_FILES), which get a policy that allows nothing, from next.config.js. Any
  // other path that looks like a file (/tai-khoan.json, /en/x.pdf) is a page here, the 404
  // page at least, and gets the page's policy (issue 19, low: excluding every extension left
  // those without one).
  // The API routes that read the client's address (sign-in, the account's own) pass through
  // too, for the header only; the others are left alone, so their bodies are still refused
  // before being read.
  matcher: ["/api/auth/:path*", "/api/account/:path*", "/((?!api/|_next/|fonts/).*)"],
};
