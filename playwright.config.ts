import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Playwright cannot download its own browsers on these machines: use the system Chromium.
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  throw new Error(
    `No Chromium at ${chromium}. Install it with: apt-get update && apt-get install -y chromium ` +
      "(or set CHROMIUM_PATH to another Chromium or Chrome binary).",
  );
}

const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: [["list"]],
  timeout: 60_000,
  use: {
    // localhost, as in PUBLIC_URL: sign-in cookies are bound to the host name.
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, testIgnore: /outage\.spec\.ts/ },
    // The outage instance shares the e2e database and its job queue, and cuts its own way to
    // them: run alone, after the rest, so that no other test's job is claimed by a runner
    // about to lose its database (a deadline alert was lost that way when the two overlapped).
    {
      name: "outage",
      use: { ...devices["Desktop Chrome"] },
      testMatch: /outage\.spec\.ts/,
      dependencies: ["chromium"],
    },
  ],
  webServer: {
    // One node process (no npx wrapper), so the shutdown signal reaches the server directly.
    command: "node --import tsx tests/setup/e2e-server.ts",
    url: `http://localhost:${PORT}/`,
    env: { E2E_PORT: String(PORT) },
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
