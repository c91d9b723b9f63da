// Why a sign-in did not complete, as the sign-in page explains it. Auth.js reports its
// own codes in ?error=; the portal adds one for an identity provider it cannot reach.

export const IDENTITY_PROVIDER_UNAVAILABLE = "IdentityProviderUnavailable";
/** Too many sign-ins from the address; the page says when to try again (?retry= minutes). */
export const SIGN_IN_LIMITED = "RateLimited";

/**
 * "unavailable" when VNeID could not be reached: the portal's own code, or Auth.js's
 * "Configuration", which is what a failed discovery or token request becomes once the
 * portal's configuration has been checked at start. Anything else is a sign-in that did
 * not complete (cancelled, expired, refused).
 */
export function signInProblem(code: string): "unavailable" | "limited" | "failed" {
  if (code === SIGN_IN_LIMITED) return "limited";
  return code === IDENTITY_PROVIDER_UNAVAILABLE || code === "Configuration" ? "unavailable" : "failed";
}
