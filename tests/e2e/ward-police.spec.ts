// Issue 26, item 2: a permanent residence registration is filed with, received, appraised
// and decided by the ward police, Công an Phường Sài Gòn, not the ward's People's Committee.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { couple } from "./journeys";
import { signInAs } from "./sign-in";

test.describe.configure({ timeout: 150_000 });

const next = (page: Page) => page.getByRole("button", { name: "Lưu và tiếp tục" }).click();

async function signedIn(browser: Browser, login: string, path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, login, { from: path });
  return page;
}

/** A citizen files a permanent residence registration in her own home and pays its 10,000 đồng online; her page and the
 * code. */
async function residenceFiled(browser: Browser): Promise<{ citizen: Page; code: string }> {
  const citizen = await signedIn(browser, couple(30).wife.idNumber, "/thu-tuc/dang-ky-thuong-tru/nop-ho-so");
  await citizen.getByRole("button", { name: "Bắt đầu nộp hồ sơ mới" }).click();
  await next(citizen);
  await citizen.getByLabel("Địa chỉ chỗ ở hợp pháp").fill("27 Nguyễn Thị Minh Khai, Phường Sài Gòn");
  await citizen.getByRole("radio", { name: "Nhà thuộc sở hữu của tôi" }).check();
  await next(citizen);
  await citizen
    .getByLabel("Hoặc tải lên tệp mới (PDF, JPEG, PNG; tối đa 10 MB)")
    .setInputFiles({ name: "so-hong.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
  await next(citizen);
  // The question names the police, and so do all its answers: no People's Committee is offered.
  await expect(citizen.getByRole("heading", { level: 1, name: "Nơi giải quyết" })).toBeVisible();
  const ward = citizen.getByLabel("Công an phường, xã, đặc khu nơi đăng ký thường trú");
  const offered = await ward.locator("option:not([value=''])").allTextContents();
  expect(offered).toHaveLength(24);
  expect(offered.every((name) => name.startsWith("Công an "))).toBe(true);
  await expectNoAxeViolations(citizen);
  await ward.selectOption({ label: "Công an Phường Sài Gòn" });
  await next(citizen);
  await expect(citizen.getByRole("heading", { level: 1, name: "Kiểm tra thông tin trước khi nộp" })).toBeVisible();
  await expect(citizen.locator("main")).toContainText("Công an Phường Sài Gòn");
  await citizen.getByRole("button", { name: "Nộp hồ sơ" }).click();
  // The dossier code carries the ward police's agency code.
  await expect(citizen.getByTestId("dossier-code")).toHaveText(/^01\.17\.H29-\d{6}-\d{4}$/);
  const code = (await citizen.getByTestId("dossier-code").textContent())!;
  await citizen.getByRole("button", { name: "Thanh toán trực tuyến" }).click();
  await citizen.getByRole("button", { name: "Thanh toán", exact: true }).click();
  await expect(citizen.getByTestId("dossier-status")).toHaveText("Mới đăng ký");
  return { citizen, code };
}

test(
  "the ward police receive, appraise and decide a residence registration; the People's Committee " + "cannot open it",
  async ({ browser }) => {
    const { citizen, code } = await residenceFiled(browser);
    const dossierPath = `/clerk/ho-so/${code}`;

    // The ward People's Committee's clerk does not decide residence: for her the dossier does not exist.
    const committeeClerk = await signedIn(browser, "079187003333", "/clerk");
    expect((await committeeClerk.goto(dossierPath))?.status()).toBe(404);

    // Trương Thị Quyên receives it at the ward police, after opening the proof of residence.
    const clerk = await signedIn(browser, "079191012121", "/clerk");
    await expect(clerk.locator("main")).toContainText("Cán bộ tiếp nhận (một cửa) – Công an Phường Sài Gòn");
    await expect(clerk.getByTestId("work-receive")).toContainText(/Hồ sơ chờ tiếp nhận\s*[1-9]\d*/);
    await expectNoAxeViolations(clerk);
    await clerk.getByTestId("work-receive").click();
    await clerk.getByLabel("Tìm theo mã hồ sơ hoặc tên người nộp").fill(code);
    await clerk.getByRole("button", { name: "Tìm" }).click();
    await expect(clerk.getByTestId("queue-count")).toHaveText("1 hồ sơ");
    await expectNoAxeViolations(clerk);
    await clerk.getByRole("link", { name: code }).click();
    const documents = clerk.getByRole("region", { name: "Giấy tờ của hồ sơ" });
    await expect(documents).toContainText("Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp");
    await clerk.screenshot({ path: test.info().outputPath("police-clerk-documents.png"), fullPage: true });
    const proof = await documents.getByRole("link", { name: /so-hong\.pdf/ }).getAttribute("href");
    const opened = await clerk.request.get(proof!);
    expect(opened.headers()["content-type"]).toBe("application/pdf");
    await expectNoAxeViolations(clerk);
    await clerk.getByRole("button", { name: "Tiếp nhận hồ sơ" }).click();
    await expect(clerk.getByTestId("staff-dossier-status")).toHaveText("Được tiếp nhận");

    // The leader has signed in once, so the specialist can hand over to him by name.
    const leader = await signedIn(browser, "079078012123", "/clerk");
    const specialist = await signedIn(browser, "079086012122", "/clerk/cong-viec");
    await specialist.getByRole("link", { name: code }).click();
    await specialist.getByRole("button", { name: "Nhận xử lý bước này" }).click();
    await expect(specialist.getByTestId("workflow-assignee")).toHaveText("Lý Văn Phúc");
    await specialist
      .getByLabel("Kết quả thẩm định")
      .fill("Chỗ ở hợp pháp thuộc sở hữu của người đăng ký; đủ điều kiện đăng ký thường trú.");
    await specialist.getByRole("radio", { name: "Đề xuất giải quyết" }).check();
    await specialist.getByLabel("Chuyển cho").selectOption({ label: "Mạc Văn Sơn" });
    await expectNoAxeViolations(specialist);
    await specialist.getByRole("button", { name: "Ghi kết quả thẩm định và chuyển phê duyệt" }).click();
    await expect(specialist.getByTestId("workflow-assignee")).toHaveText("Mạc Văn Sơn");

    // The leader is told, counts it on his home page, reads the appraisal and signs.
    await leader.reload();
    await expect(leader.getByTestId("work-approve")).toContainText(/[1-9]\d*/);
    await leader.goto(dossierPath);
    await expect(leader.getByTestId("appraisal-findings")).toHaveText(
      "Chỗ ở hợp pháp thuộc sở hữu của người đăng ký; đủ điều kiện đăng ký thường trú.",
    );
    await expectNoAxeViolations(leader);
    await leader.getByRole("button", { name: "Phê duyệt và ký số kết quả" }).click();
    await leader.getByLabel("Mã xác nhận (6 chữ số)").fill((await leader.getByTestId("demo-otp").textContent())!);
    await leader.getByRole("button", { name: "Ký và ban hành" }).click();
    await expect(leader.getByTestId("staff-dossier-status")).toHaveText("Đã xử lý xong");

    // The citizen sees every step taken at the ward police, and her result.
    await citizen.goto(`/ho-so/${encodeURIComponent(code)}/xac-nhan`);
    await expect(citizen.getByTestId("dossier-status")).toHaveText("Đã xử lý xong");
    const police = "\\(Công an Phường Sài Gòn\\)";
    for (const step of [
      `Tiếp nhận – Trương Thị Quyên ${police}`,
      `Chuyển bước – Lý Văn Phúc ${police} → Mạc Văn Sơn`,
      `Ban hành kết quả – Mạc Văn Sơn ${police}`,
    ]) {
      await expect(citizen.getByTestId("dossier-history")).toContainText(new RegExp(step));
    }
    await expect(citizen.getByTestId("dossier-history")).not.toContainText("Ủy ban nhân dân");
    await expect(citizen.getByRole("region", { name: "Kết quả giải quyết" })).toContainText(`${code}-KQ1`);
    await expectNoAxeViolations(citizen);
  },
);
