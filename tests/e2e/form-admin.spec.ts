import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { signInAs } from "./sign-in";

test("an administrator edits an e-form with live validation and preview, and publishes it as a new version", async ({
  page,
}) => {
  await signInAs(page, "079180006666", { from: "/admin/thu-tuc" });
  await page.getByRole("link", { name: "Sửa biểu mẫu: Cấp giấy phép xây dựng nhà ở riêng lẻ" }).click();
  const preview = page.getByTestId("form-preview");
  await expect(preview.getByRole("heading", { name: "Công trình", exact: true })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Định nghĩa hợp lệ." })).toBeVisible();
  await expectNoAxeViolations(page);

  const editor = page.getByLabel("Định nghĩa biểu mẫu (JSON)");
  const original = await editor.inputValue();
  await editor.fill(`${original}}`);
  await expect(page.getByRole("alert", { name: "Định nghĩa chưa hợp lệ (1 lỗi)" })).toContainText("(JSON)");
  await expect(page.getByRole("button", { name: "Phát hành phiên bản mới" })).toBeDisabled();
  await expectNoAxeViolations(page);

  await editor.fill(original.replace('"vi": "Công trình"', '"vi": "Công trình xin phép xây dựng"'));
  await expect(preview.getByRole("heading", { name: "Công trình xin phép xây dựng" })).toBeVisible();
  await page.getByRole("button", { name: "Phát hành phiên bản mới" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã phát hành phiên bản 2." })).toBeVisible();
  await expect(page.getByText("Đang sửa từ phiên bản 2")).toBeVisible();
  await expect(preview.getByRole("heading", { name: "Công trình xin phép xây dựng" })).toBeVisible();
});
