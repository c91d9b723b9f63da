// The start command keeps the portal up (security finding 10 of issue 19: one SIGKILL of the
// web server used to end `npm start`, and the database with it). This case runs the real
// command, `tsx scripts/runtime/start.ts`, with a data folder and ports of its own, kills its web
// server with SIGKILL, and checks that the portal answers again within 30 s by itself while
// PostgreSQL's postmaster never changed; then that SIGTERM stops the command and leaves no
// port open and none of its processes running. Like `npm start`, the command first builds the
// production bundle when the sources changed since the last build (minutes).
// It runs as `node --import tsx scripts/runtime/start.ts`, not through the tsx CLI: that wrapper
// SIGKILLs its child when the child does not confirm a relayed SIGTERM within 30 ms, which on
// a busy machine it sometimes does not, and then everything the command started is orphaned.
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { say } from "@/scripts/runtime/log";
import { freePort } from "@/tests/setup/throwaway-database";

const RECOVERY_MS = 30_000;
// A fresh database (demo data) and, when the sources changed, a production build come first.
const FIRST_ANSWER_MS = 20 * 60_000;
const STOP_MS = 60_000;
// Configuration that would point the command at something other than its own stand-ins and database.
const OUTSIDE = [
  "DATABASE_URL",
  "TEST_DATABASE_URL",
  "PUBLIC_URL",
  "AUTH_URL",
  "VNEID_ISSUER",
  "PAYMENT_GATEWAY_URL",
  "SIGNING_SERVICE_URL",
  "SMTP_URL",
];
const PORT_NAMES = [
  "PORT",
  "VNEID_PORT",
  "PAYMENT_PORT",
  "SIGNING_PORT",
  "MAIL_SINK_PORT",
  "EMBEDDED_PG_PORT",
] as const;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for `test`, giving up after `timeoutMs` or as soon as `gone` says there is nothing left to wait for. */
async function until(
  test: () => Promise<boolean>,
  timeoutMs: number,
  gone: () => boolean = () => false,
): Promise<boolean> {
  const start = Date.now();
  while (!(await test().catch(() => false))) {
    if (Date.now() - start > timeoutMs || gone()) return false;
    await pause(250);
  }
  return true;
}

async function distinctFreePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
}

async function answers(port: number): Promise<boolean> {
  const response = await fetch(`http://127.0.0.1:${port}/`, { redirect: "manual", signal: AbortSignal.timeout(5_000) });
  return response.status < 500;
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1", () => {
      socket.destroy();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function commandLine(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim();
  } catch {
    return null;
  }
}

/** Every process below `root` (Linux's /proc), with its command line. */
function descendants(root: number): Map<number, string> {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while the list was read.
    }
  }
  const found = new Map<number, string>();
  const visit = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      const command = commandLine(child);
      if (command === null) continue;
      found.set(child, command);
      visit(child);
    }
  };
  visit(root);
  return found;
}

/** The Next.js server: `next start`, which renames itself "next-server". */
function webServerPid(root: number): number | null {
  for (const [pid, command] of descendants(root))
    if (command.startsWith("next-server") || /next\/dist\/bin\/next start/.test(command)) return pid;
  return null;
}

function postmasterPid(dataDir: string): number | null {
  try {
    return Number(readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);
  } catch {
    return null;
  }
}

function startCommand(dataDir: string, ports: number[]): { child: ChildProcess; output: () => string } {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  for (const name of OUTSIDE) delete env[name];
  PORT_NAMES.forEach((name, i) => (env[name] = String(ports[i])));
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/runtime/start.ts"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

/** Runs the case; returns the problems found (none: the start command kept the portal up). */
export async function checkStartCommand(): Promise<string[]> {
  const problems: string[] = [];
  const check = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  const began = Date.now();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "motcuaso-start-"));
  const ports = await distinctFreePorts(PORT_NAMES.length);
  const port = ports[0]!;
  const { child, output } = startCommand(dataDir, ports);
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  const seen = new Map<number, string>();
  const note = () => descendants(child.pid!).forEach((command, pid) => seen.set(pid, command));
  try {
    if (!(await until(() => answers(port), FIRST_ANSWER_MS, exited)))
      throw new Error(
        `the portal never answered${exited() ? ` (the command exited: ${child.exitCode ?? child.signalCode})` : ""}`,
      );
    const ready = Date.now();
    const postmaster = postmasterPid(dataDir);
    const web = webServerPid(child.pid!);
    if (!web || !postmaster) throw new Error(`found no ${web ? "postmaster" : "web server"} process`);
    note();
    process.kill(web, "SIGKILL");
    const killed = Date.now();
    const back = await until(
      async () => webServerPid(child.pid!) !== web && (await answers(port)),
      RECOVERY_MS,
      exited,
    );
    check(
      back,
      `the portal did not answer within ${RECOVERY_MS / 1000} s of its web server's ` +
        `SIGKILL${exited() ? ` (the start ` + `command exited: ${child.exitCode ?? child.signalCode})` : ""}`,
    );
    check(
      postmasterPid(dataDir) === postmaster && alive(postmaster),
      "PostgreSQL's postmaster stopped or changed while the web server was restarted",
    );
    if (back)
      say(
        `start command: portal answered ${Math.round((ready - began) / 1000)} s after start; again ` +
          `${((Date.now() - killed) / 1000).toFixed(1)} s ` +
          `after the web server's SIGKILL, same postmaster`,
      );
    note();
    const stopped = exited()
      ? Promise.resolve(true)
      : new Promise<boolean>((resolve) => child.once("exit", () => resolve(true)));
    child.kill("SIGTERM");
    check(
      await Promise.race([stopped, pause(STOP_MS).then(() => false)]),
      `the start command did not exit within ${STOP_MS / 1000} s of SIGTERM`,
    );
    check(/\bstopped\n/.test(output()), "the start command did not say it stopped");
    for (const [i, name] of PORT_NAMES.entries())
      check(!(await portOpen(ports[i]!)), `${name} (${ports[i]}) is still open after the start command exited`);
    for (const [pid, command] of seen)
      check(commandLine(pid) !== command, `process ${pid} (${command.slice(0, 60)}) outlived the start command`);
  } catch (error) {
    problems.push(`start command: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    // Whatever went wrong, nothing of this case outlives it (a process id seen earlier counts only while its command is
    // the same).
    note();
    if (!exited()) child.kill("SIGKILL");
    for (const [pid, command] of seen) if (commandLine(pid) === command) process.kill(pid, "SIGKILL");
    await rm(dataDir, { recursive: true, force: true });
  }
  if (problems.length > 0) say(`start command's last output:\n${output().split("\n").slice(-40).join("\n")}`);
  say(`start command case: ${Math.round((Date.now() - began) / 1000)} s`);
  return problems;
}
