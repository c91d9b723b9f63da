import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { PERSONAS } from "@/stand-ins/vneid/population";
import { readE2eState } from "../setup/e2e-state";
import { fileBirthRegistration } from "./journeys";
import { DEMO_PASSWORD, signInAs } from "./sign-in";

test.describe.configure({ timeout: 150_000 });

/** What would identify a person if it showed up in a log line. */
function personalData(): string[] {
  const values = PERSONAS.flatMap((p) => [p.idNumber, p.fullName, p.phone, p.email, p.permanentAddress.street]);
  return [...new Set(values.filter((v): v is string => Boolean(v))), "Trần Gia Hân"];
}

test("the portal's logs of a whole journey hold no personal data", async ({ browser }) => {
  // A failed sign-in, a filing with ID numbers and names typed in, reception by a clerk, a data export.
  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto("/dang-nhap");
  await stranger.getByRole("button", { name: "Đăng nhập bằng VNeID" }).click();
  await stranger.getByLabel("Số định danh cá nhân hoặc mã số doanh nghiệp").fill("079090001234");
  await stranger.getByLabel("Mật khẩu").fill(`${DEMO_PASSWORD}-wrong`);
  await stranger.getByRole("button", { name: "Tiếp tục" }).click();
  await expect(stranger.getByRole("alert")).toBeVisible();

  const citizen = await (await browser.newContext()).newPage();
  await signInAs(citizen, "079192005678");
  const code = await fileBirthRegistration(citizen);
  const exported = await citizen.request.get("/api/account/data-export");
  expect(exported.status()).toBe(200);

  const clerk = await (await browser.newContext()).newPage();
  await signInAs(clerk, "079187003333", { from: `/clerk/ho-so/${code}` });
  await clerk.getByRole("button", { name: "Tiếp nhận hồ sơ" }).click();
  await expect(clerk.getByTestId("staff-dossier-status")).toHaveText("Được tiếp nhận");
  // A page that does not exist and a malformed request are logged too, if at all.
  await citizen.goto("/ho-so/079192005678");
  await citizen.request.post("/api/drafts/079192005678", { data: { idNumber: "079192005678" } });

  // The jobs (mail, statistics) log into the same file.
  const log = await readFile(readE2eState().logFile, "utf8");
  expect(log).toContain("Next.js");
  const found = personalData().filter((value) => log.includes(value));
  expect(found).toEqual([]);
  // No twelve-digit ID number of anyone, demo persona or generated.
  expect(log.match(/\b0\d{11}\b/g) ?? []).toEqual([]);
});
