// The time-travel run (issue 28): the unit and integration tiers with the whole process
// tree's clock started at an instant where the working-day clock breaks if it is wrong
// (tests/factories/instants.ts). Debian's faketime moves Node, the embedded PostgreSQL and
// the stand-ins together; the clock keeps moving from the instant, so exact boundaries
// (14:59 against 15:01) are the tests' own business, with the injected clock.
//
//   npm run test:time-travel                 every instant, one after the other
//   npm run test:time-travel -- --by-commit  the one instant the current commit picks (CI)
//   npm run test:time-travel -- saturdayNoon the named ones
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { INSTANTS } from "@/tests/factories/instant-list";

type InstantName = keyof typeof INSTANTS;

const NAMES = Object.keys(INSTANTS) as InstantName[];
const VITEST = path.join(process.cwd(), "node_modules", ".bin", "vitest");

function faketimeBinary(): string {
  const found = spawnSync("sh", ["-c", "command -v faketime"], { encoding: "utf8" }).stdout.trim();
  if (!found) {
    console.error("test:time-travel needs Debian's faketime: apt-get install -y faketime");
    process.exit(1);
  }
  // A result's signatures are checked as a relying party would, with poppler's pdfsig and an NSS database.
  for (const [command, pkg] of [
    ["pdfsig", "poppler-utils"],
    ["certutil", "libnss3-tools"],
  ])
    if (!spawnSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" }).stdout.trim()) {
      console.error(`the integration tests need Debian's ${pkg} (${command}): apt-get install -y ${pkg}`);
      process.exit(1);
    }
  return found;
}

/** The instant this commit covers: the commit's hash picks one, so successive runs cover them all. */
function instantOfCommit(): InstantName {
  try {
    const head = execFileSync("git", ["rev-parse", "HEAD"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    return NAMES[Number.parseInt(head.slice(0, 8), 16) % NAMES.length]!;
  } catch {
    return NAMES[0]!;
  }
}

/** faketime's "start at" form, in UTC (the machine's zone), e.g. "@2026-12-06 17:30:00". */
function startAt(name: InstantName): string {
  return `@${new Date(INSTANTS[name]).toISOString().slice(0, 19).replace("T", " ")}`;
}

type Counts = { passed: number; failed: number };

function runTier(faketime: string, name: InstantName, tier: "unit" | "integration"): Counts & { ok: boolean } {
  const folder = mkdtempSync(path.join(os.tmpdir(), "motcuaso-time-travel-"));
  const report = path.join(folder, "report.json");
  try {
    const run = spawnSync(
      faketime,
      [
        "-f",
        startAt(name),
        VITEST,
        "run",
        "--project",
        tier,
        "--reporter=default",
        "--reporter=json",
        `--outputFile.json=${report}`,
      ],
      {
        stdio: "inherit",
        // FAKETIME_DONT_RESET: processes the tree starts later (PostgreSQL, the stand-ins)
        // continue the tree's fake time instead of starting again at the instant.
        env: { ...process.env, FAKETIME_DONT_RESET: "1" },
      },
    );
    if (!existsSync(report)) return { ok: false, passed: 0, failed: 1 };
    const json = JSON.parse(readFileSync(report, "utf8")) as { numPassedTests: number; numFailedTests: number };
    return { ok: run.status === 0, passed: json.numPassedTests, failed: json.numFailedTests };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function main() {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== "--by-commit" && !NAMES.includes(a as InstantName));
  if (unknown.length > 0) {
    console.error(`unknown instant ${unknown.join(", ")}; known: ${NAMES.join(", ")}`);
    process.exit(2);
  }
  const chosen = args.includes("--by-commit") ? [instantOfCommit()] : args.length > 0 ? (args as InstantName[]) : NAMES;
  const faketime = faketimeBinary();
  const lines: string[] = [];
  let ok = true;
  const total: Counts = { passed: 0, failed: 0 };
  for (const name of chosen) {
    const unit = runTier(faketime, name, "unit");
    const integration = runTier(faketime, name, "integration");
    ok &&= unit.ok && integration.ok;
    total.passed += unit.passed + integration.passed;
    total.failed += unit.failed + integration.failed;
    lines.push(
      `${name} (${INSTANTS[name]}): unit ${unit.passed} passed, ${unit.failed} failed; integration ` +
        `${integration.passed} passed, ${integration.failed} failed`,
    );
  }
  console.log(`\nTime-travel run, ${chosen.length} instant${chosen.length === 1 ? "" : "s"}:`);
  for (const line of lines) console.log(`  ${line}`);
  console.log(`time-travel: ${total.passed} passed, ${total.failed} failed`);
  process.exit(ok && total.failed === 0 ? 0 : 1);
}

main();
