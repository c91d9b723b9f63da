import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

test("a procedure page states every rule a citizen needs", async ({ page }) => {
  await page.goto("/thu-tuc?q=thuong+tru");
  await page.getByRole("link", { name: "Đăng ký thường trú" }).first().click();
  await expect(page).toHaveURL(/\/thu-tuc\/dang-ky-thuong-tru$/);
  await expect(page.getByRole("heading", { level: 1, name: "Đăng ký thường trú" })).toBeVisible();
  const summary = page.getByRole("region", { name: "Thông tin chung" });
  await expect(summary).toContainText("1.004194.000.00.00.H29");
  await expect(summary).toContainText("7 ngày làm việc");
  await expect(summary).toContainText("Toàn trình");
  await expect(summary).toContainText("Công an Thành phố Hồ Chí Minh");
  await expect(summary).toContainText("01/07/2025");
  const fees = page.getByRole("region", { name: "Phí, lệ phí" });
  await expect(fees.getByRole("row", { name: /Trực tiếp/ })).toContainText("20.000 đ");
  await expect(fees.getByRole("row", { name: /Trực tuyến/ })).toContainText("10.000 đ");
  await expect(page.getByRole("region", { name: "Thành phần hồ sơ" })).toContainText("CT01");
  await expect(page.getByRole("region", { name: "Đối tượng thực hiện" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Kết quả thực hiện" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Căn cứ pháp lý" })).toContainText("Luật Cư trú");
  const file = page.getByRole("link", { name: "Nộp hồ sơ trực tuyến" });
  await expect(file).toHaveAttribute("href", "/thu-tuc/dang-ky-thuong-tru/nop-ho-so");
  await expect(page.getByText("sắp được mở")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("procedures without an e-form yet say plainly that online filing opens soon", async ({ page }) => {
  await page.goto("/thu-tuc/dang-ky-ket-hon");
  await expect(page.getByText("Chức năng nộp hồ sơ trực tuyến cho thủ tục này sắp được mở.")).toBeVisible();
});

test("same-day procedures show the 15:00 rule and calendar-day limits say days", async ({ page }) => {
  await page.goto("/thu-tuc/dang-ky-khai-sinh");
  await expect(page.getByRole("region", { name: "Thông tin chung" })).toContainText(
    "Trong ngày; nhận sau 15:00 trả trong ngày làm việc tiếp theo",
  );
  await expect(page.getByRole("region", { name: "Phí, lệ phí" })).toContainText("Miễn phí");
  await page.goto("/thu-tuc/cap-giay-phep-xay-dung-nha-o-rieng-le");
  await expect(page.getByRole("region", { name: "Thông tin chung" })).toContainText("15 ngày");
  await expect(page.getByRole("region", { name: "Thông tin chung" })).not.toContainText("15 ngày làm việc");
});
