import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { fileBirthRegistration } from "./journeys";
import { signInAs } from "./sign-in";

test.describe.configure({ timeout: 90_000 });

test("a reception clerk receives a dossier; the citizen sees the appointment and downloads the receipt", async ({
  browser,
}) => {
  const citizen = await (await browser.newContext()).newPage();
  await signInAs(citizen, "079192005678");
  const code = await fileBirthRegistration(citizen);

  const clerk = await (await browser.newContext()).newPage();
  await signInAs(clerk, "079187003333", { from: "/clerk" });
  // The staff home shows the clerk's own queues with what waits in each.
  await expect(clerk.getByTestId("work-receive")).toContainText(/Hồ sơ chờ tiếp nhận\s*[1-9]\d*/);
  await expect(clerk.getByTestId("work-appraise")).toHaveCount(0);
  await expect(clerk.getByTestId("work-return")).toContainText("Kết quả chờ trả cho người nộp");
  await expect(clerk.getByText("Hàng đợi hồ sơ sẽ hiển thị tại đây")).toHaveCount(0);
  await clerk.screenshot({ path: test.info().outputPath("staff-home.png"), fullPage: true });
  await expectNoAxeViolations(clerk);
  await clerk.getByTestId("work-receive").click();
  await expect(clerk.getByRole("heading", { level: 1, name: "Hồ sơ chờ tiếp nhận" })).toBeVisible();
  await clerk.getByLabel("Tìm theo mã hồ sơ hoặc tên người nộp").fill(code);
  await clerk.getByRole("button", { name: "Tìm" }).click();
  await expect(clerk.getByTestId("queue-count")).toHaveText("1 hồ sơ");
  await expectNoAxeViolations(clerk);
  await clerk.getByRole("link", { name: code }).click();
  await expect(clerk.getByTestId("staff-dossier-status")).toHaveText("Mới đăng ký");
  await expect(clerk.getByRole("region", { name: "Thông tin trong hồ sơ" })).toContainText("Trần Gia Hân");
  // Reception checks the documents where they are: each listed with what was given, the file opening in a new tab.
  const documents = clerk.getByRole("region", { name: "Giấy tờ của hồ sơ" });
  await expect(documents).toContainText("Giấy chứng sinh (bắt buộc)");
  await expect(documents).toContainText("Đã khai trên biểu mẫu điện tử");
  const [opened] = await Promise.all([
    clerk.context().waitForEvent("page"),
    documents.getByRole("link", { name: /giay-chung-sinh\.pdf/ }).click(),
  ]);
  const response = await clerk.request.get(opened.url());
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toMatch(/^inline;/);
  expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await opened.close();
  await expectNoAxeViolations(clerk);

  // A second clerk's tab, opened before the first receives, cannot receive again.
  const stale = await clerk.context().newPage();
  await stale.goto(clerk.url());
  await clerk.getByRole("button", { name: "Tiếp nhận hồ sơ" }).click();
  await expect(clerk.getByRole("status")).toContainText("Đã tiếp nhận hồ sơ");
  await expect(clerk.getByTestId("staff-dossier-status")).toHaveText("Được tiếp nhận");
  await expect(clerk.getByTestId("staff-appointment")).toHaveText(/^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/);
  await expectNoAxeViolations(clerk);
  await stale.getByRole("button", { name: "Tiếp nhận hồ sơ" }).click();
  await expect(stale.getByRole("alert").filter({ hasText: "vừa được người khác xử lý" })).toBeVisible();

  await citizen.reload();
  await expect(citizen.getByTestId("dossier-status")).toHaveText("Được tiếp nhận");
  await expect(citizen.getByTestId("appointment")).toContainText("Hẹn trả kết quả:");
  await expect(citizen.getByTestId("data-access").first()).toContainText("Võ Thị Hạnh");
  const slip = await citizen
    .getByRole("link", { name: "Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)" })
    .getAttribute("href");
  const pdf = await citizen.request.get(slip!);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await expectNoAxeViolations(citizen);
});

test("a reception clerk refuses a dossier with reasons, kept when too short", async ({ browser }) => {
  const citizen = await (await browser.newContext()).newPage();
  await signInAs(citizen, "079192005678");
  const code = await fileBirthRegistration(citizen);
  const clerk = await (await browser.newContext()).newPage();
  await signInAs(clerk, "079187003333", { from: `/clerk/ho-so/${code}` });
  await clerk.getByLabel("Lý do từ chối").fill("Sai");
  await clerk.getByRole("button", { name: "Từ chối tiếp nhận" }).click();
  await expect(clerk.locator("#reasons-error")).toHaveText("Hãy nêu lý do cụ thể (ít nhất 10 ký tự).");
  await expect(clerk.getByLabel("Lý do từ chối")).toHaveValue("Sai");
  await expectNoAxeViolations(clerk);
  await clerk.getByLabel("Lý do từ chối").fill("Trẻ sinh tại tỉnh khác; nộp tại nơi cư trú của cha hoặc mẹ.");
  await clerk.getByRole("button", { name: "Từ chối tiếp nhận" }).click();
  await expect(clerk.getByTestId("staff-dossier-status")).toHaveText("Không được tiếp nhận");
  await citizen.reload();
  await expect(citizen.getByTestId("dossier-status")).toHaveText("Không được tiếp nhận");
  await expect(citizen.getByRole("link", { name: "Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03)" })).toBeVisible();
});

test("the clerk asks for one supplement, the citizen supplies it online, and the clerk then receives", async ({
  browser,
}) => {
  const citizen = await (await browser.newContext()).newPage();
  await signInAs(citizen, "079192005678");
  const code = await fileBirthRegistration(citizen);
  const clerk = await (await browser.newContext()).newPage();
  await signInAs(clerk, "079187003333", { from: `/clerk/ho-so/${code}` });

  // Nothing chosen: the request is refused and nothing typed is lost.
  await clerk.getByLabel("Số điện thoại của cán bộ hướng dẫn").fill("028 3829 1234");
  await clerk.getByRole("button", { name: "Gửi yêu cầu bổ sung" }).click();
  await expect(clerk.getByRole("alert", { name: "Có lỗi cần sửa" })).toContainText("Chọn ít nhất một giấy tờ");
  await expect(clerk.getByLabel("Số điện thoại của cán bộ hướng dẫn")).toHaveValue("028 3829 1234");
  await expectNoAxeViolations(clerk);
  // The form's answers are grouped under their page, and named with it: the mother's name is not the father's.
  await clerk.getByText(/^Thông tin trong tờ khai/).click();
  await expect(
    clerk.getByRole("group", { name: "Người mẹ" }).getByRole("checkbox", { name: "Người mẹ – Họ, chữ đệm, tên" }),
  ).toBeVisible();
  await expect(
    clerk.getByRole("group", { name: "Người cha" }).getByRole("checkbox", { name: "Người cha – Họ, chữ đệm, tên" }),
  ).toBeVisible();
  await clerk.screenshot({ path: test.info().outputPath("supplement-form.png"), fullPage: true });
  await expectNoAxeViolations(clerk);
  await clerk.getByRole("checkbox", { name: "Giấy chứng sinh" }).check();
  await clerk.getByLabel("Lý do: Giấy chứng sinh").fill("Bản chụp bị mờ, không đọc được số giấy chứng sinh.");
  await clerk.getByRole("button", { name: "Gửi yêu cầu bổ sung" }).click();
  await expect(clerk.getByRole("status")).toContainText("Đã gửi yêu cầu bổ sung");
  await expect(clerk.getByTestId("staff-dossier-status")).toHaveText("Yêu cầu bổ sung giấy tờ");

  await citizen.reload();
  await expect(citizen.getByTestId("supplement-items")).toContainText("Bản chụp bị mờ");
  await expectNoAxeViolations(citizen);
  await citizen.getByLabel("Tải lên Giấy chứng sinh (PDF, JPEG, PNG; tối đa 10 MB)").setInputFiles({
    name: "giay-chung-sinh-ro.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n%%EOF\n"),
  });
  await citizen.getByRole("button", { name: "Gửi bổ sung" }).click();
  await expect(citizen.getByRole("status").filter({ hasText: "Đã gửi bổ sung" })).toBeVisible();
  await expect(citizen.getByTestId("dossier-status")).toHaveText("Mới đăng ký");

  await clerk.reload();
  await clerk.getByRole("button", { name: "Tiếp nhận hồ sơ" }).click();
  await expect(clerk.getByTestId("staff-dossier-status")).toHaveText("Được tiếp nhận");
  await expect(clerk.getByRole("region", { name: "Quá trình xử lý" })).toContainText("Người nộp bổ sung");
});

test(
  "a receive form replayed by the inspector, who may read but not act, is refused with a message, " + "not an error",
  async ({ browser }) => {
    const citizen = await (await browser.newContext()).newPage();
    await signInAs(citizen, "079192005678");
    const code = await fileBirthRegistration(citizen);
    // The reception clerk's page holds the receive form (its server action travels in the form itself).
    const clerk = await (await browser.newContext()).newPage();
    await signInAs(clerk, "079187003333", { from: `/clerk/ho-so/${code}` });
    const html = await (await clerk.request.get(`/clerk/ho-so/${encodeURIComponent(code)}`)).text();
    const form = /<form[^>]*>(?:(?!<\/form>)[\s\S])*Tiếp nhận hồ sơ<\/button><\/form>/.exec(html)?.[0];
    expect(form).toBeTruthy();

    const inspector = await (await browser.newContext()).newPage();
    await signInAs(inspector, "079070008888", { from: `/clerk/ho-so/${code}` });
    await expect(inspector.getByTestId("staff-dossier-status")).toHaveText("Mới đăng ký");
    await expect(inspector.getByRole("button", { name: "Tiếp nhận hồ sơ" })).toHaveCount(0);
    const [response] = await Promise.all([
      inspector.waitForResponse((r) => r.request().method() === "POST"),
      inspector.evaluate((markup) => {
        const replayed = document.adoptNode(
          new DOMParser().parseFromString(markup, "text/html").querySelector("form")!,
        );
        document.body.append(replayed);
        replayed.submit();
      }, form!),
    ]);
    expect(response.status()).toBeLessThan(500);
    await expect(
      inspector.getByRole("heading", { level: 1, name: "Bạn không có quyền thực hiện thao tác này" }),
    ).toBeVisible();
    await expectNoAxeViolations(inspector);
    // Nothing changed.
    await clerk.reload();
    await expect(clerk.getByTestId("staff-dossier-status")).toHaveText("Mới đăng ký");
  },
);
