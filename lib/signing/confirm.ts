// Confirming a signature with the signer's one-time code, as citizens signing a dossier and
// leaders signing a decision both do. Wrong codes are counted per person across requests
// and instances, so asking for new codes does not give a guesser more tries. Each code is
// counted before it is checked and given back unless it was wrong: codes sent at once
// cannot all be checked while the count lags (as issue 19 finding 4 found for the public lookup).
import "server-only";
import { RateLimitedError } from "@/lib/errors";
import { WRONG_CODES_PER_PERSON } from "@/lib/security/limits";
import { hitLimit, releaseHit } from "@/lib/security/rate-limit";
import { currentTime } from "@/lib/time";
import { confirmSignature, SigningRefusedError, type SignedDigest } from "./client";

/** The signature of the pending request, once the person's code is right; refused past the person's wrong codes. */
export async function confirmWithCode(personUserId: string, requestId: string, otp: string): Promise<SignedDigest> {
  const now = currentTime();
  const attempt = await hitLimit(WRONG_CODES_PER_PERSON, personUserId, now);
  if (!attempt.allowed)
    throw new RateLimitedError("otp", attempt.retryAfterSeconds, {
      vi: "nhập sai mã xác nhận",
      en: "entered a wrong code",
    });
  const signed = await confirmSignature(requestId, otp.trim().slice(0, 10)).catch(async (error: unknown) => {
    if (!(error instanceof SigningRefusedError && error.reason === "invalid_otp"))
      await releaseHit(WRONG_CODES_PER_PERSON, personUserId, now);
    throw error;
  });
  await releaseHit(WRONG_CODES_PER_PERSON, personUserId, now);
  return signed;
}
