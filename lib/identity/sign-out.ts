// Ending a session on the portal and at the identity provider (RP-initiated logout).
import "server-only";
import { env, publicUrl } from "@/lib/env";

let endSessionEndpoint: Promise<string | null> | undefined;

async function discoverEndSession(): Promise<string | null> {
  const issuer = env().VNEID_ISSUER;
  if (!issuer) return null;
  const response = await fetch(`${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`, {
    signal: AbortSignal.timeout(5000),
  });
  if (!response.ok) return null;
  return ((await response.json()) as { end_session_endpoint?: string }).end_session_endpoint ?? null;
}

/**
 * The provider's logout URL, returning to the signed-out page. It names the portal (client_id)
 * rather than the person: an ID token hint would put their identity in a URL, hence in browser
 * history and server logs (issue 19 finding 3), and the portal does not keep the token anyway.
 * VNeID asks the person to confirm, as it does with a hint.
 */
export async function providerLogoutUrl(signedOutPath: string): Promise<string> {
  endSessionEndpoint ??= discoverEndSession().catch(() => null);
  const endpoint = await endSessionEndpoint;
  const fallback = `${publicUrl()}${signedOutPath}`;
  if (!endpoint) {
    endSessionEndpoint = undefined;
    return fallback;
  }
  const url = new URL(endpoint);
  url.searchParams.set("client_id", env().VNEID_CLIENT_ID);
  url.searchParams.set("post_logout_redirect_uri", fallback);
  return url.toString();
}
