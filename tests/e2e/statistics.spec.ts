import { expect, test, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { figureCells } from "@/lib/statistics/format";
import { readE2eState } from "../setup/e2e-state";
import { expectNoAxeViolations } from "./axe";
import { actForDemoOrganisation, fileBirthRegistration, fileHouseholdBusiness } from "./journeys";
import { signInAs } from "./sign-in";

test.describe.configure({ timeout: 150_000 });

async function signedIn(browser: Browser, login: string, from?: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, login, { from });
  return page;
}

test(
  "a business sees every dossier filed for it, by its legal representative and by the holder of " + "its mandate",
  async ({ browser }) => {
    const representative = await signedIn(browser, "079085002468");
    await actForDemoOrganisation(representative);
    const first = await fileHouseholdBusiness(representative, "Hộ kinh doanh Cơm tấm Ba Đức");
    const mandated = await signedIn(browser, "079198009999");
    await actForDemoOrganisation(mandated);
    const second = await fileHouseholdBusiness(mandated, "Hộ kinh doanh Trà sữa Oanh");

    await mandated.goto("/tai-khoan");
    await mandated.getByRole("link", { name: "Mọi hồ sơ của tổ chức, do mọi người đại diện nộp" }).click();
    await expect(mandated.getByRole("heading", { level: 1 })).toHaveText("Hồ sơ của Công ty TNHH Sài Gòn Xanh");
    const row = (code: string) => mandated.getByTestId("organisation-dossier").filter({ hasText: code });
    await expect(row(first).getByTestId("filer")).toHaveText("Hoàng Minh Đức");
    await expect(row(second).getByTestId("filer")).toHaveText("Huỳnh Thị Oanh");
    await expect(row(first)).toContainText("Đăng ký thành lập hộ kinh doanh");
    await expectNoAxeViolations(mandated);
    // Filtered by who filed, kept in the form.
    const filer = await mandated
      .getByLabel("Người nộp")
      .locator("option", { hasText: "Hoàng Minh Đức" })
      .getAttribute("value");
    await mandated.getByLabel("Người nộp").selectOption(filer!);
    await mandated.getByRole("button", { name: "Lọc", exact: true }).click();
    await expect(row(first)).toHaveCount(1);
    await expect(row(second)).toHaveCount(0);
    await expect(mandated.getByLabel("Người nộp")).toHaveValue(filer!);
    // At 360 px the list and its filters still fit.
    await mandated.setViewportSize({ width: 360, height: 800 });
    expect(await mandated.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoAxeViolations(mandated);
  },
);

test(
  "the public statistics show charts and a table with the open-data API's figures, and say what is wrong with a " +
    "bad period",
  async ({ browser, page, request }) => {
    // At least one dossier this year: counted within seconds of being filed.
    await fileBirthRegistration(await signedIn(browser, "079192005678"));
    await page.goto("/");
    await page.getByRole("link", { name: "Thống kê" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thống kê giải quyết thủ tục hành chính");
    await page.getByLabel("Xem theo").selectOption("procedure");
    await page.getByRole("button", { name: "Xem số liệu" }).click();
    await expect(async () => {
      await page.reload();
      await expect(page.getByTestId("statistics-table").locator('tr[data-key="dang-ky-khai-sinh"]')).toBeVisible({
        timeout: 1000,
      });
    }).toPass({ timeout: 30_000 });
    await expect(page.getByRole("figure", { name: /Tỷ lệ giải quyết đúng hạn theo thủ tục/ })).toBeVisible();
    await expect(page.getByRole("figure", { name: /Số hồ sơ tiếp nhận theo thủ tục/ })).toBeVisible();
    await expectNoAxeViolations(page);

    // The page's table and the API for the same period: the same figures (dossiers filed by
    // other tests may be counted in between, so both are read again until they agree).
    const query = new URL(page.url()).searchParams;
    await expect(async () => {
      await page.reload();
      const shown = await page.getByTestId("statistics-table").locator("tfoot td").allTextContents();
      const api = await (await request.get(`/api/open-data/v1/statistics?${query}`)).json();
      expect(shown).toEqual(figureCells(api.total, "vi"));
      for (const r of api.rows) {
        expect(
          await page.getByTestId("statistics-table").locator(`tr[data-key="${r.key}"] td`).allTextContents(),
        ).toEqual(figureCells(r, "vi"));
      }
    }).toPass({ timeout: 30_000 });

    // At 360 px the charts and the page fit; the table scrolls within its own region.
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 1280, height: 800 });

    // A date that does not exist: said next to the field and in the summary, what was typed kept.
    await page.goto("/thong-ke?from=2026-02-30&to=2026-03-31");
    await expect(page.getByRole("alert", { name: "Chưa xem được số liệu" })).toContainText(
      "Ngày bắt đầu phải có dạng NNNN-TT-NN",
    );
    await expect(page.locator("#from-error")).toBeVisible();
    await expectNoAxeViolations(page);
    const bad = await request.get("/api/open-data/v1/statistics?from=2026-02-30");
    expect(bad.status()).toBe(400);
    expect((await bad.json()).errors[0]).toMatchObject({ parameter: "from" });
    const openapi = await request.get("/api/open-data/v1/openapi.json");
    expect((await openapi.json()).openapi).toBe("3.1.0");
  },
);

test(
  "a leader drills down from the city to an overdue dossier and the officer holding it; an inspector reads the " +
    "same, read only",
  async ({ browser }) => {
    const citizen = await signedIn(browser, "079192005678");
    const code = await fileBirthRegistration(citizen);
    const clerk = await signedIn(browser, "079187003333", `/clerk/ho-so/${code}`);
    await clerk.getByRole("button", { name: "Tiếp nhận hồ sơ" }).click();
    await expect(clerk.getByTestId("staff-dossier-status")).toHaveText("Được tiếp nhận");
    const specialist = await signedIn(browser, "079183001111", `/clerk/ho-so/${code}`);
    await specialist.getByRole("button", { name: "Nhận xử lý bước này" }).click();
    await expect(specialist.getByTestId("workflow-assignee")).toHaveText("Đỗ Thị Lan");
    // Time passes: the appointment is now two days behind.
    const client = new pg.Client({ connectionString: readE2eState().databaseUrl });
    await client.connect();
    try {
      const aged = await client.query(
        `UPDATE "Dossier" SET "appointmentAt" = now() - interval '2 days' WHERE code = $1`,
        [code],
      );
      expect(aged.rowCount).toBe(1);
    } finally {
      await client.end();
    }

    const leader = await signedIn(browser, "079075005555", "/clerk");
    await leader.getByRole("link", { name: "Bảng điều hành chỉ số phục vụ" }).click();
    await expect(leader.getByRole("heading", { level: 1 })).toHaveText(
      "Bảng điều hành chỉ số phục vụ người dân, doanh nghiệp",
    );
    await expect(leader.getByTestId("index-total")).toHaveText(/\/100 điểm$/);
    await expect(leader.getByTestId("index-table")).toContainText("Tiến độ, kết quả giải quyết");
    await expectNoAxeViolations(leader);
    // City (his agencies) → agency → procedure → the dossier.
    await leader.getByTestId("drill-down").getByRole("link", { name: "Ủy ban nhân dân Phường Sài Gòn" }).click();
    await expect(leader.getByTestId("dashboard-scope")).toHaveText("Ủy ban nhân dân Phường Sài Gòn");
    await leader.getByTestId("drill-down").getByRole("link", { name: "Đăng ký khai sinh" }).click();
    await expect(leader.getByTestId("dashboard-scope")).toHaveText("Đăng ký khai sinh");
    const overdue = leader.getByTestId("overdue-row").filter({ hasText: code });
    await expect(overdue.getByTestId("overdue-holder")).toHaveText("Đỗ Thị Lan");
    await expect(overdue).toContainText("Thẩm định");
    await expectNoAxeViolations(leader);
    await overdue.getByRole("link", { name: code }).click();
    await expect(leader.getByTestId("workflow-assignee")).toHaveText("Đỗ Thị Lan");

    // Another agency's page is not there for him.
    const other = await leader.goto("/clerk/thong-ke?agency=ubnd-phuong-ben-thanh");
    expect(other?.status()).toBe(404);

    const inspector = await signedIn(browser, "079070008888", "/clerk/thong-ke?agency=ubnd-phuong-sai-gon");
    await expect(inspector.getByTestId("read-only")).toContainText("Chế độ chỉ xem");
    await expect(
      inspector.getByTestId("overdue-row").filter({ hasText: code }).getByTestId("overdue-holder"),
    ).toHaveText("Đỗ Thị Lan");
    await inspector.setViewportSize({ width: 360, height: 800 });
    expect(await inspector.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoAxeViolations(inspector);
  },
);
