import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { e2eIdNumberHash, readE2eState } from "../setup/e2e-state";
import { fileBirthRegistration } from "./journeys";
import { PORTAL_ORIGIN, signInAs } from "./sign-in";

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

test("another person's dossier, draft and files are not found, page or download", async ({ browser }) => {
  // A filing and two sign-ins.
  test.setTimeout(120_000);
  const owner = await (await browser.newContext()).newPage();
  await signInAs(owner, "079192005678");
  const code = await fileBirthRegistration(owner);
  await owner.goto("/thu-tuc/dang-ky-khai-sinh/nop-ho-so");
  await owner.getByRole("button", { name: "Bắt đầu nộp hồ sơ mới" }).click();
  await owner.waitForURL(/\/ho-so-nhap\/[0-9a-f-]{36}\//);
  const draftId = /\/ho-so-nhap\/([0-9a-f-]{36})\//.exec(owner.url())?.[1];
  expect(draftId).toBeTruthy();
  const database = new pg.Client({ connectionString: readE2eState().databaseUrl });
  await database.connect();
  const { rows } = await database.query(
    `SELECT d.id FROM "StoredDocument" d JOIN "User" u ON u.id = d."ownerUserId" WHERE u."idNumberHash" = $1 ORDER ` +
      `BY d."createdAt" DESC LIMIT 1`,
    [await e2eIdNumberHash("079192005678")],
  );
  const documentId = rows[0].id as string;
  // The owner reaches each of them.
  expect((await owner.request.get(`/api/documents/${documentId}`)).status()).toBe(200);
  expect((await owner.request.get(`/api/dossiers/${code}/ban-sao`)).status()).toBe(200);
  expect((await owner.goto(`/ho-so/${code}/xac-nhan`))?.status()).toBe(200);
  expect((await owner.goto(`/ho-so-nhap/${draftId}/nguoi-yeu-cau`))?.status()).toBe(200);

  const other = await (await browser.newContext()).newPage();
  await signInAs(other, "079085002468");
  for (const path of [
    `/ho-so/${code}/xac-nhan`,
    `/ho-so-nhap/${draftId}/nguoi-yeu-cau`,
    `/ho-so-nhap/${draftId}/kiem-tra`,
  ]) {
    const response = await other.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(other.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");
  }
  for (const path of [
    `/api/documents/${documentId}`,
    `/api/dossiers/${code}/ban-sao`,
    `/api/dossiers/${code}/bien-lai`,
  ]) {
    expect((await other.request.get(path)).status(), path).toBe(404);
  }
  const overwrite = await other.request.post(`/api/drafts/${draftId}/nguoi-yeu-cau`, {
    form: { requesterName: "Kẻ Ghi Đè" },
    headers: { origin: PORTAL_ORIGIN },
  });
  expect(overwrite.status()).toBe(404);
  // Her draft is as she left it.
  const draft = await database.query(`SELECT values FROM "DossierDraft" WHERE id = $1`, [draftId]);
  await database.end();
  expect(JSON.stringify(draft.rows[0].values)).not.toContain("Kẻ Ghi Đè");
});
