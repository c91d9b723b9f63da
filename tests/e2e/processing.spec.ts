import { expect, test, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import PgBoss from "pg-boss";
import { readE2eState } from "../setup/e2e-state";
import { expectNoAxeViolations } from "./axe";
import { pdfText } from "../factories/pdf";
import { fileBirthRegistration } from "./journeys";
import { signInAs } from "./sign-in";

test.describe.configure({ timeout: 150_000 });

async function staff(browser: Browser, login: string, path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, login, { from: path });
  return page;
}

/** Trần Thị Bình files a birth registration; her page and the dossier's code. */
async function citizenFiles(browser: Browser): Promise<{ citizen: Page; code: string }> {
  const citizen = await (await browser.newContext()).newPage();
  await signInAs(citizen, "079192005678");
  return { citizen, code: await fileBirthRegistration(citizen) };
}

/** Võ Thị Hạnh receives the dossier at the desk; her page on it. */
async function received(browser: Browser, code: string): Promise<Page> {
  const clerk = await staff(browser, "079187003333", `/clerk/ho-so/${code}`);
  await clerk.getByRole("button", { name: "Tiếp nhận hồ sơ" }).click();
  await expect(clerk.getByTestId("staff-dossier-status")).toHaveText("Được tiếp nhận");
  return clerk;
}

/** Đỗ Thị Lan takes the appraisal; her page on the dossier. */
async function appraisalTaken(browser: Browser, code: string): Promise<Page> {
  const specialist = await staff(browser, "079183001111", `/clerk/ho-so/${code}`);
  await specialist.getByRole("button", { name: "Nhận xử lý bước này" }).click();
  return specialist;
}

test(
  "received, appraised, handed to the leader, approved and signed: the citizen gets a result " + "anyone can verify",
  async ({ browser }) => {
    // The whole life of one dossier, its correction included, by five people.
    test.setTimeout(240_000);
    const { citizen, code } = await citizenFiles(browser);
    const dossierPath = `/clerk/ho-so/${code}`;
    const clerk = await received(browser, code);

    // The leader has an account (signed in once), so the specialist can hand over to him by name.
    const leader = await staff(browser, "079075005555", "/clerk");
    const specialist = await staff(browser, "079183001111", "/clerk/cong-viec");
    await specialist.getByRole("link", { name: code }).click();
    // Back leads where she came from, a page she may open (not the reception queue).
    await expect(specialist.getByTestId("staff-back")).toHaveText("Hồ sơ cần xử lý");
    await expect(specialist.getByTestId("staff-back")).toHaveAttribute("href", "/clerk/cong-viec");
    await expect(specialist.getByTestId("workflow-assignee")).toHaveText("Chưa có người nhận");
    await specialist.getByRole("button", { name: "Nhận xử lý bước này" }).click();
    await expect(specialist.getByTestId("workflow-assignee")).toHaveText("Đỗ Thị Lan");
    await expect(specialist.getByTestId("staff-dossier-status")).toHaveText("Đang xử lý");
    await expectNoAxeViolations(specialist);
    // The leader's queue shows who holds the dossier, and filters on that person.
    await leader.goto("/clerk/cong-viec");
    await leader.getByLabel("Mã hồ sơ hoặc tên người nộp").fill(code);
    await leader.getByLabel("Người xử lý").selectOption({ label: "Đỗ Thị Lan" });
    await leader.getByRole("button", { name: "Lọc", exact: true }).click();
    await expect(leader.getByTestId("work-row")).toHaveCount(1);
    await expect(leader.getByTestId("work-row")).toContainText("Đỗ Thị Lan");
    await expect(leader.getByLabel("Mã hồ sơ hoặc tên người nộp")).toHaveValue(code);
    await expectNoAxeViolations(leader);
    // The appraisal goes with the hand-over: without it nothing moves, and what was typed stays.
    await specialist.getByLabel("Kết quả thẩm định").fill("Hồ sơ đầy đủ, giấy chứng sinh hợp lệ.");
    await specialist.getByLabel("Chuyển cho").selectOption({ label: "Bùi Văn Long" });
    await specialist.getByRole("button", { name: "Ghi kết quả thẩm định và chuyển phê duyệt" }).click();
    await expect(specialist.getByRole("alert", { name: "Có lỗi cần sửa" })).toContainText(
      "Chọn đề xuất: giải quyết hoặc không giải quyết.",
    );
    await expect(specialist.getByLabel("Kết quả thẩm định")).toHaveValue("Hồ sơ đầy đủ, giấy chứng sinh hợp lệ.");
    await expectNoAxeViolations(specialist);
    await specialist.getByRole("radio", { name: "Đề xuất giải quyết" }).check();
    await specialist.getByLabel("Chuyển cho").selectOption({ label: "Bùi Văn Long" });
    await specialist.getByRole("button", { name: "Ghi kết quả thẩm định và chuyển phê duyệt" }).click();
    await expect(specialist.getByTestId("workflow-step")).toHaveText("Phê duyệt, ký kết quả");
    await expect(specialist.getByTestId("workflow-assignee")).toHaveText("Bùi Văn Long");
    // The applicant sees who holds the dossier now.
    await citizen.reload();
    await expect(citizen.getByTestId("dossier-holder")).toHaveText(
      "Người đang xử lý: Bùi Văn Long (phê duyệt, ký kết quả).",
    );

    await leader.goto(dossierPath);
    // The leader who decides reads the appraisal.
    await expect(leader.getByTestId("appraisal-proposal")).toHaveText("Đề xuất giải quyết");
    await expect(leader.getByTestId("appraisal-findings")).toHaveText("Hồ sơ đầy đủ, giấy chứng sinh hợp lệ.");
    await leader
      .getByTestId("appraisal")
      .screenshot({ path: test.info().outputPath("appraisal-the-leader-reads.png") });
    await expectNoAxeViolations(leader);
    // Before signing, the leader reads the exact document approving issues, unsigned, in a new tab.
    await expect(leader.getByRole("group", { name: "Nội dung kết quả" })).toBeVisible();
    await leader.getByLabel(/Số định danh cá nhân của trẻ/).fill("079326009999");
    // The PDF as the server sent it (the browser's viewer shows it in the new tab).
    const previews: Buffer[] = [];
    await leader.context().route("**/xem-truoc-ket-qua", async (route) => {
      const response = await route.fetch();
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("application/pdf");
      previews.push(await response.body());
      await route.fulfill({ response });
    });
    const [tab] = await Promise.all([
      leader.waitForEvent("popup"),
      leader.getByRole("button", { name: "Xem trước kết quả (PDF, mở thẻ mới)" }).click(),
    ]);
    await expect.poll(() => previews.length).toBe(1);
    await tab.close();
    const previewText = await pdfText(new Uint8Array(previews[0]!));
    for (const line of ["GIẤY KHAI SINH", "TRẦN GIA HÂN", "079326009999", "BẢN XEM TRƯỚC", "Bùi Văn Long"])
      expect(previewText).toContain(line);
    await expect(leader.getByTestId("staff-dossier-status")).toHaveText("Đang xử lý");
    await leader.getByRole("button", { name: "Phê duyệt và ký số kết quả" }).click();
    // The leader signs with the code the signing service sends (shown on screen in demo mode).
    await expect(leader.getByRole("status")).toContainText("Đã lập văn bản để ký");
    await expect(leader.getByRole("heading", { name: "Ký số quyết định" })).toBeVisible();
    await expectNoAxeViolations(leader);
    const code6 = (await leader.getByTestId("demo-otp").textContent())!;
    // What cannot be a code is refused without using a try; a wrong code is counted.
    await leader.getByLabel("Mã xác nhận (6 chữ số)").fill("12ab");
    await leader.getByRole("button", { name: "Ký và ban hành" }).click();
    await expect(leader.getByRole("alert", { name: "Có lỗi cần sửa" })).toContainText("Nhập đủ 6 chữ số");
    await leader.getByLabel("Mã xác nhận (6 chữ số)").fill(code6 === "000000" ? "111111" : "000000");
    await leader.getByRole("button", { name: "Ký và ban hành" }).click();
    await expect(leader.getByRole("alert", { name: "Có lỗi cần sửa" })).toContainText(
      "Mã xác nhận không đúng. Còn 4 lần thử.",
    );
    await expect(leader.getByTestId("staff-dossier-status")).toHaveText("Đang xử lý");
    await leader.getByLabel("Mã xác nhận (6 chữ số)").fill(code6);
    await leader.getByLabel("Mã xác nhận (6 chữ số)").press("Enter");
    await expect(leader.getByRole("status")).toContainText("Đã ký số và ban hành kết quả");
    await expect(leader.getByTestId("staff-dossier-status")).toHaveText("Đã xử lý xong");
    // The notice is said once: a later reload does not announce it again.
    await expect(leader).not.toHaveURL(/done=/);
    await leader.reload();
    await expect(leader.getByText("Đã ký số và ban hành kết quả")).toHaveCount(0);

    await citizen.reload();
    await expect(citizen.getByTestId("dossier-status")).toHaveText("Đã xử lý xong");
    await expect(citizen.getByRole("heading", { level: 1 })).toHaveText("Hồ sơ của bạn");
    const history = citizen.getByTestId("dossier-history");
    // Each step with the person, their agency, and whether the step it ended kept its allotted time.
    const ward = "\\(Ủy ban nhân dân Phường Sài Gòn\\)";
    for (const step of [
      `Tiếp nhận – Võ Thị Hạnh ${ward} – (xong trước hạn|đúng hạn)`,
      `Nhận xử lý – Đỗ Thị Lan ${ward}`,
      `Chuyển bước – Đỗ Thị Lan ${ward} → Bùi Văn Long – (xong trước hạn|đúng hạn)`,
      `Ban hành kết quả – Bùi Văn Long ${ward} – (xong trước hạn|đúng hạn)`,
    ]) {
      await expect(history).toContainText(new RegExp(step));
    }
    // The documents she gave, downloadable, and the messages about the dossier.
    await expect(citizen.getByTestId("dossier-documents")).toContainText("giay-chung-sinh.pdf");
    await expect(citizen.getByTestId("dossier-messages")).toContainText("tiếp nhận");
    const results = citizen.getByRole("region", { name: "Kết quả giải quyết" });
    await expect(results).toContainText(`${code}-KQ1`);
    const download = await results.locator("a[download]").getAttribute("href");
    const pdf = await citizen.request.get(download!);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
    // The birth certificate names the child, with what the leader approved, and no preview mark.
    const issuedText = await pdfText(new Uint8Array(await pdf.body()));
    for (const line of ["GIẤY KHAI SINH", "TRẦN GIA HÂN", "079326009999", "TM. ỦY BAN NHÂN DÂN", "Bùi Văn Long"])
      expect(issuedText).toContain(line);
    expect(issuedText).not.toContain("BẢN XEM TRƯỚC");
    await expectNoAxeViolations(citizen);

    // Anyone with the QR code's address, signed in or not, sees the result is valid.
    const stranger = await (await browser.newContext()).newPage();
    await stranger.goto(`/tra-cuu-ket-qua/${code}-KQ1`);
    await expect(stranger.getByTestId("result-verdict")).toHaveText(
      "Kết quả hợp lệ: văn bản do cơ quan ký số, nội dung không bị thay đổi.",
    );
    // The holder only in part, enough to match the paper (issue 19, finding 6).
    // A birth certificate is the child's: the page names her, in part.
    await expect(stranger.getByTestId("result-holder")).toHaveText("T*** G** Hân");
    await expect(stranger.locator("main")).not.toContainText("Trần Gia Hân");
    await expectNoAxeViolations(stranger);

    // Returned by post: the address is required and comes back with the choice kept when missing.
    await clerk.reload();
    const address = clerk.getByLabel("Địa chỉ nhận kết quả (khi gửi qua bưu chính)");
    // Prefilled with the address the applicant already gave the state.
    await expect(address).toHaveValue("12 Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí Minh");
    await clerk.getByRole("radio", { name: "Qua bưu chính" }).check();
    await address.fill("");
    await clerk.getByRole("button", { name: "Xác nhận đã trả kết quả" }).click();
    await expect(clerk.getByRole("alert", { name: "Có lỗi cần sửa" })).toContainText(
      "Ghi địa chỉ gửi kết quả qua bưu chính",
    );
    await expect(clerk.getByRole("radio", { name: "Qua bưu chính" })).toBeChecked();
    await expectNoAxeViolations(clerk);
    await address.fill("45 Nguyễn Huệ, phường Sài Gòn, Thành phố Hồ Chí Minh");
    await clerk.getByLabel("Số vận đơn (nếu có)").fill("EMS123456789VN");
    await clerk.getByRole("button", { name: "Xác nhận đã trả kết quả" }).click();
    await expect(clerk.getByTestId("staff-dossier-status")).toHaveText("Đã trả kết quả");
    await citizen.goto("/tai-khoan");
    await expect(citizen.getByRole("region", { name: "Thông báo" })).toContainText(
      "qua bưu chính; địa chỉ nhận và số vận đơn có trên trang hồ sơ",
    );
    await citizen.goto(`/ho-so/${code}/xac-nhan`);
    await expect(citizen.getByTestId("dossier-delivery")).toHaveText(
      "Kết quả đã được gửi qua bưu chính đến: 45 Nguyễn Huệ, phường Sài Gòn, Thành phố Hồ Chí Minh. Số vận đơn: " +
        "EMS123456789VN.",
    );

    // She rates the service (every criterion is needed) and complains; the desk answers.
    await citizen.goto(`/ho-so/${code}/xac-nhan`);
    const rating = citizen.getByRole("region", { name: "Đánh giá mức độ hài lòng" });
    await rating
      .getByRole("group", { name: "Hướng dẫn, tiếp nhận hồ sơ" })
      .getByRole("radio", { name: "Rất hài lòng" })
      .check();
    await rating.getByRole("button", { name: "Gửi đánh giá" }).click();
    await expect(citizen.getByRole("alert", { name: "Có lỗi cần sửa" })).toContainText(
      "Chọn mức hài lòng cho “Thái độ, ứng xử của cán bộ”.",
    );
    await expect(
      rating.getByRole("group", { name: "Hướng dẫn, tiếp nhận hồ sơ" }).getByRole("radio", { name: "Rất hài lòng" }),
    ).toBeChecked();
    await expectNoAxeViolations(citizen);
    for (const criterion of [
      "Thái độ, ứng xử của cán bộ",
      "Thời gian giải quyết",
      "Kết quả đúng quy định",
      "Phí, lệ phí đúng quy định, không phát sinh chi phí khác",
    ]) {
      await rating
        .getByRole("group", { name: criterion })
        .getByRole("radio", { name: "Hài lòng", exact: true })
        .check();
    }
    await rating.getByLabel("Ý kiến thêm (không bắt buộc)").fill("Cán bộ hướng dẫn tận tình.");
    await rating.getByRole("button", { name: "Gửi đánh giá" }).click();
    await expect(rating.getByText("Cảm ơn bạn đã đánh giá.")).toBeVisible();
    await expect(rating.getByTestId("rating-given")).toContainText("Thời gian giải quyếtHài lòng");
    await rating.getByRole("link", { name: "Gửi phản ánh, kiến nghị về hồ sơ này" }).click();
    await expect(
      citizen.getByRole("heading", { name: `Về hồ sơ ${code} – gửi đến Ủy ban nhân dân Phường Sài Gòn` }),
    ).toBeVisible();
    await citizen.getByLabel("Tiêu đề").fill("Thời gian chờ tại bộ phận một cửa");
    await citizen
      .getByLabel("Nội dung phản ánh, kiến nghị")
      .fill("Đề nghị bố trí thêm ghế chờ cho người dân tại bộ phận một cửa.");
    await citizen.getByRole("button", { name: "Gửi phản ánh" }).click();
    await expect(citizen.getByRole("status")).toContainText("Đã gửi phản ánh.");
    await expect(citizen.getByTestId("my-feedback")).toContainText("Đang chờ trả lời");
    await expectNoAxeViolations(citizen);

    await clerk.goto("/clerk/phan-anh");
    const complaint = clerk.getByRole("region", { name: "Thời gian chờ tại bộ phận một cửa" });
    await expect(complaint).toContainText(code);
    await expectNoAxeViolations(clerk);
    await complaint
      .getByLabel("Nội dung trả lời")
      .fill("Ủy ban đã bổ sung 20 ghế chờ từ tuần này. Cảm ơn chị đã góp ý.");
    await complaint.getByRole("button", { name: "Gửi trả lời" }).click();
    await expect(clerk.getByRole("status")).toContainText("Đã gửi trả lời");
    await citizen.reload();
    await expect(citizen.getByTestId("my-feedback")).toContainText("Ủy ban đã bổ sung 20 ghế chờ từ tuần này.");
    // The header counts what she has not read yet.
    await expect(citizen.getByTestId("unread-count")).toHaveText(/^\d+ thông báo chưa đọc$/);

    // A correction: the leader replaces the certificate; the old one is revoked and names its replacement.
    await leader.goto(dossierPath);
    const correction = leader.getByRole("form", { name: "Đính chính, thay thế kết quả" });
    await correction.getByRole("button", { name: "Lập văn bản thay thế để ký" }).click();
    await expect(leader.getByRole("alert", { name: "Có lỗi cần sửa" })).toContainText("Nêu lý do thay thế kết quả");
    await correction.getByLabel("Lý do đính chính").fill("Ghi đúng số định danh cá nhân của trẻ đã được cấp.");
    await correction.getByLabel("Theo đề nghị của người được cấp").check();
    await correction.getByLabel(/Số định danh cá nhân của trẻ/).fill("079326001111");
    await expectNoAxeViolations(leader);
    await correction.getByRole("button", { name: "Lập văn bản thay thế để ký" }).click();
    await leader.getByLabel("Mã xác nhận (6 chữ số)").fill((await leader.getByTestId("demo-otp").textContent())!);
    await leader.getByRole("button", { name: "Ký và ban hành" }).click();
    await expect(leader.getByRole("status")).toContainText("Đã ký số và ban hành kết quả");
    await expect(leader.getByRole("region", { name: "Kết quả", exact: true })).toContainText(
      `đã bị thay thế bằng ${code}-KQ2, không còn giá trị`,
    );
    await stranger.goto(`/tra-cuu-ket-qua/${code}-KQ1`);
    await expect(stranger.getByTestId("result-verdict")).toContainText("Kết quả đã bị thu hồi");
    await stranger
      .getByTestId("result-replaced-by")
      .getByRole("link", { name: `${code}-KQ2` })
      .click();
    await expect(stranger.getByTestId("result-verdict")).toHaveText(
      "Kết quả hợp lệ: văn bản do cơ quan ký số, nội dung không bị thay đổi.",
    );
    await expect(stranger.getByTestId("result-replaces")).toContainText(`${code}-KQ1`);
    await citizen.goto(`/ho-so/${code}/xac-nhan`);
    await expect(citizen.getByRole("region", { name: "Kết quả giải quyết" })).toContainText(
      "đã được thay thế, không còn giá trị",
    );
  },
);

test("a citizen withdraws a dossier, confirming it first", async ({ browser }) => {
  const { citizen, code } = await citizenFiles(browser);
  await citizen.locator("summary", { hasText: "Rút hồ sơ" }).click();
  await citizen.getByLabel("Lý do (không bắt buộc)").fill("Nộp nhầm phường.");
  await citizen.getByRole("button", { name: "Rút hồ sơ" }).click();
  await expect(citizen.locator("#withdraw-confirm-error")).toHaveText("Đánh dấu ô xác nhận để rút hồ sơ.");
  await expect(citizen.getByLabel("Lý do (không bắt buộc)")).toHaveValue("Nộp nhầm phường.");
  await expectNoAxeViolations(citizen);
  // Meanwhile the desk receives it: confirmed on the page as it was, the withdrawal is refused and says so.
  await received(browser, code);
  await citizen.getByRole("checkbox", { name: "Tôi xác nhận rút hồ sơ này" }).check();
  await citizen.getByRole("button", { name: "Rút hồ sơ" }).click();
  await expect(
    citizen.getByRole("alert").filter({ hasText: "vừa được người khác xử lý hoặc đã thay đổi trạng thái" }),
  ).toBeVisible();
  await expect(citizen.getByTestId("dossier-status")).toHaveText("Được tiếp nhận");
  await expectNoAxeViolations(citizen);
  await citizen.locator("summary", { hasText: "Rút hồ sơ" }).click();
  await citizen.getByRole("checkbox", { name: "Tôi xác nhận rút hồ sơ này" }).check();
  await citizen.getByRole("button", { name: "Rút hồ sơ" }).click();
  await expect(citizen.getByTestId("dossier-status")).toHaveText("Công dân yêu cầu rút hồ sơ");
  await expect(citizen.getByTestId("dossier-history")).toContainText("Người nộp rút hồ sơ – Trần Thị Bình");
  await expect(citizen.getByRole("button", { name: "Rút hồ sơ" })).toHaveCount(0);
});

test(
  "the specialist consults another agency, which answers; an unanswered question past its deadline is escalated " +
    "to leaders",
  async ({ browser }) => {
    test.setTimeout(120_000);
    const { code } = await citizenFiles(browser);
    await received(browser, code);
    const specialist = await appraisalTaken(browser, code);

    const ask = async (question: string) => {
      await specialist.getByLabel("Cơ quan được hỏi").selectOption({ label: "Sở Tư pháp" });
      await specialist.getByLabel("Nội dung cần lấy ý kiến").fill(question);
      await specialist.getByLabel("Thời hạn trả lời (ngày làm việc)").fill("2");
      await specialist.getByRole("button", { name: "Gửi lấy ý kiến" }).click();
      // The question itself, not only the message: after a reload the previous message may still show.
      await expect(specialist.getByTestId("consultations")).toContainText(question);
      await expect(specialist.getByRole("status")).toContainText("Đã gửi lấy ý kiến");
    };
    await ask("Đề nghị Sở cho ý kiến về việc ghi quốc tịch của người mẹ.");
    await expectNoAxeViolations(specialist);

    const justice = await staff(browser, "079082004444", "/clerk/lay-y-kien");
    const question = justice.getByRole("region", { name: `Hồ sơ ${code}` });
    await expect(question).toContainText("ghi quốc tịch của người mẹ");
    await expectNoAxeViolations(justice);
    await question.getByLabel("Ý kiến trả lời").fill("Ghi quốc tịch Việt Nam theo giấy tờ tùy thân của người mẹ.");
    await question.getByRole("button", { name: "Gửi trả lời" }).click();
    await expect(justice.getByRole("status")).toContainText("Đã gửi ý kiến trả lời");

    await specialist.reload();
    await expect(specialist.getByTestId("consultations")).toContainText("Ghi quốc tịch Việt Nam theo giấy tờ tùy thân");
    await expect(specialist.getByRole("region", { name: "Quá trình xử lý" })).toContainText(
      "Cơ quan được hỏi trả lời – Đặng Văn Khoa",
    );

    // A second question goes unanswered past its deadline: the job escalates it.
    await ask("Đề nghị Sở xác minh thêm thông tin hộ tịch của người mẹ.");
    const database = new pg.Client({ connectionString: readE2eState().databaseUrl });
    await database.connect();
    const aged = await database.query(
      `UPDATE "Consultation" SET "dueAt" = now() - interval '1 minute' WHERE "answeredAt" IS NULL AND "dossierId" = ` +
        `(SELECT id FROM "Dossier" WHERE code = $1)`,
      [code],
    );
    expect(aged.rowCount).toBe(1);
    await database.end();
    // Ask the portal's job queue to run the escalation now rather than at its five-minute tick
    // (again on each try: the queue keeps at most one such job waiting, so a request may merge with one in flight).
    const boss = new PgBoss({
      connectionString: readE2eState().databaseUrl,
      max: 1,
      supervise: false,
      schedule: false,
      migrate: false,
    });
    await boss.start();
    const leader = await staff(browser, "079075005555", "/clerk");
    await expect(async () => {
      await boss.send("consultations-escalate", {});
      await leader.reload();
      await expect(leader.getByTestId("escalated")).toContainText(code, { timeout: 3000 });
    }).toPass({ timeout: 60_000, intervals: [2_000, 5_000] });
    await boss.stop({ graceful: false, wait: false });
    await expectNoAxeViolations(leader);
  },
);

test(
  "a payment asked for during processing is paid online and processing resumes; the leader apologises with a " +
    "new date the citizen sees",
  async ({ browser }) => {
    // The whole life of one dossier, its correction included, by five people.
    test.setTimeout(240_000);
    const { citizen, code } = await citizenFiles(browser);
    const dossierPath = `/clerk/ho-so/${code}`;
    await received(browser, code);
    const specialist = await appraisalTaken(browser, code);

    await specialist.getByLabel("Khoản thu").fill("Lệ phí đăng ký khai sinh quá hạn");
    await specialist.getByLabel("Số tiền (đồng)").fill("8000");
    await specialist.getByRole("button", { name: "Gửi yêu cầu nộp tiền" }).click();
    await expect(specialist.getByTestId("staff-dossier-status")).toHaveText("Yêu cầu thực hiện nghĩa vụ tài chính");
    await expect(specialist.getByTestId("dossier-clock")).toContainText(
      "Đang tạm dừng: hồ sơ chờ người nộp bổ sung hoặc nộp tiền",
    );

    // Waiting for the citizen: first on "my dossiers", its clock paused.
    await citizen.goto("/tai-khoan");
    const waiting = citizen.getByTestId("dossiers-waiting");
    await expect(waiting).toContainText(code);
    await expect(waiting.getByTestId("dossier-clock")).toContainText("Đang tạm dừng");
    await expectNoAxeViolations(citizen);
    await citizen.goto(`/ho-so/${code}/xac-nhan`);
    await expect(citizen.getByTestId("dossier-status")).toHaveText("Yêu cầu thực hiện nghĩa vụ tài chính");
    await citizen.getByRole("button", { name: "Thanh toán trực tuyến" }).click();
    await expect(citizen.getByTestId("gateway-amount")).toHaveText("8.000 đồng");
    await citizen.getByRole("button", { name: "Thanh toán", exact: true }).click();
    await expect(citizen.getByRole("status").filter({ hasText: "Thanh toán thành công" })).toBeVisible();
    await expect(citizen.getByTestId("dossier-status")).toHaveText("Đang xử lý");
    await expect(citizen.getByTestId("receipts")).toContainText(`Đã nộp 8.000 đồng – biên lai số ${code}-BL1.`);
    const receipt = await citizen.request.get(
      (await citizen.getByRole("link", { name: `Tải biên lai (PDF) ${code}-BL1` }).getAttribute("href"))!,
    );
    expect((await receipt.body()).subarray(0, 5).toString()).toBe("%PDF-");

    // The appointment is still a week away (arranged here), so the apology is allowed.
    const database = new pg.Client({ connectionString: readE2eState().databaseUrl });
    await database.connect();
    await database.query(`UPDATE "Dossier" SET "appointmentAt" = now() + interval '7 days' WHERE code = $1`, [code]);
    await database.end();
    const newDate = new Date(Date.now() + 30 * 24 * 3600_000).toISOString().slice(0, 10);
    const leader = await staff(browser, "079075005555", dossierPath);
    await leader.getByLabel("Lý do chậm").fill("Chờ kết quả xác minh thông tin hộ tịch của người mẹ.");
    await leader.getByLabel("Ngày hẹn mới").fill(newDate);
    await leader.getByRole("button", { name: "Ký và gửi phiếu xin lỗi" }).click();
    await expect(leader.getByRole("status")).toContainText("Đã gửi Phiếu xin lỗi và hẹn lại ngày trả kết quả.");
    await expect(leader.getByRole("button", { name: "Ký và gửi phiếu xin lỗi" })).toHaveCount(0);
    await expectNoAxeViolations(leader);

    await citizen.reload();
    const [year, month, day] = newDate.split("-");
    await expect(citizen.getByTestId("appointment")).toContainText(`Hẹn trả kết quả: 17:00 ${day}/${month}/${year}`);
    await expect(citizen.getByTestId("dossier-clock")).toContainText("Cơ quan đã xin lỗi và hẹn lại ngày trả kết quả.");
    await expect(citizen.getByTestId("dossier-clock")).toContainText(
      /Đã dùng [\d,]+\/[\d,]+ ngày làm việc, còn [\d,]+ ngày\./,
    );
    const slips = citizen.getByRole("region", { name: "Phiếu của hồ sơ" });
    await expect(slips).toContainText("Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04)");
    await expect(slips).toContainText("có chữ ký số của cơ quan");
    const letter = await citizen.request.get((await slips.getByRole("link", { name: /Mẫu 04/ }).getAttribute("href"))!);
    expect((await letter.body()).subarray(0, 5).toString()).toBe("%PDF-");
    await expectNoAxeViolations(citizen);
  },
);
