import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { signInAs } from "./sign-in";

test("a citizen downloads all the data the portal holds about them; no one else can", async ({ page, request }) => {
  await signInAs(page, "079192005678", { from: "/tai-khoan" });
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải về toàn bộ dữ liệu của tôi (tệp JSON)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^du-lieu-ca-nhan-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(await readFile((await download.path())!, "utf8"));
  expect(data.account).toMatchObject({ fullName: "Trần Thị Bình", idNumber: "079192005678" });
  expect(Array.isArray(data.dossiers) && Array.isArray(data.dataStore) && Array.isArray(data.accessLog)).toBe(true);
  // Without a session there is nothing to download.
  const anonymous = await request.get("/api/account/data-export");
  expect(anonymous.status()).toBe(401);
  expect(anonymous.headers()["cache-control"]).toBe("private, no-store");
});
