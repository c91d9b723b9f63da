// @ts-check

/**
 * Headers every response carries. Pages get their Content-Security-Policy, with a fresh
 * script nonce, from proxy.ts; API answers, downloads and public files get one that
 * allows nothing, so a document opened from the API cannot run script or be framed.
 */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
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
  // The types are checked once, by `npm test`'s first step (`npm run test:types`, the same
  // tsconfig with Next's generated route types); the build does not check them again.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    const nothingAllowed = {
      key: "Content-Security-Policy",
      value: "default-src 'none'; frame-ancestors 'none'; sandbox",
    };
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/api/:path*", headers: [nothingAllowed] },
      { source: "/robots.txt", headers: [nothingAllowed] },
      { source: "/fonts/:file", headers: [nothingAllowed, { key: "Cache-Control", value: "public, max-age=2592000" }] },
      {
        source: "/:file(favicon\\.ico|icon\\.svg|icon-\\d+\\.png|apple-touch-icon\\.png|manifest\\.webmanifest)",
        headers: [nothingAllowed, { key: "Cache-Control", value: "public, max-age=86400" }],
      },
    ];
  },
};

module.exports = nextConfig;
