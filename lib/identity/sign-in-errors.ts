// Why a sign-in did not complete, as the sign-in page explains it. Auth.js reports its
// own codes in ?error=; the portal adds one for an identity provider it cannot reach.

export const IDENTITY_PROVIDER_UNAVAILABLE = "IdentityProviderUnavailable";
/** Too many sign-ins from the address; the page says when to try again (?retry= minutes). */
export const SIGN_IN_LIMITED = "RateLimited";

/**
 * "unavailable" when VNeID could not be reached (the portal's own code). Auth.js's
 * "Configuration" is its answer to any failure of the sign-in, VNeID's and the portal's own
 * alike (an unreachable provider, the check cookie of a sign-in started on another of the
 * portal's addresses, an expired attempt): "unavailable" only when VNeID does not answer now
 * (`providerAnswers`), else "incomplete", which blames nobody it cannot name. Anything else
 * is a sign-in that did not complete (cancelled, refused).
 */
export function signInProblem(
  code: string,
  providerAnswers: boolean,
): "unavailable" | "incomplete" | "limited" | "failed" {
  if (code === SIGN_IN_LIMITED) return "limited";
  if (code === IDENTITY_PROVIDER_UNAVAILABLE) return "unavailable";
  if (code === "Configuration") return providerAnswers ? "incomplete" : "unavailable";
  return "failed";
}

/** How long the identity provider's discovery document may take before it counts as unreachable. */
const PROBE_TIMEOUT_MS = 2500;

/**
 * Whether the identity provider answers its discovery document now: Auth.js reports a
 * provider it could not reach and a sign-in the portal could not complete with the same
 * code, so the sign-in page asks before it blames VNeID.
 */
export async function identityProviderAnswers(issuer: string | undefined): Promise<boolean> {
  if (!issuer) return false;
  try {
    const response = await fetch(`${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`, {
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
      cache: "no-store",
    });
    return response.ok;
  } catch {
    return false;
  }
}
