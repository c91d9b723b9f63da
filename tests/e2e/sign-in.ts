import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "VNeID@2026";

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
  await Promise.race([page.waitForURL(/localhost:3100\//), consent.waitFor({ state: "visible" })]);
  if (await consent.isVisible()) await consent.click();
  await expect(page).toHaveURL(/localhost:3100\//);
}
