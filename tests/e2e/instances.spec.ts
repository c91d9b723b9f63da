import { spawn, type ChildProcess } from "node:child_process";
import { expect, test, type Browser } from "@playwright/test";
import pg from "pg";
import PgBoss from "pg-boss";
import { readE2eState } from "../setup/e2e-state";
import { fileBirthRegistration } from "./journeys";
import { signInAs } from "./sign-in";

// Two portal instances against one database, as behind a load balancer: the e2e server
// (A) and a second one started here (B) with its own web process and job runner.
const B = `http://localhost:${Number(process.env.E2E_PORT ?? 3100) + 1}`;
let second: ChildProcess;

test.describe.configure({ mode: "serial", timeout: 150_000 });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  second = spawn(process.execPath, ["--import", "tsx", "tests/setup/second-instance.ts"], {
    env: { ...process.env, SECOND_PORT: new URL(B).port, VNEID_ATTEMPTS_PER_MINUTE: "1000", TRUSTED_PROXIES: "1" },
    stdio: "inherit",
  });
  await expect(async () => expect((await fetch(`${B}/robots.txt`)).status).toBe(200)).toPass({
    timeout: 100_000,
    intervals: [1000],
  });
});

test.afterAll(async () => {
  second.kill("SIGTERM");
  await new Promise((resolve) => second.once("exit", resolve));
});

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: readE2eState().databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Signed in through instance A (the identity provider knows A's address); a page on A and one on B with the same
 * cookies. */
async function signedInOnBoth(browser: Browser) {
  const onA = await (await browser.newContext()).newPage();
  await signInAs(onA, "079192005678");
  const onB = await (
    await browser.newContext({ baseURL: B, storageState: await onA.context().storageState() })
  ).newPage();
  return { onA, onB };
}

test(
  "a session made on one instance is valid on the other, and dossiers filed through each get unique, " +
    "consecutive codes",
  async ({ browser }) => {
    const { onA, onB } = await signedInOnBoth(browser);
    const codeA = await fileBirthRegistration(onA);
    await onB.goto("/tai-khoan");
    await expect(onB.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(onB.locator("body")).toContainText("Trần Thị Bình");
    const codeB = await fileBirthRegistration(onB);
    expect(codeB).not.toBe(codeA);
    // Every code the agency issued today, through either instance (and other tests): 1, 2, 3… with no gap and no
    // repeat.
    const prefix = codeA.slice(0, codeA.lastIndexOf("-") + 1);
    const numbers = (
      await query<{ code: string }>(`SELECT code FROM "Dossier" WHERE code LIKE $1 ORDER BY code`, [`${prefix}%`])
    ).map((r) => Number(r.code.slice(prefix.length)));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    expect(numbers).toContain(Number(codeB.slice(prefix.length)));
  },
);

test("a background job runs once, whichever instance's schedule fires it", async ({ browser }) => {
  // Both job runners are connected.
  await expect(async () => {
    const [runners] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'mot-cua-so-outbox'`,
    );
    expect(runners!.n).toBeGreaterThanOrEqual(2);
  }).toPass({ timeout: 30_000 });
  const { onB } = await signedInOnBoth(browser);
  const code = await fileBirthRegistration(onB);
  // Received, due within the next working day: the deadline alert is due.
  await query(
    `UPDATE "Dossier" SET status = 2, "receivedAt" = now(), "appointmentAt" = now() + interval '1 hour' WHERE code = ` +
      `$1`,
    [code],
  );
  const boss = new PgBoss({ connectionString: readE2eState().databaseUrl, max: 1 });
  await boss.start();
  try {
    // Each instance's schedule fires, twice over.
    for (let i = 0; i < 4; i++) await boss.send("deadlines-alert", {});
  } finally {
    await boss.stop({ graceful: false });
  }
  await expect(async () => {
    const [alerts] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "DossierEvent" e JOIN "Dossier" d ON d.id = e."dossierId" WHERE d.code = $1 ` +
        `AND e.type = 'deadline.alerted'`,
      [code],
    );
    expect(alerts!.n).toBe(1);
  }).toPass({ timeout: 60_000, intervals: [1000] });
  // And stays one once every job sent has been worked.
  await expect(async () => {
    const [waiting] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'deadlines-alert' AND state IN ('created', 'retry', ` +
        `'active')`,
    );
    expect(waiting!.n).toBe(0);
  }).toPass({ timeout: 60_000, intervals: [1000] });
  const [alerts] = await query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "DossierEvent" e JOIN "Dossier" d ON d.id = e."dossierId" WHERE d.code = $1 AND ` +
      `e.type = 'deadline.alerted'`,
    [code],
  );
  expect(alerts!.n).toBe(1);
});

test("the public lookup's limit holds across both instances", async ({ browser, baseURL }) => {
  // One address (as the load balancer reports it), alternating between the instances.
  const address = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": address } });
  const page = await context.newPage();
  let attempt = 0;
  const lookUp = async (origin: string) => {
    await page.goto(`${origin}/tra-cuu-ho-so`);
    // A different (unknown) code each time: the per-code limit is not the one under test.
    await page.getByLabel("Mã hồ sơ").fill(`01.98.H29-991231-${String(9000 + attempt++)}`);
    await page.getByLabel("4 chữ số cuối của số định danh cá nhân hoặc số điện thoại").fill("0000");
    await page.getByRole("button", { name: "Tra cứu" }).click();
    return page.getByRole("alert", { name: "Chưa tra cứu được" }).textContent();
  };
  for (let i = 0; i < 10; i++) expect(await lookUp(i % 2 === 0 ? baseURL! : B)).toContain("Không tìm thấy hồ sơ");
  expect(await lookUp(B)).toContain("Bạn đã tra cứu quá nhiều lần");
  expect(await lookUp(baseURL!)).toContain("Bạn đã tra cứu quá nhiều lần");
});
