// A system administrator builds a procedure's first e-form with the builder alone (no JSON
// typed): two pages, a condition, an ID number that fills a name and a birth date from the
// registry, an attachment; previews it, publishes it from today; a citizen files it and the
// clerk reads the answers.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { couple } from "./journeys";
import { signInAs } from "./sign-in";

// The procedure the suites start without a form (tests/setup/formless-procedure.ts).
const BUILDER = "/admin/thu-tuc/dang-ky-khai-tu/bieu-mau";

async function addField(page: Page, pageTitle: string, type: string, vi: string, en: string) {
  const section = page.getByRole("region", { name: pageTitle });
  await section.getByText("Thêm trường vào trang này").click();
  await section.getByLabel("Loại trường").selectOption({ label: type });
  await section.getByLabel("Nhãn tiếng Việt").fill(vi);
  await section.getByLabel("Nhãn tiếng Anh").fill(en);
  // Enter in a label field posts the form, like the button.
  await section.getByLabel("Nhãn tiếng Anh").press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu vào bản nháp." })).toBeVisible();
  await expect(page.getByRole("heading", { name: `Sửa trường: ${vi}` })).toBeVisible();
}

test("an administrator builds, previews and publishes a form; a citizen files it and the clerk reads it", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  // Before it has a form, the procedure's page says where to file instead, and offers no online filing.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/thu-tuc/dang-ky-khai-tu");
  await expect(visitor.getByText("Thủ tục này chưa có biểu mẫu điện tử để nộp trực tuyến.")).toBeVisible();
  await expect(visitor.getByRole("link", { name: "Nộp hồ sơ trực tuyến" })).toHaveCount(0);
  const admin = await (await browser.newContext()).newPage();
  await signInAs(admin, "079180006666", { from: BUILDER });
  await expect(admin.getByRole("heading", { name: "Soạn biểu mẫu điện tử: Đăng ký khai tử" })).toBeVisible();
  await expect(admin.getByText("Thủ tục chưa có biểu mẫu điện tử")).toBeVisible();
  await expectNoAxeViolations(admin);

  // A label left empty is refused beside its field, keeping what was typed.
  await admin.getByLabel("Tên trang tiếng Việt").fill("Người mất");
  await admin.getByRole("button", { name: "Thêm trang" }).click();
  await expect(admin.getByRole("alert").filter({ hasText: "Chưa" })).toContainText("Hãy nhập nội dung tiếng Anh.");
  await expect(admin.getByLabel("Tên trang tiếng Việt")).toHaveValue("Người mất");
  await expectNoAxeViolations(admin);
  await admin.getByLabel("Tên trang tiếng Anh").fill("The deceased");
  await admin.getByRole("button", { name: "Thêm trang" }).click();
  await expect(admin.getByRole("heading", { name: "Trang 2: Người mất" })).toBeVisible();

  const deceased = "Trang 2: Người mất";
  await addField(admin, deceased, "Có / Không", "Người mất có số định danh cá nhân", "The deceased has an ID number");
  await addField(admin, deceased, "Ngày", "Ngày sinh của người mất", "Date of birth of the deceased");
  await addField(admin, deceased, "Số định danh cá nhân (tra cứu dân cư)", "Số định danh của người mất", "ID number");
  // The ID number: shown when the answer above is yes; fills the name and the birth date.
  const editor = admin.getByRole("region", { name: "Sửa trường: Số định danh của người mất" });
  await editor.getByLabel("Hiện khi").selectOption({ label: "Người mất có số định danh cá nhân – trả lời “Có”" });
  await editor.getByLabel("Họ và tên", { exact: true }).selectOption({ label: "Người mất: nội dung" });
  await editor.getByLabel("Ngày sinh", { exact: true }).selectOption({ label: "Ngày sinh của người mất" });
  await editor.getByLabel("Người này là ai đối với người nộp").selectOption({ label: "Vợ hoặc chồng" });
  await editor.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(admin.locator("#item-soDinhDanhCuaNguoiMat")).toContainText("có điều kiện");
  // The first field of the new page becomes the deceased's name.
  await admin.getByRole("link", { name: "Sửa Người mất: nội dung" }).click();
  const name = admin.getByRole("region", { name: "Sửa trường: Người mất: nội dung" });
  await name.getByLabel("Nhãn tiếng Việt").fill("Họ, chữ đệm, tên người mất");
  await name.getByLabel("Nhãn tiếng Anh").fill("Full name of the deceased");
  await name.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(admin.getByRole("link", { name: "Sửa Họ, chữ đệm, tên người mất" })).toBeVisible();
  await expect(admin.getByRole("heading", { name: "Chưa thể phát hành (1 việc cần làm)" })).toBeVisible();
  await addField(admin, deceased, "Tệp đính kèm", "Giấy báo tử", "Death notice");
  await expect(admin.getByRole("heading", { name: "Biểu mẫu đủ điều kiện phát hành." })).toBeVisible();
  // A field another one depends on cannot be deleted.
  await admin.getByRole("button", { name: "Xoá Người mất có số định danh cá nhân" }).click();
  await expect(admin.getByRole("alert").filter({ hasText: "Chưa" })).toContainText("Số định danh của người mất");
  await expectNoAxeViolations(admin);

  await admin.getByRole("link", { name: "Xem trước" }).click();
  await admin.getByRole("link", { name: "Trang sau →" }).click();
  const preview = admin.getByTestId("form-preview");
  await expect(preview.getByRole("heading", { name: "Người mất" })).toBeVisible();
  await expect(preview.getByText("Giấy báo tử").first()).toBeVisible();
  await expectNoAxeViolations(admin);

  // "Try it" walks the pages as when filing, checking each, storing nothing.
  await admin.getByRole("link", { name: "Trang trước" }).click();
  await admin.getByRole("link", { name: "Thử điền" }).click();
  await admin.getByLabel("Họ, chữ đệm, tên người nộp").fill("Người Thử");
  await admin.getByLabel("Nộp hồ sơ tại phường, xã").selectOption("ubnd-phuong-sai-gon");
  await admin.getByRole("button", { name: "Kiểm tra và sang trang sau" }).click();
  await expect(admin.getByRole("heading", { name: "Người mất", exact: true })).toBeVisible();
  await admin.getByRole("button", { name: "Kiểm tra và sang trang sau" }).click();
  await expect(admin.getByRole("alert").filter({ hasText: "lỗi trên trang này" })).toBeVisible();
  await expectNoAxeViolations(admin);
  await admin.getByRole("radio", { name: "Không" }).check();
  await admin.getByLabel("Họ, chữ đệm, tên người mất").fill("Người Mất Thử");
  await admin.getByLabel("Ngày sinh của người mất").fill("1950-01-01");
  await admin.getByLabel("Hoặc tải lên tệp mới (PDF, JPEG, PNG; tối đa 10 MB)").setInputFiles({
    name: "thu.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n%%EOF\n"),
  });
  await admin.getByRole("button", { name: "Kiểm tra và sang trang sau" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Các trang đều hợp lệ" })).toBeVisible();

  await admin.getByRole("link", { name: "Phát hành" }).click();
  await expect(admin.getByRole("heading", { name: "Những thay đổi so với phiên bản đang áp dụng" })).toBeVisible();
  await expect(admin.getByText("Thêm: Giấy báo tử")).toBeVisible();
  await admin.getByRole("button", { name: "Phát hành phiên bản mới" }).click();
  await expect(admin.getByRole("alert").filter({ hasText: "Chưa" })).toContainText(
    "Hãy xác nhận bạn đã xem các thay đổi.",
  );
  await expectNoAxeViolations(admin);
  await admin.getByLabel("Tôi đã xem các thay đổi trên và muốn phát hành phiên bản mới").check();
  await admin.getByRole("button", { name: "Phát hành phiên bản mới" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Đã phát hành phiên bản 2." })).toBeVisible();

  // Published, the procedure's page offers it at once (the catalogue's cache was dropped).
  await visitor.reload();
  await expect(visitor.getByRole("link", { name: "Nộp hồ sơ trực tuyến" })).toBeVisible();

  // A citizen files it: the name is prefilled from VNeID, the deceased's name and birth date from the registry.
  const { wife, husband } = couple(41);
  const citizen = await (await browser.newContext()).newPage();
  await signInAs(citizen, husband.idNumber, { from: "/thu-tuc/dang-ky-khai-tu/nop-ho-so" });
  await citizen.getByRole("button", { name: "Bắt đầu nộp hồ sơ mới" }).click();
  await expect(citizen.getByLabel("Họ, chữ đệm, tên người nộp")).toHaveValue(husband.fullName);
  await citizen.getByLabel("Nộp hồ sơ tại phường, xã").selectOption("ubnd-phuong-sai-gon");
  await citizen.getByRole("button", { name: "Lưu và tiếp tục" }).click();
  await citizen.getByRole("radio", { name: "Có" }).check();
  await citizen.getByLabel("Số định danh của người mất").fill(wife.idNumber);
  await citizen.getByLabel("Số định danh của người mất").press("Tab");
  await expect(citizen.getByLabel("Họ, chữ đệm, tên người mất")).toHaveValue(wife.fullName);
  await citizen.getByLabel("Hoặc tải lên tệp mới (PDF, JPEG, PNG; tối đa 10 MB)").setInputFiles({
    name: "giay-bao-tu.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n%%EOF\n"),
  });
  await citizen.getByRole("button", { name: "Lưu và tiếp tục" }).click();
  await expect(citizen.getByText(wife.fullName).first()).toBeVisible();
  await citizen.getByRole("button", { name: "Nộp hồ sơ" }).click();
  const code = (await citizen.getByTestId("dossier-code").textContent())!;

  const clerk = await (await browser.newContext()).newPage();
  await signInAs(clerk, "079187003333", { from: `/clerk/ho-so/${code}` });
  await expect(clerk.getByText(wife.fullName).first()).toBeVisible();
  await expect(clerk.getByText("Giấy báo tử").first()).toBeVisible();
  await expectNoAxeViolations(clerk);
});

test("a department's procedure editor sees only the procedures of the department", async ({ page }) => {
  await signInAs(page, "079082004444", { from: "/admin/thu-tuc" });
  await expect(page.getByRole("heading", { name: "Biểu mẫu điện tử của thủ tục" })).toBeVisible();
  await expect(page.getByText("Đăng ký khai sinh", { exact: true })).toBeVisible();
  await expect(page.getByText("Cấp giấy phép xây dựng nhà ở riêng lẻ")).toHaveCount(0);
  const response = await page.goto("/admin/thu-tuc/cap-giay-phep-xay-dung-nha-o-rieng-le/bieu-mau");
  expect(response?.status()).toBe(404);
  await expectNoAxeViolations(page);
});

test("a department's editor changes a version's rules without JavaScript, previews and publishes them", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const RULES = "/admin/thu-tuc/cap-ban-sao-trich-luc-ho-tich/bieu-mau/quy-dinh";
  const signedIn = await browser.newContext();
  const withJs = await signedIn.newPage();
  await signInAs(withJs, "079082004444", { from: RULES });
  await expect(
    withJs.getByRole("heading", { name: "Quy định của phiên bản: Cấp bản sao trích lục hộ tịch" }),
  ).toBeVisible();
  await expectNoAxeViolations(withJs);
  // With JavaScript, a refusal brings the summary into view with the focus (the field stays as typed).
  const amount = withJs.getByRole("group", { name: "Dòng phí 1" }).getByLabel("Mức thu (đồng)");
  await amount.fill("-5");
  await amount.press("Enter");
  await expect(withJs.locator("#error-summary")).toBeFocused();
  await expect(withJs.locator("#error-summary")).toBeInViewport();
  await expect(withJs.locator("#error-summary")).toContainText("Dòng phí 1 – Mức thu (đồng): Hãy nhập một số nguyên");
  await expect(amount).toHaveValue("-5");
  const page = await (
    await browser.newContext({ javaScriptEnabled: false, storageState: await signedIn.storageState() })
  ).newPage();
  await page.goto(RULES);

  // A same-day limit becomes two working days; a number that is not one is refused beside it,
  // Enter in the box saves (it does not move or remove a row), and what was typed stays.
  await page.getByLabel("Đơn vị").selectOption({ label: "Ngày làm việc" });
  await page.getByLabel("Số ngày").fill("hai");
  await page.getByLabel("Tên khoản thu (tiếng Việt)").last().fill("Phí gửi kết quả qua bưu chính");
  await page.getByLabel("Số ngày").press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "Chưa lưu quy định" })).toContainText(
    "Số ngày: Hãy nhập một số nguyên",
  );
  await expect(page.getByLabel("Số ngày")).toHaveValue("hai");
  await expect(page.getByLabel("Đơn vị")).toHaveValue("WORKING_DAYS");
  await expect(page.getByLabel("Tên khoản thu (tiếng Việt)").last()).toHaveValue("Phí gửi kết quả qua bưu chính");
  await expect(page.getByRole("group", { name: "Dòng phí 1" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Giấy tờ 2" })).toBeVisible();

  await page.getByLabel("Số ngày").fill("2");
  const newFee = page.getByRole("group", { name: "Dòng phí mới" });
  await newFee.getByLabel("Kênh").selectOption({ label: "Bưu chính" });
  await newFee.getByLabel("Tên khoản thu (tiếng Anh)").fill("Postal delivery of the result");
  await newFee.getByLabel("Mức thu (đồng)").fill("25000");
  await page.getByLabel("Số ngày").press("Enter");
  await expect(page.getByRole("status")).toHaveText("Đã lưu quy định vào bản nháp.");
  await expect(page.getByLabel("Số ngày")).toHaveValue("2");
  await expect(page.getByRole("group", { name: "Dòng phí 2" }).getByLabel("Mức thu (đồng)")).toHaveValue("25000");

  // Moving the power of attorney up saves the form with it.
  await page.getByRole("button", { name: /^Đưa Giấy tờ 2 .* lên$/ }).click();
  await expect(page.getByRole("status")).toHaveText("Đã chuyển dòng và lưu quy định vào bản nháp.");
  expect(new URL(page.url()).hash).toBe("#documents-row-0");
  await expect(page.getByRole("group", { name: "Giấy tờ 1" }).getByLabel("Tên giấy tờ (tiếng Việt)")).toHaveValue(
    /ủy quyền/,
  );

  // The procedure page as the public will see it, before anyone does.
  await page.getByRole("link", { name: "Xem trước trang thủ tục" }).click();
  const preview = page.getByTestId("procedure-preview");
  await expect(preview).toContainText("2 ngày làm việc");
  await expect(preview).toContainText("Phí gửi kết quả qua bưu chính");
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/thu-tuc/cap-ban-sao-trich-luc-ho-tich");
  await expect(visitor.getByText("Phí gửi kết quả qua bưu chính")).toHaveCount(0);

  await page.getByRole("link", { name: "Phát hành" }).click();
  const differences = page.getByRole("region", { name: "Những thay đổi so với phiên bản đang áp dụng" });
  await expect(differences.getByRole("row", { name: /Thời hạn giải quyết/ })).toContainText("2 ngày làm việc");
  await expect(differences).toContainText('Thêm: Khoản phí, lệ phí "Phí gửi kết quả qua bưu chính"');
  await expect(differences).toContainText("Đổi vị trí: Giấy tờ");
  await page.getByLabel("Tôi đã xem các thay đổi trên và muốn phát hành phiên bản mới").check();
  await page.getByRole("button", { name: "Phát hành phiên bản mới" }).click();
  await expect(page.getByRole("status")).toContainText("Đã phát hành phiên bản 2.");

  await visitor.reload();
  await expect(visitor.getByText("2 ngày làm việc").first()).toBeVisible();
  await expect(visitor.getByText("Phí gửi kết quả qua bưu chính")).toBeVisible();
  await withJs.goto(`${RULES.replace("/quy-dinh", "/xuat-ban")}`);
  await expectNoAxeViolations(withJs);
});
