import { expect, test, type Page } from "@playwright/test";
import { pdfText } from "../factories/pdf";
import { fileBirthRegistration } from "./journeys";
import { PORTAL_ORIGIN, signInAs } from "./sign-in";

test.describe.configure({ timeout: 150_000 });

// Markup that would run script if any page put it into the document as HTML.
const PLACE = `<img src=x onerror="window.__xss=1">Bệnh viện "Từ Dũ"`;
const HOMETOWN = `</textarea><script>window.__xss=2</script>`;
const SUBJECT = `<svg onload="window.__xss=3">Chờ lâu`;
const BODY = `<iframe src="javascript:window.__xss=4"></iframe> Đề nghị trả lời sớm về hồ sơ này.`;

/** The payloads are on the page as the text the citizen typed, and nothing of them ran or became an element. */
async function shownAsText(page: Page, texts: string[]) {
  for (const text of texts) await expect(page.getByText(text, { exact: false }).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator("main img[src='x'], main svg[onload], main iframe, main script:not([nonce])").count()).toBe(
    0,
  );
}

test(
  "script and HTML typed into a dossier and a complaint are shown as text to citizen and staff, " + "and in the PDF",
  async ({ browser }) => {
    const citizen = await (await browser.newContext()).newPage();
    const dialogs: string[] = [];
    citizen.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await signInAs(citizen, "079192005678");
    const code = await fileBirthRegistration(citizen, { birthPlace: PLACE, hometown: HOMETOWN });
    // Her dossier page lists documents and history, not the answers: nothing ran there either.
    await citizen.goto(`/ho-so/${code}/xac-nhan`);
    await shownAsText(citizen, [code]);

    const copy = await citizen.request.get(`/api/dossiers/${code}/ban-sao`);
    expect(copy.headers()["content-type"]).toBe("application/pdf");
    const text = (await pdfText(new Uint8Array(await copy.body()))).replace(/\s+/g, "");
    for (const payload of [PLACE, HOMETOWN]) expect(text).toContain(payload.replace(/\s+/g, ""));

    await citizen.goto(`/phan-anh?ho-so=${code}`);
    await citizen.getByLabel("Tiêu đề").fill(SUBJECT);
    await citizen.getByLabel("Nội dung phản ánh, kiến nghị").fill(BODY);
    await citizen.getByRole("button", { name: "Gửi phản ánh" }).click();
    await expect(citizen.getByRole("status")).toContainText("Đã gửi phản ánh.");
    await shownAsText(citizen, [SUBJECT]);

    const clerk = await (await browser.newContext()).newPage();
    clerk.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await signInAs(clerk, "079187003333", { from: `/clerk/ho-so/${code}` });
    await shownAsText(clerk, [PLACE, HOMETOWN]);
    await clerk.goto("/clerk/phan-anh");
    await shownAsText(clerk, [SUBJECT, BODY]);
    expect(dialogs).toEqual([]);
  },
);

test("injection strings in searches and the public lookup get ordinary answers", async ({ page }) => {
  for (const q of ["' OR 1=1 --", "%_\\", "<script>alert(1)</script>", '\'; DROP TABLE "Dossier"; --']) {
    const response = await page.goto(`/thu-tuc?q=${encodeURIComponent(q)}`);
    expect(response?.status(), q).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Kết quả cho “${q}”`);
    await expect(page.getByRole("searchbox").first()).toHaveValue(q);
  }
  await page.goto("/tra-cuu-ho-so");
  await page.getByLabel("Mã hồ sơ").fill("' OR '1'='1");
  await page.getByLabel(/4 chữ số cuối/).fill("1' --");
  await page.getByRole("button", { name: "Tra cứu" }).click();
  await expect(page.getByRole("alert").first()).toBeVisible();
  expect(await page.content()).not.toMatch(/PrismaClient|at \w+ \(|stack/i);
});

test("paths that try to leave their folder, callbacks to other sites, bodies that are not forms or too large", async ({
  page,
}) => {
  // Headers larger than the server reads (16 KB) are refused before the portal sees them.
  const bigHeaders = await page.request.get("/", { headers: { "x-padding": "a".repeat(32 * 1024) } });
  expect(bigHeaders.status()).toBe(431);
  await signInAs(page, "079192005678");
  for (const path of [
    "/api/documents/..%2F..%2F..%2Fetc%2Fpasswd",
    "/api/documents/%2e%2e%2f.env",
    "/api/phieu/..%2F..%2Fpackage.json",
    "/api/dossiers/..%2F..%2F/ban-sao",
  ]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).not.toContain("root:");
  }
  // A sign-in that asks to go to another site lands on the portal.
  await page.goto("/dang-nhap?callbackUrl=https%3A%2F%2Fevil.example%2F&next=%2F%2Fevil.example");
  expect(new URL(page.url()).origin).toBe(PORTAL_ORIGIN);

  const origin = { origin: PORTAL_ORIGIN };
  const asJson = await page.request.post("/api/documents", { data: { file: "x" }, headers: origin });
  expect(asJson.status()).toBe(415);
  expect((await asJson.json()).error.vi).toBe("Yêu cầu không đúng định dạng biểu mẫu.");
  const huge = await page.request.post("/api/documents", {
    multipart: { file: { name: "lon.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(11 * 1024 * 1024, 0x25) } },
    headers: origin,
  });
  expect(huge.status()).toBe(413);
  expect((await huge.json()).error.vi).toBe("Nội dung gửi lên quá lớn (tối đa 10 MB).");
  // An HTML page or an SVG named as a PDF is refused for what it is.
  // So is a polyglot: a real PDF header with a page inside.
  for (const [name, content] of [
    ["thu.pdf", "<html><script>alert(1)</script></html>"],
    ["anh.png", "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>"],
    ["lai.pdf", "%PDF-1.4\n<html><body><script>alert(1)</script></body></html>\n%%EOF"],
  ] as const) {
    const upload = await page.request.post("/api/documents", {
      multipart: { file: { name, mimeType: "application/pdf", buffer: Buffer.from(content) } },
      headers: origin,
    });
    expect(upload.status(), name).toBe(400);
    expect((await upload.json()).error.vi, name).toBe("Chỉ nhận tệp PDF, JPEG hoặc PNG (nội dung tệp không khớp).");
  }
});

test(
  "finding 2 (issue 19): bodies larger than the webhook or Auth.js can need are refused from their length, and " +
    "the portal goes on answering",
  async ({ request }) => {
    const webhook = await request.post("/api/payments/notify", {
      data: `{"x":"${"a".repeat(1024 * 1024)}"}`,
      headers: { "content-type": "application/json" },
    });
    expect(webhook.status()).toBe(413);
    const auth = await request.post("/api/auth/signout", { form: { csrfToken: "a".repeat(64 * 1024) } });
    expect(auth.status()).toBe(413);
    expect((await request.get("/")).status()).toBe(200);
  },
);

test("low (issue 19): a path that looks like a file name is a page with the page's security policy", async ({
  request,
}) => {
  for (const path of ["/tai-khoan.json", "/en/x.pdf", "/thu-tuc/dang-ky-khai-sinh.php"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()["content-security-policy"], path).toMatch(/script-src [^;]*'nonce-[A-Za-z0-9+/=_-]+'/);
  }
  // The files of public/ keep theirs, which allows nothing.
  expect((await request.get("/robots.txt")).headers()["content-security-policy"]).toContain("default-src 'none'");
});
