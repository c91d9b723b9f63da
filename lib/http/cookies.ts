// Options for the portal's own short-lived cookies (form flashes, lookup passes): never
// readable by scripts, sent on top-level navigation, secure whenever the portal is served
// over HTTPS.
export function shortLivedCookie(maxAgeSeconds: number) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    maxAge: maxAgeSeconds,
    path: "/",
    secure: process.env.PUBLIC_URL?.startsWith("https:") ?? false,
  };
}
