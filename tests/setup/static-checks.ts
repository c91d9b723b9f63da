// `npm test`'s first step: the checks that run no code (types, lint, format, the dependency
// audit), two at a time on the two cores the suite has, each one's output printed whole when
// it ends. Every check runs even when another fails; the step fails if any does.
import { spawn } from "node:child_process";

const LANES = [
  ["test:types", "test:format"],
  ["test:lint", "test:audit"],
];

function run(script: string): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", script], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("close", (code) => {
      process.stdout.write(`${code === 0 ? "✓" : "✗"} npm run ${script}\n${output}`);
      resolve(code === 0);
    });
    child.on("error", () => resolve(false));
  });
}

async function lane(scripts: string[]): Promise<boolean> {
  let passed = true;
  for (const script of scripts) passed = (await run(script)) && passed;
  return passed;
}

void Promise.all(LANES.map(lane)).then((results) => process.exit(results.every(Boolean) ? 0 : 1));
