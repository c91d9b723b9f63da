import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

for (const path of [
  "/",
  "/thu-tuc?q=giay+phep",
  "/thu-tuc/cap-phieu-ly-lich-tu-phap",
  "/en/thu-tuc/dang-ky-thuong-tru",
]) {
  test(`${path} fits a 360 px phone without sideways scrolling`, async ({ page }) => {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole("heading", { level: 1 })).toBeInViewport();
    await expectNoAxeViolations(page);
  });
}
