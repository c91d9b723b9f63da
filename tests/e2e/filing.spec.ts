import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { fillChildPage } from "./journeys";
import { signInAs } from "./sign-in";

// Whole journeys, each page a full round trip (and two without JavaScript): allow time on 2 cores.
test.describe.configure({ timeout: 90_000 });

const next = (page: Page) => page.getByRole("button", { name: "Lưu và tiếp tục" }).click();

/** The child's page as these journeys answer it. */
const fillChild = (page: Page, name: string) =>
  fillChildPage(page, {
    name,
    birthDate: "2026-11-10",
    birthPlace: "Bệnh viện Từ Dũ",
    hometown: "Thành phố Hồ Chí Minh",
  });

async function registerBirth(page: Page, checkAccessibility: boolean) {
  const axe = checkAccessibility ? () => expectNoAxeViolations(page) : async () => {};
  await signInAs(page, "079090001234", { from: "/thu-tuc/dang-ky-khai-sinh/nop-ho-so" });
  await page.getByRole("button", { name: "Bắt đầu nộp hồ sơ mới" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Người yêu cầu" })).toBeVisible();
  await expect(page.getByTestId("filing-for")).toHaveText("Bạn đang nộp hồ sơ cho bản thân.");
  // Identity comes from VNeID, locked; nothing the state holds is asked again.
  await expect(page.getByLabel("Họ, chữ đệm, tên")).toHaveValue("Nguyễn Văn An");
  await expect(page.getByLabel("Họ, chữ đệm, tên")).toHaveAttribute("readonly", "");
  await expect(page.getByLabel("Số định danh cá nhân")).toHaveValue("079090001234");
  await expect(page.getByLabel("Số điện thoại liên hệ")).toHaveValue("0903123456");
  await axe();
  await page.getByRole("radio", { name: "Cha" }).check();
  await next(page);

  await expect(page.getByRole("heading", { level: 1, name: "Người được khai sinh" })).toBeVisible();
  await next(page);
  await expect(page.locator("main").getByRole("alert")).toContainText("Vui lòng nhập thông tin này.");
  await axe();
  await fillChild(page, "Nguyễn Bảo Ngọc");
  await next(page);

  await expect(page.getByRole("heading", { level: 1, name: "Người mẹ" })).toBeVisible();
  await page.getByLabel("Số định danh cá nhân của mẹ").fill("079192005678");
  await next(page);
  await expect(page.getByRole("status")).toContainText("Đã lấy thông tin từ Cơ sở dữ liệu quốc gia về dân cư");
  await expect(page.getByLabel("Họ, chữ đệm, tên")).toHaveValue("Trần Thị Bình");
  await expect(page.getByLabel("Năm sinh")).toHaveValue("1992");
  await axe();
  await next(page);

  await expect(page.getByRole("heading", { level: 1, name: "Người cha" })).toBeVisible();
  await page.getByRole("radio", { name: "Có" }).check();
  await next(page);
  await page.getByLabel("Số định danh cá nhân của cha").fill("079090001234");
  await next(page);
  await expect(page.getByLabel("Họ, chữ đệm, tên")).toHaveValue("Nguyễn Văn An");
  await next(page);

  await expect(page.getByRole("heading", { level: 1, name: "Giấy tờ kèm theo" })).toBeVisible();
  const upload = page.getByLabel("Hoặc tải lên tệp mới (PDF, JPEG, PNG; tối đa 10 MB)");
  // A web page renamed to .pdf is refused by its content, with a clear message.
  await upload.setInputFiles({
    name: "giay-chung-sinh.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("<html><script>alert(1)</script></html>"),
  });
  await next(page);
  await expect(page.locator("main").getByRole("alert")).toContainText(
    "Chỉ nhận tệp PDF, JPEG hoặc PNG (nội dung tệp không khớp).",
  );
  await axe();
  await upload.setInputFiles({
    name: "giay-chung-sinh.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
  });
  await next(page);

  await expect(page.getByRole("heading", { level: 1, name: "Nơi đăng ký" })).toBeVisible();
  await page
    .getByLabel(/Ủy ban nhân dân của phường|Ủy ban nhân dân phường, xã, đặc khu nơi cư trú/)
    .selectOption("ubnd-phuong-sai-gon");
  await next(page);

  await expect(page.getByRole("heading", { level: 1, name: "Kiểm tra thông tin trước khi nộp" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Người mẹ" })).toContainText("Trần Thị Bình");
  await expect(page.getByRole("region", { name: "Người được khai sinh" })).toContainText("10/11/2026");
  await expect(page.getByRole("link", { name: "Sửa Họ, chữ đệm, tên" }).first()).toBeVisible();
  await axe();
  await page.getByRole("button", { name: "Nộp hồ sơ" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Đã nộp hồ sơ" })).toBeVisible();
  await expect(page.getByTestId("dossier-code")).toHaveText(/^01\.98\.H29-\d{6}-\d{4}$/);
  await expect(page.getByText("Mới đăng ký")).toBeVisible();
  await expect(page.getByText(/thông tin được lấy từ dữ liệu nhà nước đã có/)).toBeVisible();
  await axe();
  const code = (await page.getByTestId("dossier-code").textContent())!;
  const copyHref = await page.getByRole("link", { name: "Tải bản sao hồ sơ đã nộp (PDF)" }).getAttribute("href");
  const copy = await page.request.get(copyHref!);
  expect(copy.headers()["content-type"]).toBe("application/pdf");
  expect((await copy.body()).subarray(0, 5).toString()).toBe("%PDF-");
  // The certificate stays in the data store, marked with the dossier that used it.
  await page.goto("/kho-du-lieu");
  await expect(page.getByRole("row", { name: new RegExp(code.replace(/\./g, "\\.")) })).toContainText(
    "giay-chung-sinh.pdf",
  );
  await axe();
}

test("a citizen registers the birth of their newborn, giving only what the state does not hold", async ({ page }) => {
  await registerBirth(page, true);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the same birth registration journey works", async ({ page }) => {
    await registerBirth(page, false);
  });
});

test(
  "a draft started in one browser is resumed in another, and the page left open there does not save itself over " +
    "it",
  async ({ browser }) => {
    const first = await (await browser.newContext()).newPage();
    await signInAs(first, "079192005678", { from: "/thu-tuc/dang-ky-khai-sinh/nop-ho-so" });
    await first.getByRole("button", { name: "Bắt đầu nộp hồ sơ mới" }).click();
    await first.getByRole("radio", { name: "Mẹ" }).check();
    await next(first);
    await expect(first.getByRole("heading", { level: 1, name: "Người được khai sinh" })).toBeVisible();

    const second = await (await browser.newContext()).newPage();
    await signInAs(second, "079192005678", { from: "/thu-tuc/dang-ky-khai-sinh/nop-ho-so" });
    await second
      .getByRole("link", { name: /Tiếp tục bản nháp/ })
      .first()
      .click();
    await expect(second.getByRole("region", { name: "Người yêu cầu" })).toContainText("Mẹ");

    // The page still open in the first browser does not save itself over what the second saved.
    const draft = first.url().replace(/\/[^/]+$/, "");
    await second.goto(`${draft}/tre-em`);
    await fillChild(second, "Nguyễn Bảo Ngọc");
    await next(second);
    await expect(second.getByRole("heading", { level: 1, name: "Người mẹ" })).toBeVisible();
    await first.getByLabel("Họ, chữ đệm, tên").fill("Tên gõ ở trình duyệt cũ");
    await expect(first.getByTestId("autosave-status")).toContainText("Bản nháp đã được lưu từ một trang khác", {
      timeout: 15_000,
    });
    await expectNoAxeViolations(first);
    await second.goto(`${draft}/tre-em`);
    await expect(second.getByLabel("Họ, chữ đệm, tên")).toHaveValue("Nguyễn Bảo Ngọc");
    // Continue in the first browser still saves what it shows, as its user asks.
    await fillChild(first, "Nguyễn Bảo Châu");
    await next(first);
    await expect(first.getByRole("heading", { level: 1, name: "Người mẹ" })).toBeVisible();
    await second.reload();
    await expect(second.getByLabel("Họ, chữ đệm, tên")).toHaveValue("Nguyễn Bảo Châu");
  },
);

test(
  "a criminal-record certificate is filed with a residence history of three periods and its fee " + "paid online",
  async ({ page }) => {
    await signInAs(page, "079090001234", { from: "/thu-tuc/cap-phieu-ly-lich-tu-phap/nop-ho-so" });
    await page.getByRole("button", { name: "Bắt đầu nộp hồ sơ mới" }).click();
    await expect(page.getByLabel("Ngày sinh")).toHaveValue("1990-05-12");
    await page.getByLabel("Nơi sinh").fill("Thành phố Hồ Chí Minh");
    await page.getByLabel("Quốc tịch").fill("Việt Nam");
    await next(page);

    await page.getByLabel("Số định danh cá nhân của vợ hoặc chồng").fill("079192005678");
    await next(page);
    await expect(page.getByLabel("Họ và tên vợ hoặc chồng")).toHaveValue("Trần Thị Bình");
    await next(page);

    await expect(page.getByRole("heading", { level: 1, name: "Quá trình cư trú từ đủ 14 tuổi" })).toBeVisible();
    const periods = [
      ["05/2004 – 08/2012", "45 Phan Đăng Lưu, Phường Gia Định", "Học sinh"],
      ["09/2012 – 06/2016", "Ký túc xá, Phường Linh Xuân", "Sinh viên"],
      ["07/2016 – nay", "12 Lê Lợi, Phường Sài Gòn", "Kỹ sư"],
    ];
    for (const [index, [period, address, occupation]] of periods.entries()) {
      if (index > 0) await page.getByRole("button", { name: "Thêm dòng" }).click();
      await page.locator(`[name="residences.${index}.period"]`).fill(period!);
      await page.locator(`[name="residences.${index}.address"]`).fill(address!);
      await page.locator(`[name="residences.${index}.occupation"]`).fill(occupation!);
    }
    await expectNoAxeViolations(page);
    await next(page);

    await page.getByRole("radio", { name: "Phiếu lý lịch tư pháp số 1" }).check();
    await page.getByLabel("Mục đích sử dụng Phiếu").fill("Bổ sung hồ sơ xin việc");
    await page.getByLabel("Số lượng Phiếu").fill("3");
    await page.getByRole("radio", { name: "Phí thông thường (200.000 đồng)" }).check();
    await next(page);

    await expect(page.getByRole("heading", { level: 1, name: "Kiểm tra thông tin trước khi nộp" })).toBeVisible();
    await expect(
      page.getByRole("region", { name: "Quá trình cư trú từ đủ 14 tuổi" }).getByRole("listitem"),
    ).toHaveCount(3);
    // 200,000 đồng, and 5,000 more for the third copy.
    await expect(page.getByTestId("fee-due")).toHaveText("205.000 đồng");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Nộp hồ sơ" }).click();
    await expect(page.getByTestId("dossier-code")).toHaveText(/^000\.00\.17\.H29-\d{6}-\d{4}$/);
    const code = await page.getByTestId("dossier-code").textContent();
    await expect(page.getByTestId("dossier-status")).toHaveText("Yêu cầu thực hiện nghĩa vụ tài chính");
    await expect(page.getByTestId("fee-total")).toHaveText("205.000 đồng");
    await expectNoAxeViolations(page);

    // At the gateway: first cancelled, then paid.
    await page.getByRole("button", { name: "Thanh toán trực tuyến" }).click();
    await expect(page.getByRole("heading", { name: "Xác nhận thanh toán" })).toBeVisible();
    await expect(page.getByTestId("gateway-amount")).toHaveText("205.000 đồng");
    await expect(page.getByText(`Nộp phí, lệ phí hồ sơ ${code}`)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Hủy giao dịch" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Bạn đã hủy giao dịch" })).toBeVisible();
    await expect(page.getByTestId("dossier-status")).toHaveText("Yêu cầu thực hiện nghĩa vụ tài chính");

    // Paid later, from the account page, where the dossier waits with its notification.
    await page.goto("/tai-khoan");
    await expect(page.getByRole("region", { name: "Thông báo" })).toContainText(`Đã nộp hồ sơ ${code}: cần nộp phí`);
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: `Nộp phí: ${code}` }).click();
    await page.getByRole("button", { name: "Thanh toán trực tuyến" }).click();
    await page.getByRole("button", { name: "Thanh toán", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Thanh toán thành công" })).toBeVisible();
    await expect(page.getByTestId("dossier-status")).toHaveText("Mới đăng ký");
    await expect(page.getByTestId("receipts")).toContainText(`biên lai số ${code}-BL1`);
    await expectNoAxeViolations(page);
    const receipt = await page.request.get(`/api/dossiers/${encodeURIComponent(code!)}/bien-lai`);
    expect(receipt.headers()["content-type"]).toBe("application/pdf");
    expect((await receipt.body()).subarray(0, 5).toString()).toBe("%PDF-");
    await page.goto("/tai-khoan");
    await expect(page.getByRole("region", { name: "Thông báo" })).toContainText(`Đã nộp phí hồ sơ ${code}`);
    await expect(page.getByRole("link", { name: `Xem hồ sơ: ${code}` })).toBeVisible();
  },
);

test("a document already in the data store is reused instead of uploaded again", async ({ page }) => {
  await signInAs(page, "079198009999", { from: "/thu-tuc/dang-ky-khai-sinh/nop-ho-so" });
  await page.getByRole("button", { name: "Bắt đầu nộp hồ sơ mới" }).click();
  await page.waitForURL(/\/ho-so-nhap\//);
  const firstDraft = page.url().replace(/\/[^/]+$/, "");
  await page.goto(`${firstDraft}/giay-to`);
  await page.getByLabel("Hoặc tải lên tệp mới (PDF, JPEG, PNG; tối đa 10 MB)").setInputFiles({
    name: "chung-sinh-cua-be.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n%%EOF\n"),
  });
  await next(page);
  await expect(page.getByRole("heading", { level: 1, name: "Nơi đăng ký" })).toBeVisible();

  await page.goto("/thu-tuc/dang-ky-khai-sinh/nop-ho-so");
  await page.getByRole("button", { name: "Bắt đầu nộp hồ sơ mới" }).click();
  await page.waitForURL(/\/ho-so-nhap\//);
  const secondDraft = page.url().replace(/\/[^/]+$/, "");
  expect(secondDraft).not.toBe(firstDraft);
  await page.goto(`${secondDraft}/giay-to`);
  const store = page.getByLabel("Chọn từ kho dữ liệu của bạn");
  const stored = await store.locator("option", { hasText: "chung-sinh-cua-be.pdf" }).getAttribute("value");
  await store.selectOption(stored!);
  await expectNoAxeViolations(page);
  await next(page);
  await expect(page.getByRole("heading", { level: 1, name: "Nơi đăng ký" })).toBeVisible();
  await page.goto(`${secondDraft}/kiem-tra`);
  // The check page names the file the answer holds.
  await expect(page.getByRole("region", { name: "Giấy tờ kèm theo" })).toContainText(
    "Đã đính kèm: chung-sinh-cua-be.pdf",
  );
});

test("with JavaScript, Back after saving a page shows the answers saved, and a change link focuses its field", async ({
  page,
}) => {
  await signInAs(page, "079090001234", { from: "/thu-tuc/dang-ky-khai-sinh/nop-ho-so" });
  await page.getByRole("button", { name: "Bắt đầu nộp hồ sơ mới" }).click();
  await page.getByRole("radio", { name: "Cha", exact: true }).check();
  await next(page);
  await fillChild(page, "Nguyễn Gia Bảo");
  await page.getByLabel("Quê quán").press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Người mẹ" })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1, name: "Người được khai sinh" })).toBeVisible();
  await expect(page.getByLabel("Họ, chữ đệm, tên")).toHaveValue("Nguyễn Gia Bảo");
  await expect(page.getByLabel("Quê quán")).toHaveValue("Thành phố Hồ Chí Minh");
  await page.goBack();
  await expect(page.getByRole("radio", { name: "Cha", exact: true })).toBeChecked();
  // A "Sửa" link of the check page lands on its field, focused, as it does without JavaScript.
  await page.goto(page.url().replace(/\/[^/]+$/, "/kiem-tra"));
  await page.getByRole("link", { name: "Sửa Quê quán" }).click();
  await expect(page.getByLabel("Quê quán")).toBeFocused();
});

test(
  "with JavaScript, answers are checked as each field is left, the draft saves itself, and uploads show " + "progress",
  async ({ page }) => {
    await signInAs(page, "079090001234", { from: "/thu-tuc/dang-ky-khai-sinh/nop-ho-so" });
    await page.getByRole("button", { name: "Bắt đầu nộp hồ sơ mới" }).click();
    await page.waitForURL(/\/ho-so-nhap\/[^/]+\/nguoi-yeu-cau$/);
    const draft = page.url().replace(/\/[^/]+$/, "");
    const phone = page.getByLabel("Số điện thoại liên hệ");
    await phone.fill("12");
    await phone.press("Tab");
    await expect(page.locator("#phone-error")).toHaveText("Số điện thoại không hợp lệ (ví dụ 0903123456).");
    // Only the field's own message: the summary waits for the form to be sent, so nothing jumps.
    await expect(page.getByRole("alert", { name: "Có lỗi cần sửa" })).toHaveCount(0);
    expect(page.url()).toBe(`${draft}/nguoi-yeu-cau`);
    await phone.fill("0903123456");
    await phone.press("Tab");
    await expect(page.locator("#phone-error")).toHaveCount(0);

    // Typed, not submitted: saved within seconds, there after a reload.
    await page.goto(`${draft}/tre-em`);
    await page.getByLabel("Họ, chữ đệm, tên").fill("Nguyễn Minh Khang");
    await expect(page.getByTestId("autosave-status")).toContainText("Đã tự động lưu bản nháp", { timeout: 15_000 });
    await page.reload();
    await expect(page.getByLabel("Họ, chữ đệm, tên")).toHaveValue("Nguyễn Minh Khang");

    // Sent with a page still incomplete: refused in the page, and what was typed saved at once,
    // so that a reload straight after finds it (the walk lost it when reloading within seconds).
    await page.getByLabel("Dân tộc").fill("Tày");
    const saved = page.waitForResponse((r) => r.url().includes("/api/drafts/") && r.request().method() === "POST");
    await page.getByLabel("Dân tộc").press("Enter");
    await expect(page.getByRole("alert", { name: "Có lỗi cần sửa" })).toBeVisible();
    expect((await saved).ok()).toBe(true);
    await page.reload();
    await expect(page.getByLabel("Dân tộc")).toHaveValue("Tày");

    // The registry fills the mother's details as soon as the draft saves itself.
    await page.goto(`${draft}/me`);
    await page.getByLabel("Số định danh cá nhân của mẹ").fill("079192005678");
    await expect(page.getByLabel("Họ, chữ đệm, tên")).toHaveValue("Trần Thị Bình", { timeout: 15_000 });

    await page.goto(`${draft}/giay-to`);
    await page.getByLabel("Hoặc tải lên tệp mới (PDF, JPEG, PNG; tối đa 10 MB)").setInputFiles({
      name: "chung-sinh-js.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\n%%EOF\n"),
    });
    await expect(page.getByText("Đã tải lên: chung-sinh-js.pdf")).toBeVisible();
    await expect(page.getByLabel("Đã tải lên: chung-sinh-js.pdf")).toHaveAttribute("value", "100");
    await expectNoAxeViolations(page);
    await next(page);
    await expect(page.getByRole("heading", { level: 1, name: "Nơi đăng ký" })).toBeVisible();
    await page.goto(`${draft}/kiem-tra`);
    await expect(page.getByRole("region", { name: "Giấy tờ kèm theo" })).toContainText("Đã đính kèm");
  },
);

test("Continue pressed while a file is uploading is not lost when the upload ends under the pointer", async ({
  page,
}) => {
  // Ngô Đức Tuấn files nothing else: his data store is empty, so the upload adds the store's
  // list above the button and pushes it down.
  await signInAs(page, "079071100002", { from: "/thu-tuc/dang-ky-khai-sinh/nop-ho-so" });
  await page.getByRole("button", { name: "Bắt đầu nộp hồ sơ mới" }).click();
  await page.waitForURL(/\/ho-so-nhap\/[^/]+\/nguoi-yeu-cau$/);
  const draft = page.url().replace(/\/[^/]+$/, "");
  await page.goto(`${draft}/giay-to`);
  // Counts uploads whose answer the page has handled (listeners run after the page's own).
  await page.evaluate(() => {
    const send = XMLHttpRequest.prototype.send;
    document.documentElement.dataset.uploadsEnded = "0";
    XMLHttpRequest.prototype.send = function (body) {
      this.addEventListener(
        "loadend",
        () =>
          (document.documentElement.dataset.uploadsEnded = String(
            Number(document.documentElement.dataset.uploadsEnded) + 1,
          )),
      );
      send.call(this, body);
    };
  });
  let answerUpload!: () => void;
  const pressed = new Promise<void>((resolve) => (answerUpload = resolve));
  await page.route("**/api/documents", async (route) => {
    await pressed;
    await route.continue();
  });
  await page.getByLabel("Hoặc tải lên tệp mới (PDF, JPEG, PNG; tối đa 10 MB)").setInputFiles({
    name: "chung-sinh-dang-tai.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n%%EOF\n"),
  });
  await expect(page.getByText("Đang tải lên chung-sinh-dang-tai.pdf")).toBeVisible();

  // The button is pressed, the upload ends, then the button is released.
  const button = (await page.getByRole("button", { name: "Lưu và tiếp tục" }).boundingBox())!;
  await page.mouse.move(button.x + button.width / 2, button.y + button.height / 2);
  await page.mouse.down();
  answerUpload();
  await expect(page.locator("html")).toHaveAttribute("data-uploads-ended", "1");
  await page.mouse.up();

  await expect(page.getByRole("heading", { level: 1, name: "Nơi đăng ký" })).toBeVisible();
  await page.goto(`${draft}/kiem-tra`);
  await expect(page.getByRole("region", { name: "Giấy tờ kèm theo" })).toContainText("Đã đính kèm");
});
