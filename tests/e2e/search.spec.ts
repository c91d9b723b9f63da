import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

async function searchFor(page: Page, query: string) {
  await page.getByRole("searchbox", { name: "Tìm thủ tục" }).fill(query);
  await page.getByRole("button", { name: "Tìm kiếm" }).click();
}

const results = (page: Page) => page.getByRole("region", { name: /thủ tục$/ }).getByRole("heading", { level: 3 });

for (const query of ["Đăng ký khai sinh", "khai sinh", "Khai Sinh", "dang ky khai sinh"]) {
  test(`searching "${query}" finds birth registration first`, async ({ page }) => {
    await page.goto("/");
    await searchFor(page, query);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Kết quả cho “${query}”`);
    await expect(results(page).first()).toHaveText("Đăng ký khai sinh");
    await expect(page.getByRole("searchbox", { name: "Tìm thủ tục" })).toHaveValue(query);
  });
}

test("search results pass axe and say when nothing matches", async ({ page }) => {
  await page.goto("/thu-tuc?q=khai+sinh");
  await expectNoAxeViolations(page);
  await page.goto("/thu-tuc?q=zzzzqqq");
  await expect(page.getByText("Không tìm thấy thủ tục phù hợp.")).toBeVisible();
  await expectNoAxeViolations(page);
});

/** Submits the filter form, a plain GET form, and waits until the page it leads to has loaded. */
async function applyFilter(page: Page, label: string, param: string, value: string) {
  const filters = page.getByRole("form", { name: "Bộ lọc" });
  await filters.getByLabel(label).selectOption(value);
  await filters.getByRole("button", { name: "Áp dụng" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]${param}=${value}(&|$)`));
  // The new document streams in: read the list only once it has loaded.
  await page.waitForLoadState("load");
}

/** The tags under each result, read from a fully loaded page; never an empty list. */
async function resultTags(page: Page, selector = "main li p") {
  const texts = await page.locator(selector).allTextContents();
  expect(texts.length).toBeGreaterThan(0);
  return texts;
}

test("each filter narrows the list and keeps the search words", async ({ page }) => {
  await page.goto("/thu-tuc?q=dang+ky");
  await applyFilter(page, "Lĩnh vực", "field", "ho-tich");
  await expect(page).toHaveURL(/q=dang\+ky/);
  for (const text of await resultTags(page)) expect(text).toContain("Hộ tịch");

  await page.goto("/thu-tuc");
  await applyFilter(page, "Cấp giải quyết", "level", "CITY");
  for (const text of await resultTags(page)) expect(text).toContain("Cấp Thành phố");

  await page.goto("/thu-tuc");
  await applyFilter(page, "Cơ quan", "agency", "cong-an-thanh-pho");
  await expect(results(page)).toContainText(["Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam"]);
  await expect(results(page).filter({ hasText: "Đăng ký khai sinh" })).toHaveCount(0);

  await page.goto("/thu-tuc");
  await applyFilter(page, "Mức độ dịch vụ", "service", "PARTIAL_ONLINE");
  expect(new Set(await resultTags(page, "main li p span:first-child"))).toEqual(new Set(["Một phần"]));
  await expectNoAxeViolations(page);
});

test("pagination moves through the whole catalogue", async ({ page }) => {
  await page.goto("/thu-tuc");
  await expect(page.getByText("Trang 1 / 3")).toBeVisible();
  const firstPage = await results(page).allTextContents();
  await page.getByRole("link", { name: /Trang sau/ }).click();
  await expect(page.getByText("Trang 2 / 3")).toBeVisible();
  expect(await results(page).allTextContents()).not.toEqual(firstPage);
});

test("bad input gets a sensible page, never a server error", async ({ page }) => {
  const huge = await page.goto(`/thu-tuc?q=${"a".repeat(10_000)}`);
  expect(huge?.status()).toBe(200);
  await expect(page.getByText("Không tìm thấy thủ tục phù hợp.")).toBeVisible();

  const malformed = await page.goto("/thu-tuc?q=%27%3B%20DROP%20TABLE%20x%3B--&page=abc&level=DISTRICT");
  expect(malformed?.status()).toBe(200);

  const unknownFilter = await page.goto("/thu-tuc?field=khong-co&agency=..%2F..%2Fetc");
  expect(unknownFilter?.status()).toBe(200);
  await expect(page.getByRole("status")).toContainText("Bộ lọc không hợp lệ đã được bỏ qua.");

  const farPage = await page.goto("/thu-tuc?page=9999");
  expect(farPage?.status()).toBe(200);
  await expect(page.getByRole("status")).toContainText("đang hiển thị trang cuối");
  await expect(page.getByText("Trang 3 / 3")).toBeVisible();

  const unknownSlug = await page.goto("/thu-tuc/khong-co-thu-tuc-nay");
  expect(unknownSlug?.status()).toBe(404);
  const weirdSlug = await page.goto("/thu-tuc/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
  expect(weirdSlug?.status()).toBe(404);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("search, filters and the procedure page still work", async ({ page }) => {
    await page.goto("/");
    await searchFor(page, "tam tru");
    await expect(results(page).first()).toHaveText("Đăng ký tạm trú");
    await page.getByRole("form", { name: "Bộ lọc" }).getByLabel("Mức độ dịch vụ").selectOption("FULL_ONLINE");
    await page.getByRole("button", { name: "Áp dụng" }).click();
    await expect(page).toHaveURL(/service=FULL_ONLINE/);
    await results(page).first().getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1, name: "Đăng ký tạm trú" })).toBeVisible();
  });
});
