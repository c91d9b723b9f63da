import { describe, expect, it } from "vitest";
import type { Env } from "@/lib/env";
import { isHttps, newNonce, pagePolicy } from "@/lib/security/headers";

const config = (overrides: Partial<Env>) => ({ NODE_ENV: "production", PORT: 3000, ...overrides }) as Env;

describe("page security policy", () => {
  it("allows scripts only with the response's nonce", () => {
    const policy = pagePolicy("abc123", config({}));
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it("lets forms go only to the portal, VNeID and the payment gateway", () => {
    const policy = pagePolicy(
      "n",
      config({ VNEID_ISSUER: "https://vneid.example/oidc", PAYMENT_GATEWAY_URL: "https://pay.example/checkout" }),
    );
    expect(policy).toContain("form-action 'self' https://vneid.example https://pay.example");
  });

  it("upgrades requests and enables HSTS only behind HTTPS", () => {
    expect(isHttps(config({}))).toBe(false);
    expect(pagePolicy("n", config({}))).not.toContain("upgrade-insecure-requests");
    const secure = config({ PUBLIC_URL: "https://motcuaso.hochiminhcity.gov.vn" });
    expect(isHttps(secure)).toBe(true);
    expect(pagePolicy("n", secure)).toContain("upgrade-insecure-requests");
  });

  it("makes a new 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});
