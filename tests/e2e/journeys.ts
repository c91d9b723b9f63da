import { expect, type Page } from "@playwright/test";
import { findAccountByLogin } from "@/stand-ins/vneid/accounts";
import { POPULATION } from "@/stand-ins/vneid/population";

const next = (page: Page) => page.getByRole("button", { name: "Lưu và tiếp tục" }).click();

/** A generated married couple of the registry nobody else's test uses: its own lookups, its own drafts. */
export function couple(index: number) {
  // Level-2 accounts only (the stand-in makes some generated ones level 1).
  const levelTwo = (id: string) => findAccountByLogin(id)?.level === 2;
  const couples = POPULATION.filter(
    (p) => p.sex === "female" && p.spouseIdNumber && p.phone && levelTwo(p.idNumber) && levelTwo(p.spouseIdNumber),
  )
    .map((wife) => ({ wife, husband: POPULATION.find((p) => p.idNumber === wife.spouseIdNumber)! }))
    .filter((c) => c.husband.phone);
  return couples[couples.length - 1 - index]!;
}

/** Completes the child's page of the birth registration (a girl, Kinh, Vietnamese). */
export async function fillChildPage(
  page: Page,
  child: { name: string; birthDate: string; birthPlace: string; hometown: string },
): Promise<void> {
  await page.getByLabel("Họ, chữ đệm, tên").fill(child.name);
  await page.getByLabel("Ngày, tháng, năm sinh").fill(child.birthDate);
  await page.getByRole("radio", { name: "Nữ" }).check();
  await page.getByLabel("Dân tộc").fill("Kinh");
  await page.getByLabel("Quốc tịch").fill("Việt Nam");
  await page.getByLabel("Nơi sinh (tên cơ sở y tế hoặc địa chỉ)").fill(child.birthPlace);
  await page.getByLabel("Quê quán").fill(child.hometown);
}

/** The shortest complete birth registration by a signed-in parent; returns the dossier code. */
export async function fileBirthRegistration(
  page: Page,
  answers: { birthPlace?: string; hometown?: string } = {},
): Promise<string> {
  await page.goto("/thu-tuc/dang-ky-khai-sinh/nop-ho-so");
  await page.getByRole("button", { name: "Bắt đầu nộp hồ sơ mới" }).click();
  await page.getByRole("radio", { name: "Mẹ" }).check();
  await next(page);
  await fillChildPage(page, {
    name: "Trần Gia Hân",
    birthDate: "2026-11-15",
    birthPlace: answers.birthPlace ?? "Bệnh viện Hùng Vương",
    hometown: answers.hometown ?? "Tỉnh Đồng Nai",
  });
  await next(page);
  await page.getByLabel("Số định danh cá nhân của mẹ").fill("079192005678");
  await next(page);
  await expect(page.getByLabel("Họ, chữ đệm, tên")).toHaveValue("Trần Thị Bình");
  await next(page);
  await page.getByRole("radio", { name: "Không" }).check();
  await next(page);
  await page.getByLabel("Hoặc tải lên tệp mới (PDF, JPEG, PNG; tối đa 10 MB)").setInputFiles({
    name: "giay-chung-sinh.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n%%EOF\n"),
  });
  await next(page);
  await page.getByLabel(/Ủy ban nhân dân/).selectOption("ubnd-phuong-sai-gon");
  await next(page);
  await page.getByRole("button", { name: "Nộp hồ sơ" }).click();
  await expect(page.getByTestId("dossier-code")).toHaveText(/^01\.98\.H29-\d{6}-\d{4}$/);
  return (await page.getByTestId("dossier-code").textContent())!;
}

/** The signed-in person starts acting for Công ty TNHH Sài Gòn Xanh (its legal representative or mandate holder). */
export async function actForDemoOrganisation(page: Page): Promise<void> {
  await page.goto("/tai-khoan");
  await page.getByLabel("Mã số doanh nghiệp của tổ chức").fill("0312345678");
  await page.getByRole("button", { name: "Thực hiện cho tổ chức này" }).click();
  await expect(page.getByTestId("acting-for")).toHaveText("Công ty TNHH Sài Gòn Xanh (mã số 0312345678)");
}

/** A household business registration filed for the organisation and signed with the demo OTP; returns the dossier code.
 * */
export async function fileHouseholdBusiness(page: Page, businessName: string): Promise<string> {
  await page.goto("/thu-tuc/dang-ky-thanh-lap-ho-kinh-doanh/nop-ho-so");
  await page.getByRole("button", { name: "Bắt đầu nộp hồ sơ mới" }).click();
  await next(page);
  await expect(page.getByLabel("Mã số doanh nghiệp")).toHaveValue("0312345678");
  await next(page);
  await page.getByLabel("Tên hộ kinh doanh").fill(businessName);
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
  // The organisation's details say they come from the business registry, and where they are corrected.
  await expect(page.getByTestId("locked-organisationCode")).toContainText("cơ quan đăng ký kinh doanh");
  await page.getByRole("link", { name: "Ký số và nộp hồ sơ" }).click();
  await page.getByRole("button", { name: "Gửi mã xác nhận đến điện thoại" }).click();
  await page.getByLabel("Mã xác nhận (OTP)").fill((await page.getByTestId("demo-otp").textContent())!);
  await page.getByRole("button", { name: "Xác nhận ký và nộp hồ sơ" }).click();
  await expect(page.getByTestId("dossier-code")).toHaveText(/^03\.98\.H29-\d{6}-\d{4}$/);
  return (await page.getByTestId("dossier-code").textContent())!;
}
