// Every field of the catalogue can be filed online (issue 20, item 3): the fields no other
// journey covers (social protection, labour, certification) are filed here, each partly
// online, so each states what is still done in person on the procedure page, on the page
// that confirms the filing and, once received, on the receipt (Mẫu 01).
import { expect, test, type Page } from "@playwright/test";
import { pdfText } from "../factories/pdf";
import { expectNoAxeViolations } from "./axe";
import { couple } from "./journeys";
import { signInAs } from "./sign-in";

const next = (page: Page) => page.getByRole("button", { name: "Lưu và tiếp tục" }).click();
const upload = (name: string) => ({ name, mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });

async function start(page: Page, slug: string): Promise<void> {
  await page.goto(`/thu-tuc/${slug}`);
  await expect(page.getByTestId("in-person-part")).toBeVisible();
  await page.getByRole("link", { name: "Nộp hồ sơ trực tuyến" }).click();
  await page.getByRole("button", { name: "Bắt đầu nộp hồ sơ mới" }).click();
}

async function submit(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Nộp hồ sơ" }).click();
  await expect(page.getByTestId("dossier-code")).toBeVisible();
  return (await page.getByTestId("dossier-code").textContent())!;
}

test("social protection: a monthly allowance for a spouse in one's care, received at the ward", async ({ browser }) => {
  test.setTimeout(120_000);
  const { wife, husband } = couple(42);
  const citizen = await (await browser.newContext()).newPage();
  await signInAs(citizen, wife.idNumber, { from: "/thu-tuc/tro-cap-xa-hoi-hang-thang/nop-ho-so" });
  await citizen.goto("/thu-tuc/tro-cap-xa-hoi-hang-thang");
  await expect(citizen.getByTestId("in-person-part")).toContainText("xác minh hoàn cảnh");
  await expectNoAxeViolations(citizen);
  await start(citizen, "tro-cap-xa-hoi-hang-thang");
  // The applicant comes from VNeID, locked.
  await expect(citizen.getByLabel("Họ, chữ đệm, tên")).toHaveValue(wife.fullName);
  await next(citizen);
  await citizen.getByRole("radio", { name: "Người tôi chăm sóc, nuôi dưỡng" }).check();
  await citizen.getByLabel("Họ, chữ đệm, tên người hưởng").fill(husband.fullName);
  await citizen.getByLabel("Số định danh cá nhân của người hưởng").fill(husband.idNumber);
  await citizen.getByRole("radio", { name: "Người từ đủ 80 tuổi" }).check();
  await citizen.getByLabel("Hoàn cảnh hiện nay").fill("Sống cùng vợ, không có lương hưu.");
  await citizen.getByRole("radio", { name: "Không", exact: true }).check();
  await next(citizen);
  // The bank fields appear only for a transfer: a cash allowance asks none.
  await citizen.getByRole("radio", { name: "Tiền mặt tại điểm chi trả của phường" }).check();
  await next(citizen);
  await citizen.getByLabel(/Ủy ban nhân dân/).selectOption("ubnd-phuong-sai-gon");
  await next(citizen);
  await expect(citizen.getByText(husband.fullName).first()).toBeVisible();
  const code = await submit(citizen);
  await expect(citizen.getByTestId("in-person-part")).toContainText("điểm chi trả của phường");
  await expectNoAxeViolations(citizen);

  const clerk = await (await browser.newContext()).newPage();
  await signInAs(clerk, "079187003333", { from: `/clerk/ho-so/${code}` });
  await expect(clerk).toHaveTitle(new RegExp(`^Hồ sơ ${code.replace(/\./g, "\\.")}`));
  await expect(clerk.getByRole("region", { name: "Thông tin trong hồ sơ" })).toContainText(husband.fullName);
  await clerk.getByRole("button", { name: "Tiếp nhận hồ sơ" }).click();
  await expect(clerk.getByTestId("staff-dossier-status")).toHaveText("Được tiếp nhận");

  // The dossier's shortened address leads to its page.
  await citizen.goto(`/ho-so/${code}`);
  await expect(citizen).toHaveURL(new RegExp(`/ho-so/${code.replace(/\./g, "\\.")}/xac-nhan$`));
  const slip = await citizen
    .getByRole("link", { name: "Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)" })
    .getAttribute("href");
  const text = await pdfText(new Uint8Array(await (await citizen.request.get(slip!)).body()));
  expect(text).toContain("Phần thực hiện trực tiếp");
  // The declaration is listed first among what was received: the e-form stands for the paper form.
  expect(text.replace(/\s+/g, " ")).toContain("biểu mẫu điện tử đã nộp trên Cổng");
  expect(text.replace(/\s+/g, " ")).toContain("xác minh hoàn cảnh");
});

test("labour: an unemployment benefit claim, the last employer named by its code", async ({ browser }) => {
  const { husband } = couple(43);
  const citizen = await (await browser.newContext()).newPage();
  await signInAs(citizen, husband.idNumber, { from: "/thu-tuc/giai-quyet-huong-tro-cap-that-nghiep/nop-ho-so" });
  await start(citizen, "giai-quyet-huong-tro-cap-that-nghiep");
  await next(citizen);
  // The employer's name comes from the business registry by its code.
  await citizen.getByLabel("Mã số doanh nghiệp của đơn vị cũ").fill("0312345678");
  await citizen.getByLabel("Mã số doanh nghiệp của đơn vị cũ").press("Tab");
  await expect(citizen.getByLabel("Tên đơn vị đã làm việc")).not.toHaveValue("");
  await citizen.getByLabel("Loại hợp đồng").selectOption({ label: "Hợp đồng lao động xác định thời hạn" });
  await citizen.getByLabel("Ngày chấm dứt hợp đồng").fill("2026-11-30");
  await citizen.getByLabel("Lý do chấm dứt").selectOption({ label: "Hết hạn hợp đồng" });
  await citizen.getByLabel("Số tháng đã đóng bảo hiểm thất nghiệp").fill("36");
  await citizen.getByRole("radio", { name: "Không", exact: true }).check();
  await next(citizen);
  // No bank account given: the allowance is paid in cash, and the page says so.
  await expect(citizen.getByRole("heading", { level: 1, name: "Nhận trợ cấp" })).toBeVisible();
  await next(citizen);
  await citizen.getByLabel("Hoặc tải lên tệp mới (PDF, JPEG, PNG; tối đa 10 MB)").setInputFiles(upload("qd-nghi.pdf"));
  await next(citizen);
  await submit(citizen);
  await expect(citizen.getByTestId("in-person-part")).toContainText("Trung tâm dịch vụ việc làm");
  await expectNoAxeViolations(citizen);
});

test("certification: a certified copy from the original, its fee paid at the counter", async ({ browser }) => {
  const { wife } = couple(44);
  const citizen = await (await browser.newContext()).newPage();
  await signInAs(citizen, wife.idNumber, { from: "/thu-tuc/chung-thuc-ban-sao-tu-ban-chinh/nop-ho-so" });
  await start(citizen, "chung-thuc-ban-sao-tu-ban-chinh");
  await next(citizen);
  await citizen.getByLabel("Tên giấy tờ, văn bản").fill("Bằng tốt nghiệp đại học");
  await citizen.getByLabel("Cơ quan cấp").fill("Trường Đại học Kinh tế");
  await citizen.getByLabel("Số trang của giấy tờ").fill("3");
  await citizen.getByLabel("Số bản sao cần chứng thực").fill("2");
  await citizen
    .getByLabel("Hoặc tải lên tệp mới (PDF, JPEG, PNG; tối đa 10 MB)")
    .first()
    .setInputFiles(upload("bang-tot-nghiep.pdf"));
  await next(citizen);
  await citizen.getByLabel(/Ủy ban nhân dân/).selectOption("ubnd-phuong-sai-gon");
  await next(citizen);
  // The fee follows the pages and copies the officer certifies: it is paid at the counter, not online.
  await expect(citizen.getByText("Không phải nộp phí, lệ phí khi nộp trực tuyến.")).toBeVisible();
  await submit(citizen);
  await expect(citizen.getByTestId("in-person-part")).toContainText("nộp phí chứng thực theo số trang và số bản");
  await expectNoAxeViolations(citizen);
});
