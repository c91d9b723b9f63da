// The security headers of pages. Every page gets a Content-Security-Policy with a fresh
// nonce: Next.js reads it from the request and puts it on its own scripts, so no inline
// script runs unless the server wrote it for this response. API responses and files get
// a policy that allows nothing (next.config.js).
import { env, publicUrl, type Env } from "@/lib/env";

/** 128 random bits, base64: a new one for every page response. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

function origin(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** Forms may be sent to the portal, and redirected from it to VNeID and to the payment gateway. */
function formTargets(config: Env): string {
  const targets = [origin(config.VNEID_ISSUER), origin(config.PAYMENT_GATEWAY_URL)].filter(
    (o): o is string => o !== null,
  );
  return ["'self'", ...new Set(targets)].join(" ");
}

export function isHttps(config: Env = env()): boolean {
  return publicUrl(config).startsWith("https://");
}

/** The page policy: scripts only with this response's nonce, nothing framed, nothing from elsewhere. */
export function pagePolicy(nonce: string, config: Env = env()): string {
  const directives = [
    "default-src 'self'",
    // next dev evaluates modules with eval for fast refresh; the built portal never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${config.NODE_ENV === "development" ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    `form-action ${formTargets(config)}`,
    "frame-ancestors 'none'",
  ];
  if (isHttps(config)) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** Two years, subdomains included, only where the portal is served over HTTPS. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";
