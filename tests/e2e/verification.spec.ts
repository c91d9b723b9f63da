// The public verification page (/tra-cuu-ket-qua/<code>) is limited per client address: result
// codes are sequential, so guessing them must be slow (issue 19, finding 6). The journey of a
// real result's verification is in processing.spec.ts.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

test("guessing result codes from one address is stopped, with when to try again, in both languages", async ({
  browser,
}) => {
  // X-Forwarded-For as a proxy in front passes it on: the right end is the address it saw (a free
  // one, so no other test shares its count), the left whatever the client claims. The e2e server
  // has no proxy; Next.js passes the header on as written (see auth.spec.ts).
  const address = `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `10.1.2.3, ${address}` } });
  const page = await context.newPage();
  // Unknown codes are not found, and count all the same (20 in ten minutes).
  for (let i = 0; i < 20; i++)
    expect((await page.request.get(`/tra-cuu-ket-qua/38.98.H29-261207-${String(9000 + i)}-KQ1`)).status()).toBe(404);
  await page.goto("/tra-cuu-ket-qua/38.98.H29-261207-9100-KQ1");
  await expect(page.locator("main").getByRole("alert")).toHaveText(
    /^Địa chỉ mạng của bạn đã tra cứu kết quả quá nhiều lần\. Vui lòng thử lại sau \d+ phút\.$/,
  );
  await expectNoAxeViolations(page);
  await page.goto("/en/tra-cuu-ket-qua/38.98.H29-261207-9101-KQ1");
  await expect(page.locator("main").getByRole("alert")).toHaveText(
    /^Too many results have been verified from your network address\. Please try again in \d+ minutes?\.$/,
  );
  await context.close();
});

test("a result number typed from the paper leads to its verification page, without JavaScript too", async ({
  browser,
}) => {
  const address = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
  const headers = { "x-forwarded-for": `10.1.2.3, ${address}` };
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled, extraHTTPHeaders: headers });
    const page = await context.newPage();
    await page.goto("/");
    await page.getByRole("link", { name: "Kiểm tra kết quả điện tử (văn bản có mã QR)" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tra cứu kết quả giải quyết thủ tục hành chính");
    // What cannot be a number is said beside the field, with what was typed.
    await page.getByLabel("Số kết quả").fill("KQ 1 <b>");
    await page.getByLabel("Số kết quả").press("Enter");
    await expect(page.getByRole("alert", { name: "Có lỗi cần sửa" })).toContainText("chỉ gồm chữ, số");
    await expect(page.getByLabel("Số kết quả")).toHaveValue("KQ 1 <b>");
    if (javaScriptEnabled) await expectNoAxeViolations(page);
    // A well-formed number goes to its page; one that was never issued is not found.
    // Typed in small letters with spaces around, it is the number printed on the paper.
    await page.getByLabel("Số kết quả").fill("  38.98.h29-261207-9999-kq1 ");
    const answer = page.waitForResponse((r) => r.url().includes("/tra-cuu-ket-qua/38.98.H29-261207-9999-KQ1"));
    await page.getByRole("button", { name: "Kiểm tra" }).click();
    expect((await answer).status()).toBe(404);
    await context.close();
  }
});
