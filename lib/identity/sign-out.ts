// Ending a session on the portal and at the identity provider (RP-initiated logout).
import "server-only";
import { db } from "@/lib/db";
import { env, publicUrl } from "@/lib/env";

let endSessionEndpoint: Promise<string | null> | undefined;

async function discoverEndSession(): Promise<string | null> {
  const issuer = env().VNEID_ISSUER;
  if (!issuer) return null;
  const response = await fetch(`${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(5000) });
  if (!response.ok) return null;
  return ((await response.json()) as { end_session_endpoint?: string }).end_session_endpoint ?? null;
}

/** The provider's logout URL for this user's last sign-in, returning to the signed-out page. */
export async function providerLogoutUrl(userId: string, signedOutPath: string): Promise<string> {
  endSessionEndpoint ??= discoverEndSession().catch(() => null);
  const endpoint = await endSessionEndpoint;
  const fallback = `${publicUrl()}${signedOutPath}`;
  if (!endpoint) {
    endSessionEndpoint = undefined;
    return fallback;
  }
  const account = await db().account.findFirst({ where: { userId, provider: "vneid" }, select: { id_token: true } });
  const url = new URL(endpoint);
  if (account?.id_token) url.searchParams.set("id_token_hint", account.id_token);
  url.searchParams.set("client_id", env().VNEID_CLIENT_ID);
  url.searchParams.set("post_logout_redirect_uri", fallback);
  return url.toString();
}
