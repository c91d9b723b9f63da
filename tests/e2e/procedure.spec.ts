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

test("a partly online procedure is filed online and says what is done in person", async ({ page }) => {
  await page.goto("/thu-tuc/dang-ky-ket-hon");
  await expect(page.getByRole("region", { name: "Thông tin chung" })).toContainText("Một phần");
  await expect(page.getByRole("link", { name: "Nộp hồ sơ trực tuyến" })).toHaveAttribute(
    "href",
    "/thu-tuc/dang-ky-ket-hon/nop-ho-so",
  );
  const inPerson = page.getByTestId("in-person-part");
  await expect(inPerson.getByRole("heading", { name: "Phần thực hiện trực tiếp" })).toBeVisible();
  await expect(inPerson).toContainText("Hai bên nam, nữ cùng có mặt");
  await expect(page.getByText("sắp được mở")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.goto("/en/thu-tuc/dang-ky-ket-hon");
  await expect(page.getByTestId("in-person-part")).toContainText("Both of you come to the ward");
  // A step of one hour says so in the singular.
  await expect(page.getByRole("region", { name: "Internal processing steps" })).toContainText("(1 working hour)");
  // A fully online procedure has no in-person part.
  await page.goto("/thu-tuc/dang-ky-thuong-tru");
  await expect(page.getByTestId("in-person-part")).toHaveCount(0);
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
