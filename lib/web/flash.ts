// Post/redirect/get for forms outside the filing journey: an action stores what the
// person typed and the errors in a short-lived, http-only cookie tagged with a nonce,
// then redirects to the page with that nonce; the page shows them once more. Works the
// same with and without JavaScript, and keeps typed personal data out of URLs and logs.
import "server-only";
import { randomUUID } from "node:crypto";
import { cookies } from "next/headers";
import { shortLivedCookie } from "@/lib/http/cookies";
import type { ActionState } from "@/lib/errors/action-state";

const COOKIE = "form-flash";

export async function setFlash(state: ActionState): Promise<string> {
  const nonce = randomUUID().slice(0, 8);
  (await cookies()).set(COOKIE, JSON.stringify({ nonce, state }), shortLivedCookie(120));
  return nonce;
}

/** The flashed state for this nonce, or an empty state. */
export async function readFlash(nonce: unknown): Promise<ActionState> {
  if (typeof nonce !== "string") return {};
  const raw = (await cookies()).get(COOKIE)?.value;
  if (!raw) return {};
  try {
    const parsed = JSON.parse(raw) as { nonce: string; state: ActionState };
    return parsed.nonce === nonce ? parsed.state : {};
  } catch {
    return {};
  }
}
