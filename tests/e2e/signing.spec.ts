import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { signInAs } from "./sign-in";

test.describe.configure({ timeout: 90_000 });

const next = (page: Page) => page.getByRole("button", { name: "Lưu và tiếp tục" }).click();

test(
  "a business files a household business registration with registry prefill and signs it as the " + "organisation",
  async ({ page }) => {
    await signInAs(page, "079085002468");
    await page.getByLabel("Mã số doanh nghiệp của tổ chức").fill("0312345678");
    await page.getByRole("button", { name: "Thực hiện cho tổ chức này" }).click();
    await expect(page.getByTestId("acting-for")).toHaveText("Công ty TNHH Sài Gòn Xanh (mã số 0312345678)");

    await page.goto("/thu-tuc/dang-ky-thanh-lap-ho-kinh-doanh/nop-ho-so");
    await page.getByRole("button", { name: "Bắt đầu nộp hồ sơ mới" }).click();
    await expect(page.getByTestId("filing-for")).toHaveText("Bạn đang nộp hồ sơ cho: Công ty TNHH Sài Gòn Xanh.");
    await expect(page.getByLabel("Họ, chữ đệm, tên")).toHaveValue("Hoàng Minh Đức");
    await next(page);

    // The organisation: code and name from its e-ID, address and representative from the business registry.
    await expect(page.getByRole("heading", { level: 1, name: "Tổ chức nộp hồ sơ" })).toBeVisible();
    await expect(page.getByLabel("Mã số doanh nghiệp")).toHaveValue("0312345678");
    await expect(page.getByLabel("Mã số doanh nghiệp")).toHaveAttribute("readonly", "");
    await expect(page.getByLabel("Tên tổ chức")).toHaveValue("Công ty TNHH Sài Gòn Xanh");
    await expect(page.getByLabel("Người đại diện theo pháp luật")).toHaveValue("Hoàng Minh Đức");
    await expect(page.getByLabel("Địa chỉ trụ sở chính")).toHaveValue(/200 Điện Biên Phủ/);
    await expect(page.getByText("Từ Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp").first()).toBeVisible();
    await expectNoAxeViolations(page);
    await next(page);

    await page.getByLabel("Tên hộ kinh doanh").fill("Hộ kinh doanh Bún bò Cô Sáu");
    await page.getByLabel("Địa điểm kinh doanh").fill("45 Nguyễn Trãi, Phường Bến Thành");
    await page.getByLabel("Ngành, nghề kinh doanh").fill("Dịch vụ ăn uống");
    await page.getByLabel("Vốn kinh doanh (đồng)").fill("150000000");
    await page.getByLabel("Số lao động").fill("3");
    await page.getByRole("radio", { name: "Không" }).check();
    await next(page);
    await page
      .getByLabel("Ủy ban nhân dân phường, xã, đặc khu nơi đặt địa điểm kinh doanh")
      .selectOption("ubnd-phuong-ben-thanh");
    await next(page);

    await expect(page.getByRole("heading", { level: 1, name: "Kiểm tra thông tin trước khi nộp" })).toBeVisible();
    await page.getByRole("link", { name: "Ký số và nộp hồ sơ" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Ký số tờ khai" })).toBeVisible();
    await expect(page.getByTestId("signer")).toHaveText("Công ty TNHH Sài Gòn Xanh (Tổ chức, MST 0312345678)");
    const hash = await page.getByTestId("signed-hash").textContent();
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Gửi mã xác nhận đến điện thoại" }).click();

    // A wrong code is refused with the error next to the field; the right one signs and submits.
    await page.getByLabel("Mã xác nhận (OTP)").fill("00000");
    await page.getByRole("button", { name: "Xác nhận ký và nộp hồ sơ" }).click();
    await expect(page.getByRole("alert", { name: "Có lỗi cần sửa" })).toContainText("Mã xác nhận không đúng");
    await expect(page.locator("#otp-error")).toHaveText("Mã xác nhận không đúng. Hãy kiểm tra rồi nhập lại.");
    await expectNoAxeViolations(page);
    const otp = await page.getByTestId("demo-otp").textContent();
    await page.getByLabel("Mã xác nhận (OTP)").fill(otp!);
    await page.getByRole("button", { name: "Xác nhận ký và nộp hồ sơ" }).click();

    await expect(page.getByTestId("dossier-code")).toHaveText(/^03\.98\.H29-\d{6}-\d{4}$/);
    await expect(page.getByTestId("signature-status")).toHaveText(
      "Chữ ký hợp lệ: dữ liệu hồ sơ không thay đổi kể từ khi ký.",
    );
    await expect(page.getByRole("region", { name: "Chữ ký số của tờ khai" })).toContainText(hash!);
    await expect(page.getByRole("region", { name: "Chữ ký số của tờ khai" })).toContainText(
      "Công ty TNHH Sài Gòn Xanh (MST 0312345678)",
    );
    await expectNoAxeViolations(page);
  },
);
