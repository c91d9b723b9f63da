// Locale routing. Vietnamese pages have unprefixed URLs and are served from the
// internal /vi segment; English pages live under /en. A visible /vi prefix redirects
// to the unprefixed URL so every page has one address per language.
import { NextResponse, type NextRequest } from "next/server";

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === "/vi" || pathname.startsWith("/vi/")) {
    const url = request.nextUrl.clone();
    url.pathname = pathname.slice(3) || "/";
    return NextResponse.redirect(url, 308);
  }
  if (pathname === "/en" || pathname.startsWith("/en/")) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = pathname === "/" ? "/vi" : `/vi${pathname}`;
  return NextResponse.rewrite(url);
}

export const config = {
  // Everything but the API, Next's own assets and files with an extension (public/).
  matcher: ["/((?!api/|_next/|.*\\.[A-Za-z0-9]+$).*)"],
};
