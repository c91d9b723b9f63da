import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

test("home page offers search, commonly used procedures and browsing by field and level", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(page.getByRole("heading", { level: 1, name: "Bạn cần làm thủ tục gì?" })).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "Tìm thủ tục" })).toBeVisible();
  const featured = page.getByRole("region", { name: "Thủ tục thường dùng" });
  await expect(featured.getByRole("link", { name: "Đăng ký khai sinh" })).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Tìm theo lĩnh vực" }).getByRole("link", { name: /Hộ tịch/ }),
  ).toBeVisible();
  await expect(
    page
      .getByRole("region", { name: "Tìm theo cơ quan giải quyết" })
      .getByRole("link", { name: /Phường, xã, đặc khu/ }),
  ).toBeVisible();
  await expect(page.getByRole("banner")).toContainText("Thành phố Hồ Chí Minh");
  await expectNoAxeViolations(page);
});

test("browsing a field from the home page lists only that field", async ({ page }) => {
  await page.goto("/");
  await page
    .getByRole("region", { name: "Tìm theo lĩnh vực" })
    .getByRole("link", { name: /Cư trú/ })
    .click();
  await expect(page).toHaveURL(/\/thu-tuc\?field=cu-tru$/);
  await expect(page.getByRole("heading", { level: 2, name: "4 thủ tục" })).toBeVisible();
  await expect(page.getByLabel("Lĩnh vực")).toHaveValue("cu-tru");
});

test("the footer links to the accessibility statement", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Tuyên bố về khả năng tiếp cận" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tuyên bố về khả năng tiếp cận" })).toBeVisible();
  await expect(page).toHaveTitle(/^Tuyên bố về khả năng tiếp cận/);
  await expect(page.getByRole("contentinfo")).toContainText("1022");
  await expectNoAxeViolations(page);
});
