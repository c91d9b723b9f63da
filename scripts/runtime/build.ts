// Builds the production bundle when the sources changed since the last build, so that
// `npm start` is fast on the second run and never serves a stale build.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { say } from "@/scripts/runtime/log";

const SOURCE_DIRS = ["app", "components", "lib", "public"];
const SOURCE_FILES = [
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
  "proxy.ts",
  "prisma/schema.prisma",
];
const STAMP = path.join(".next", "source-hash");

async function listFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/** A hash of every file that goes into the build. */
export async function sourceHash(): Promise<string> {
  const files = [
    ...(await Promise.all(SOURCE_DIRS.map(listFiles))).flat(),
    ...SOURCE_FILES.filter((f) => existsSync(f)),
  ].sort();
  const hash = createHash("sha256");
  for (const file of files)
    hash
      .update(file)
      .update("\0")
      .update(await readFile(file))
      .update("\0");
  return hash.digest("hex");
}

/** `signal` ends the process with SIGTERM when aborted. */
export function runNext(
  args: string[],
  extraEnv: Record<string, string> = {},
  output: "inherit" | "pipe" = "inherit",
  signal?: AbortSignal,
) {
  return spawn(process.execPath, [require.resolve("next/dist/bin/next"), ...args], {
    stdio: ["inherit", output, output],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...extraEnv },
    signal,
  });
}

/** Runs `next build` unless the last build was made from the same sources; `signal` stops a build under way. */
export async function ensureBuild(signal?: AbortSignal): Promise<void> {
  const hash = await sourceHash();
  const previous = await readFile(STAMP, "utf8").catch(() => "");
  if (previous === hash && existsSync(path.join(".next", "BUILD_ID"))) {
    say("production build is up to date");
    return;
  }
  say("building the production bundle (first run or sources changed)…");
  const code = await new Promise<number | null>((resolve) => {
    const build = runNext(["build"], { NODE_ENV: "production" }, "inherit", signal);
    build.on("exit", resolve);
    // A stop (the abort) or a failure to run at all: no build.
    build.on("error", () => resolve(null));
  });
  if (code !== 0) throw new Error(`next build failed (exit ${code})`);
  await writeFile(STAMP, hash);
}
