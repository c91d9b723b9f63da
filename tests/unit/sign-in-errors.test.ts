import { describe, expect, it } from "vitest";
import { identityProviderAnswers, signInProblem } from "@/lib/identity/sign-in-errors";

describe("why a sign-in did not complete", () => {
  it("blames VNeID only when VNeID does not answer", () => {
    expect(signInProblem("IdentityProviderUnavailable", true)).toBe("unavailable");
    expect(signInProblem("Configuration", false)).toBe("unavailable");
    // VNeID answers: the failure was on the portal's side of the sign-in (another address, an expired attempt).
    expect(signInProblem("Configuration", true)).toBe("incomplete");
    expect(signInProblem("RateLimited", true)).toBe("limited");
    expect(signInProblem("AccessDenied", true)).toBe("failed");
  });

  it("counts a provider that cannot be reached, or is not configured, as not answering", async () => {
    expect(await identityProviderAnswers(undefined)).toBe(false);
    expect(await identityProviderAnswers("http://127.0.0.1:9")).toBe(false);
  });
});
