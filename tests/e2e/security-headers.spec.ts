import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./sign-in";

function scriptPolicy(policy: string): string {
  return (
    policy
      .split(";")
      .map((d) => d.trim())
      .find((d) => d.startsWith("script-src")) ?? ""
  );
}

test("every page carries its own script nonce, and only scripts with it are in the page", async ({ request }) => {
  const seen = new Set<string>();
  for (const path of [
    "/",
    "/thu-tuc/dang-ky-khai-sinh",
    "/thu-tuc?q=khai+sinh",
    "/en",
    "/dang-nhap",
    "/tra-cuu-ho-so",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const policy = response.headers()["content-security-policy"] ?? "";
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(scriptPolicy(policy))?.[1];
    expect(nonce, path).toBeTruthy();
    expect(scriptPolicy(policy)).not.toContain("unsafe-inline");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    seen.add(nonce!);
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
    expect(response.headers()["x-frame-options"]).toBe("DENY");
    expect(response.headers()["referrer-policy"]).toBe("same-origin");
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  }
  expect(seen.size).toBe(6);
  // Over plain HTTP (this test server) there is no HSTS; lib/security/headers decides it from PUBLIC_URL.
  expect((await request.get("/")).headers()["strict-transport-security"]).toBeUndefined();
});

test("API answers and files allow nothing to run or frame them", async ({ request }) => {
  for (const path of ["/api/open-data/v1/openapi.json", "/robots.txt", "/api/account/data-export"]) {
    const policy = (await request.get(path)).headers()["content-security-policy"];
    expect(policy, path).toBe("default-src 'none'; frame-ancestors 'none'; sandbox");
  }
});

async function collectViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test("pages run under the policy: no violation, and the page's scripts work", async ({ page }) => {
  const violations = await collectViolations(page);
  await page.goto("/thu-tuc?q=khai+sinh");
  // window.next is set by Next's client bootstrap, which runs only if its scripts were allowed.
  await page.waitForFunction(() => "next" in window);
  await signInAs(page, "079192005678", { from: "/tai-khoan" });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});

test("pages with personal data are never stored by the browser or a shared cache", async ({ page }) => {
  await signInAs(page, "079192005678", { from: "/tai-khoan" });
  for (const path of ["/tai-khoan", "/kho-du-lieu"]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["cache-control"], path).toMatch(/no-store/);
    expect(response.headers()["cache-control"], path).toMatch(/private/);
  }
});
