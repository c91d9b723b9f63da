import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

test("the language switch keeps the page, both ways", async ({ page }) => {
  await page.goto("/thu-tuc/dang-ky-khai-sinh");
  await page.getByRole("link", { name: "Switch to English" }).click();
  await expect(page).toHaveURL(/\/en\/thu-tuc\/dang-ky-khai-sinh$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Birth registration" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Overview" })).toContainText(
    "Same day; received after 15:00, the next working day",
  );
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Chuyển sang tiếng Việt" }).click();
  await expect(page).toHaveURL(/\/thu-tuc\/dang-ky-khai-sinh$/);
  await expect(page.getByRole("heading", { level: 1, name: "Đăng ký khai sinh" })).toBeVisible();
});

test("the language switch keeps the search and filters", async ({ page }) => {
  await page.goto("/thu-tuc?q=tam+tru&service=FULL_ONLINE");
  await page.getByRole("link", { name: "Switch to English" }).click();
  await expect(page).toHaveURL(/\/en\/thu-tuc\?q=tam\+tru&service=FULL_ONLINE$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results for “tam tru”");
  await expect(page.getByRole("heading", { level: 3 }).first()).toHaveText("Temporary residence registration");
  await expectNoAxeViolations(page);
});

test("a /vi address redirects to the unprefixed Vietnamese page", async ({ page }) => {
  await page.goto("/vi/thu-tuc");
  await expect(page).toHaveURL(/\/thu-tuc$/);
  await expect(page.getByRole("heading", { level: 1, name: "Thủ tục hành chính" })).toBeVisible();
});

test("unknown addresses get a 404 page in the page's language", async ({ page }) => {
  const vi = await page.goto("/trang-khong-ton-tai");
  expect(vi?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Không tìm thấy trang" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Về trang chủ" })).toHaveAttribute("href", "/");
  await expectNoAxeViolations(page);

  const en = await page.goto("/en/no-such-page");
  expect(en?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expectNoAxeViolations(page);
});
