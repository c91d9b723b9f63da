// Why a sign-in did not complete, as the sign-in page explains it. Auth.js reports its
// own codes in ?error=; the portal adds one for an identity provider it cannot reach.

export const IDENTITY_PROVIDER_UNAVAILABLE = "IdentityProviderUnavailable";
/** Too many sign-ins from the address; the page says when to try again (?retry= minutes). */
export const SIGN_IN_LIMITED = "RateLimited";

/**
 * "unavailable" when VNeID could not be reached as the sign-in started (the portal's own
 * code). Auth.js's "Configuration" is its answer to any failure on the way back, the
 * portal's own among them (the check cookie of a sign-in started on another of the portal's
 * addresses, an expired attempt, a token request that failed): "incomplete", which blames
 * nobody it cannot name. Anything else is a sign-in that did not complete (cancelled,
 * refused).
 */
export function signInProblem(code: string): "unavailable" | "incomplete" | "limited" | "failed" {
  if (code === SIGN_IN_LIMITED) return "limited";
  if (code === IDENTITY_PROVIDER_UNAVAILABLE) return "unavailable";
  return code === "Configuration" ? "incomplete" : "failed";
}
