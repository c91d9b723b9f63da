// Drives the VNeID stand-in without a browser: a cookie jar, manual redirects, and the
// sign-in steps a person would take (ID number and password, demo one-time code, consent).
import { DEMO_PASSWORD } from "@/stand-ins/vneid/accounts";
import { loadSigningKeys } from "@/stand-ins/vneid/keys";
import { startVneidServer } from "@/stand-ins/vneid/server";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { freePort } from "@/tests/setup/throwaway-database";

export const TEST_CLIENT = { client_id: "test-rp", client_secret: "test-secret-that-is-long-enough-0123456789" };

export async function startTestVneid(redirectUri: string) {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const jwks = await loadSigningKeys(await mkdtemp(path.join(os.tmpdir(), "vneid-keys-")));
  const server = await startVneidServer({
    issuer,
    port,
    jwks,
    cookieKeys: ["test-cookie-key"],
    demoMode: true,
    clients: [
      {
        ...TEST_CLIENT,
        client_name: "Ứng dụng kiểm thử",
        purpose: "Kiểm thử tích hợp",
        redirect_uris: [redirectUri],
        post_logout_redirect_uris: [redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
  });
  return { issuer, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export class CookieJar {
  private cookies = new Map<string, string>();
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  store(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
  }
}

/** The visible text of a stand-in page. */
export function pageText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export type Step = { url: string; status: number; body: string };

/** Follows redirects on the stand-in until a page is shown or the URL leaves it (the callback). */
export async function follow(
  jar: CookieJar,
  start: string,
  stopAt: string,
  init?: { method: string; body: string },
): Promise<Step> {
  let url = start;
  let request: RequestInit = init
    ? { method: init.method, body: init.body, headers: { "content-type": "application/x-www-form-urlencoded" } }
    : {};
  for (let hops = 0; hops < 15; hops++) {
    if (url.startsWith(stopAt)) return { url, status: 0, body: "" };
    const response = await fetch(url, {
      ...request,
      redirect: "manual",
      headers: { ...(request.headers ?? {}), cookie: jar.header() },
    });
    jar.store(response);
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location) {
      url = new URL(location, url).toString();
      request = {};
      continue;
    }
    return { url, status: response.status, body: await response.text() };
  }
  throw new Error("too many redirects");
}

/** Signs in through the stand-in's pages and returns the callback URL with the code. */
export async function signInThroughPages(
  authorizationUrl: string,
  callback: string,
  login: string,
  password = DEMO_PASSWORD,
): Promise<string> {
  const jar = new CookieJar();
  const loginPage = await follow(jar, authorizationUrl, callback);
  const origin = new URL(loginPage.url).origin;
  const uid = /\/interaction\/([\w-]+)/.exec(loginPage.url)?.[1];
  if (!uid) throw new Error(`no interaction: ${loginPage.status} ${pageText(loginPage.body).slice(0, 400)}`);
  const otpPage = await follow(jar, `${origin}/interaction/${uid}/login`, callback, {
    method: "POST",
    body: new URLSearchParams({ login, password }).toString(),
  });
  const code = /id="demo-otp">(\d{6})</.exec(otpPage.body)?.[1];
  if (!code) throw new Error(`no one-time code: ${otpPage.status} ${pageText(otpPage.body).slice(0, 400)}`);
  const afterOtp = await follow(jar, `${origin}/interaction/${uid}/otp`, callback, {
    method: "POST",
    body: `otp=${code}`,
  });
  if (afterOtp.url.startsWith(callback)) return afterOtp.url;
  const consentUid = /\/interaction\/([\w-]+)/.exec(afterOtp.url)?.[1];
  const done = await follow(jar, `${origin}/interaction/${consentUid}/consent`, callback, { method: "POST", body: "" });
  if (!done.url.startsWith(callback))
    throw new Error(`did not return to the client: ${done.status} ${pageText(done.body).slice(0, 400)}`);
  return done.url;
}
