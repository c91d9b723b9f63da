import { refuseOversizedBody } from "@/lib/http/body";
import { handlers } from "@/lib/identity/auth";
import { limitSignInStarts } from "@/lib/identity/sign-in-limit";

/** Auth.js's posts (sign-in, sign-out, callbacks) are a few short fields. */
const MAX_AUTH_BODY_BYTES = 32 * 1024;

export const GET = handlers.GET;
const signIn = limitSignInStarts(handlers.POST);
export async function POST(request: Parameters<typeof handlers.POST>[0]) {
  return refuseOversizedBody(request, MAX_AUTH_BODY_BYTES) ?? signIn(request);
}
