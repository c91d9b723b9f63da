// @ts-check

/** Headers every response carries; the full Content-Security-Policy with nonces comes with the hardening work. */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  experimental: {
    // Filing pages post attachments (10 MB each) to server actions through the proxy.
    serverActions: { bodySizeLimit: "12mb" },
    proxyClientMaxBodySize: "12mb",
  },
  reactStrictMode: true,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
  // Locale routing, without a proxy running on every request: Vietnamese pages have
  // unprefixed addresses and are served from the internal /vi segment; English pages live
  // under /en. A visible /vi prefix redirects to the unprefixed address, so every page has
  // one address per language. Files (public/, /_next) and the API are matched before these.
  async redirects() {
    return [
      { source: "/vi", destination: "/", permanent: true },
      { source: "/vi/:path*", destination: "/:path*", permanent: true },
    ];
  },
  async rewrites() {
    return {
      beforeFiles: [],
      afterFiles: [
        { source: "/", destination: "/vi" },
        { source: "/:path((?!api/|_next/|en/|en$|vi/|vi$).+)", destination: "/vi/:path" },
      ],
      fallback: [],
    };
  },
};

module.exports = nextConfig;
