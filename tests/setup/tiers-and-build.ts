// `npm test`'s middle step: the unit and integration tiers at the commit's instant, and,
// at the same time, the production build the browser tests serve. The tiers keep one core
// busy (their files take turns on one database) while the build uses what is left, which
// saves the build's minutes from the suite's 20-minute budget. The browser tests' server
// then finds the build up to date (scripts/runtime/build.ts).
import { spawn } from "node:child_process";
import { ensureBuild } from "@/scripts/runtime/build";

async function main(): Promise<number> {
  const tiers = new Promise<number>((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "tests/time-travel/run.ts", "--by-commit"], {
      stdio: "inherit",
    });
    child.on("exit", (code) => resolve(code ?? 1));
    child.on("error", () => resolve(1));
  });
  const build = ensureBuild().then(
    () => 0,
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      return 1;
    },
  );
  const [tiersCode, buildCode] = await Promise.all([tiers, build]);
  return tiersCode || buildCode;
}

void main().then((code) => process.exit(code));
