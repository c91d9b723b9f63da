// A certified relying-party library (openid-client), not our code, runs the whole
// authorization code + PKCE flow against the VNeID stand-in.
import * as oidc from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/stand-ins/vneid/accounts";
import { follow, CookieJar, signInThroughPages, startTestVneid, TEST_CLIENT } from "@/tests/factories/vneid";

const CALLBACK = "http://127.0.0.1:9/callback";

describe("VNeID stand-in with openid-client", () => {
  let vneid: Awaited<ReturnType<typeof startTestVneid>>;
  let config: oidc.Configuration;
  beforeAll(async () => {
    vneid = await startTestVneid(CALLBACK);
    config = await oidc.discovery(new URL(vneid.issuer), TEST_CLIENT.client_id, TEST_CLIENT.client_secret, undefined, {
      execute: [oidc.allowInsecureRequests],
    });
  });
  afterAll(() => vneid.stop());

  async function authorization(extra: Record<string, string> = {}) {
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: CALLBACK,
      scope: "openid profile email phone address vneid",
      state,
      nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: "S256",
      acr_values: "LoA2 LoA1",
      ...extra,
    });
    return { url: url.toString(), verifier, state, nonce };
  }

  it("publishes discovery and a JWKS with the supported acr values and PKCE method", () => {
    const meta = config.serverMetadata();
    expect(meta.acr_values_supported).toEqual(["LoA1", "LoA2"]);
    expect(meta.code_challenge_methods_supported).toEqual(["S256"]);
    expect(meta.end_session_endpoint).toBeTruthy();
    expect(meta.jwks_uri).toBeTruthy();
  });

  it("completes the code flow with PKCE, validates the ID token and reads userinfo", async () => {
    const request = await authorization();
    const callback = await signInThroughPages(request.url, CALLBACK, "079090001234");
    const tokens = await oidc.authorizationCodeGrant(config, new URL(callback), {
      pkceCodeVerifier: request.verifier,
      expectedState: request.state,
      expectedNonce: request.nonce,
    });
    const claims = tokens.claims()!;
    expect(claims).toMatchObject({
      acr: "LoA2",
      SoDinhDanh: "079090001234",
      HoVaTen: "Nguyễn Văn An",
      NgayThangNamSinh: "19900512",
      LoaiTaiKhoan: "CONG_DAN",
      account_level: 2,
    });
    expect(claims.amr).toEqual(["pwd", "otp"]);
    const userinfo = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
    expect(userinfo).toMatchObject({
      name: "Nguyễn Văn An",
      birthdate: "1990-05-12",
      gender: "male",
      phone_number: "0903123456",
    });
  });

  it("reports level 1 accounts as LoA1, and refuses them when LoA2 is demanded", async () => {
    const request = await authorization();
    const callback = await signInThroughPages(request.url, CALLBACK, "079195004321");
    const tokens = await oidc.authorizationCodeGrant(config, new URL(callback), {
      pkceCodeVerifier: request.verifier,
      expectedState: request.state,
      expectedNonce: request.nonce,
    });
    expect(tokens.claims()?.acr).toBe("LoA1");
    const strict = await authorization({ acr_values: "LoA2" });
    await expect(signInThroughPages(strict.url, CALLBACK, "079195004321")).rejects.toThrow(/mức độ 2/);
  });

  it(
    "low (issue 19, the stand-in): a level-2 account asked for LoA1 only signs in (with LoA2), instead of a " +
      "misleading refusal",
    async () => {
      const request = await authorization({ acr_values: "LoA1" });
      const callback = await signInThroughPages(request.url, CALLBACK, "079090001234");
      const tokens = await oidc.authorizationCodeGrant(config, new URL(callback), {
        pkceCodeVerifier: request.verifier,
        expectedState: request.state,
        expectedNonce: request.nonce,
      });
      expect(tokens.claims()?.acr).toBe("LoA2");
    },
  );

  it(
    "low (issue 19, the stand-in): wrong passwords lock an account from their address only, and only the right " +
      "password learns it is locked",
    async () => {
      // Hoàng Minh Đức's number, typed by a stranger from 127.0.0.1 with wrong passwords.
      const login = "079085002468";
      const jar = new CookieJar();
      const page = await follow(jar, (await authorization()).url, CALLBACK);
      const uid = /\/interaction\/([\w-]+)/.exec(page.url)![1]!;
      const post = (host: string, password: string) =>
        follow(
          jar,
          `${new URL(page.url).protocol}//${host}:${new URL(page.url).port}/interaction/${uid}/login`,
          CALLBACK,
          { method: "POST", body: new URLSearchParams({ login, password }).toString() },
        );
      for (let i = 0; i < 6; i++)
        expect((await post("127.0.0.1", `sai-${i}`)).body).toContain("Số định danh hoặc mật khẩu không đúng.");
      // A wrong password still reads as wrong, not as "locked" (no oracle of the lock).
      expect((await post("127.0.0.1", "sai-nua")).body).not.toContain("tạm khóa");
      // The holder, from another address, signs in: the stranger did not lock them out.
      expect((await post("[::1]", DEMO_PASSWORD)).body).toMatch(/id="demo-otp">\d{6}</);
      // From the stranger's address even the right password is told the account is locked there.
      const again = new CookieJar();
      const second = await follow(again, (await authorization()).url, CALLBACK);
      const secondUid = /\/interaction\/([\w-]+)/.exec(second.url)![1]!;
      const locked = await follow(again, `${new URL(second.url).origin}/interaction/${secondUid}/login`, CALLBACK, {
        method: "POST",
        body: new URLSearchParams({ login, password: DEMO_PASSWORD }).toString(),
      });
      expect(locked.body).toContain("tạm khóa");
    },
  );

  it("refuses a request without PKCE", async () => {
    const url = oidc.buildAuthorizationUrl(config, { redirect_uri: CALLBACK, scope: "openid", state: "s", nonce: "n" });
    const result = await follow(new CookieJar(), url.toString(), CALLBACK);
    const location = new URL(result.url);
    expect(location.searchParams.get("error")).toBe("invalid_request");
    expect(location.searchParams.get("error_description")).toMatch(/PKCE/);
  });

  it("refuses an unregistered redirect URI without redirecting to it", async () => {
    const request = await authorization({ redirect_uri: "https://evil.example/callback" });
    const result = await follow(new CookieJar(), request.url, "https://evil.example");
    expect(result.url.startsWith("https://evil.example")).toBe(false);
    expect(result.status).toBe(400);
    expect(result.body).toContain("redirect_uri");
  });

  it("refuses a tampered authorization code", async () => {
    const request = await authorization();
    const callback = new URL(await signInThroughPages(request.url, CALLBACK, "079090001234"));
    callback.searchParams.set("code", `${callback.searchParams.get("code")}x`);
    const error = await oidc
      .authorizationCodeGrant(config, callback, {
        pkceCodeVerifier: request.verifier,
        expectedState: request.state,
        expectedNonce: request.nonce,
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ error: "invalid_grant" });
  });

  it("refuses wrong passwords and blocked accounts", async () => {
    const request = await authorization();
    await expect(signInThroughPages(request.url, CALLBACK, "079090001234", "wrong")).rejects.toThrow(/không đúng/);
    await expect(signInThroughPages(request.url, CALLBACK, "079088007777")).rejects.toThrow(/bị khóa/);
  });
});
