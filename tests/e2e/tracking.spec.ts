import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { fileBirthRegistration } from "./journeys";
import { signInAs } from "./sign-in";

const FACTOR = "4 chữ số cuối của số định danh cá nhân hoặc số điện thoại";

async function lookUp(page: Page, code: string, factor: string) {
  await page.getByLabel("Mã hồ sơ").fill(code);
  await page.getByLabel(FACTOR).fill(factor);
  await page.getByRole("button", { name: "Tra cứu" }).click();
}

test(
  "anyone with the code and the applicant's last four digits can follow a dossier, without JavaScript too, and " +
    "learns nothing else",
  async ({ browser }) => {
    test.setTimeout(90_000);
    const citizen = await (await browser.newContext()).newPage();
    await signInAs(citizen, "079192005678");
    const code = await fileBirthRegistration(citizen);

    const stranger = await (await browser.newContext()).newPage();
    await stranger.goto("/");
    await stranger.getByRole("link", { name: "Tra cứu hồ sơ" }).click();
    await expect(stranger.getByRole("heading", { level: 1 })).toHaveText("Tra cứu tình trạng hồ sơ");
    await expectNoAxeViolations(stranger);

    // A wrong second factor: the same answer as a wrong code, and the code stays typed.
    await lookUp(stranger, code, "0000");
    await expect(stranger.getByRole("alert", { name: "Chưa tra cứu được" })).toContainText(
      "Không tìm thấy hồ sơ với mã và thông tin xác minh này.",
    );
    await expect(stranger.getByLabel("Mã hồ sơ")).toHaveValue(code);
    await expectNoAxeViolations(stranger);

    // The last four digits of the phone she gave (0903987654).
    await lookUp(stranger, code, "7654");
    const result = stranger.getByRole("region", { name: `Hồ sơ ${code}` });
    await expect(result.getByTestId("lookup-status")).toHaveText("Mới đăng ký");
    await expect(result).toContainText("Đăng ký khai sinh");
    await expect(result).toContainText("Ủy ban nhân dân Phường Sài Gòn");
    await expect(result.getByTestId("lookup-history")).toContainText("Nộp hồ sơ – Người nộp hồ sơ");
    for (const personal of ["Trần Thị Bình", "Trần Gia Hân", "079192005678", "0903987654"])
      await expect(stranger.locator("body")).not.toContainText(personal);
    await expectNoAxeViolations(stranger);
    await stranger.getByRole("button", { name: "Kết thúc tra cứu" }).click();
    await expect(stranger.getByRole("region", { name: `Hồ sơ ${code}` })).toHaveCount(0);
    // Right at the first try, from a clean page, the result shows too.
    await lookUp(stranger, code, "5678");
    await expect(stranger.getByRole("region", { name: `Hồ sơ ${code}` }).getByTestId("lookup-status")).toHaveText(
      "Mới đăng ký",
    );

    // The same without JavaScript, with the last four digits of her ID number.
    const plain = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await plain.goto("/tra-cuu-ho-so");
    await lookUp(plain, code, "5678");
    await expect(plain.getByRole("region", { name: `Hồ sơ ${code}` }).getByTestId("lookup-status")).toHaveText(
      "Mới đăng ký",
    );
  },
);
