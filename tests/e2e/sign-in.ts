import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "VNeID@2026";

/** Where the e2e server serves the portal (playwright.config.ts's E2E_PORT). */
export const PORTAL_ORIGIN = `http://localhost:${Number(process.env.E2E_PORT ?? 3100)}`;
const onPortal = new RegExp(`^${PORTAL_ORIGIN.replace(/[.]/g, "\\.")}/`);

/** Signs in through the portal's VNeID button and the stand-in's three steps. */
export async function signInAs(page: Page, login: string, options: { from?: string } = {}) {
  await page.goto(options.from ?? "/dang-nhap");
  if (!/\/interaction\//.test(page.url())) await page.getByRole("button", { name: "Đăng nhập bằng VNeID" }).click();
  await page.getByLabel("Số định danh cá nhân hoặc mã số doanh nghiệp").fill(login);
  await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  const code = await page.locator("#demo-otp").textContent();
  await page.getByLabel("Mã xác thực").fill(code ?? "");
  await page.getByRole("button", { name: "Xác nhận" }).click();
  // The consent page comes only on a person's first sign-in: wait until either it or the portal is there
  // (checking at once raced the page load and sometimes missed it).
  const consent = page.getByRole("button", { name: "Đồng ý" });
  await Promise.race([page.waitForURL(onPortal), consent.waitFor({ state: "visible" })]);
  if (await consent.isVisible()) await consent.click();
  await expect(page).toHaveURL(onPortal);
}
