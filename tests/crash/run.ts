// `npm run test:crash`: the portal loses nothing when its processes die. An application
// process (tests/crash/worker.ts: the background jobs, and loops that submit, receive and
// decide dossiers) runs against a PostgreSQL of its own while this harness, several
// times, kills it with SIGKILL or kills the database server with SIGKILL (no shutdown,
// crash recovery on restart), then starts what it killed again. At the end the jobs run
// until the outbox is empty, and the harness checks: every acknowledged action is there
// and complete, nothing is half-written, dossier codes are unique and consecutive, every
// e-mail went out once, no job is left pending or failed, and every event chain verifies.
// Before that, the start command's case (start-command.ts): its web server killed, the
// portal answers again by itself. `npm run test:crash -- start` (or `-- data`) runs one case.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/db/embedded";
import { deployMigrations } from "@/lib/db/migrations";
import { createPrismaClient } from "@/lib/db/prisma";
import { verifyAllChains } from "@/lib/dossiers/events";
import { DOSSIER_STATUS } from "@/lib/dossiers/status";
import { messageIdOf } from "@/lib/notifications/mailer";
import { startSmtpSink } from "@/lib/notifications/smtp-sink";
import { say } from "@/scripts/runtime/log";
import { loadOrCreateSecrets, applyIdentityKeys } from "@/scripts/runtime/secrets";
import { checkStartCommand } from "@/tests/crash/start-command";
import { seedDatabase } from "@/prisma/seed";
import { startTestSigningService, TEST_SIGNING_CLIENT } from "@/tests/factories/stand-ins";
import { startTestVneid } from "@/tests/factories/vneid";
import { freePort } from "@/tests/setup/throwaway-database";

const CRASHES = Number(process.env.CRASHES ?? 8);
const problems: string[] = [];
const check = (ok: boolean, problem: string) => {
  if (!ok) problems.push(problem);
};
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(test: () => Promise<boolean>, what: string, timeoutMs: number) {
  const start = Date.now();
  while (!(await test().catch(() => false))) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await pause(250);
  }
}

async function checkNothingLost() {
  const started = Date.now();
  const problemsBefore = problems.length;
  const folder = await mkdtemp(path.join(os.tmpdir(), "motcuaso-crash-"));
  const pgDir = path.join(folder, "pg");
  const port = await freePort();
  const startDatabase = () => startEmbeddedPostgres({ dataDir: pgDir, port, database: "motcuaso_crash" });
  let database: EmbeddedDatabase = await startDatabase();
  const url = database.url;
  await deployMigrations(url);
  // The harness, the workers it starts (which inherit its environment) and the job runner seal with the same keys.
  applyIdentityKeys(await loadOrCreateSecrets(folder));
  const setup = createPrismaClient(url, 2);
  await seedDatabase(setup);
  await setup.$disconnect();

  // The stand-ins keep their keys in temporary folders: inside this run's folder, removed at the end.
  process.env.TMPDIR = folder;
  const vneid = await startTestVneid("http://127.0.0.1:9/callback");
  const signing = await startTestSigningService();
  const sink = await startSmtpSink(0, undefined, { acceptDelayMs: 20 });
  const env = {
    ...process.env,
    DATABASE_URL: url,
    DATA_DIR: path.join(folder, "data"),
    SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
    VNEID_ISSUER: vneid.issuer,
    SIGNING_SERVICE_URL: signing.url,
    SIGNING_CLIENT_ID: TEST_SIGNING_CLIENT.id,
    SIGNING_CLIENT_SECRET: TEST_SIGNING_CLIENT.secret,
    SUBMISSIONS_PER_HOUR: "100000",
    UPLOADS_PER_HOUR: "100000",
    PUBLIC_URL: "http://127.0.0.1:9",
    CRASH_CAST: path.join(folder, "cast.json"),
    CRASH_ACKS: path.join(folder, "acks.log"),
  };

  // The people: citizens with an e-mail address, and the ward's clerk, specialist and leader.
  process.env.DATABASE_URL = url;
  const { agencyIds, createPersonActor, createStaff } = await import("@/tests/factories/actors");
  const [saiGon] = await agencyIds("ubnd-phuong-sai-gon");
  const citizens = await Promise.all(
    Array.from({ length: 8 }, (_, i) =>
      createPersonActor({ name: `Người Nộp ${i + 1}`, identity: { contactEmail: `nguoi.nop.${i + 1}@example.vn` } }),
    ),
  );
  writeFileSync(
    env.CRASH_CAST,
    JSON.stringify({
      citizens,
      agencyId: saiGon,
      clerk: await createStaff("RECEPTION_CLERK", saiGon, "Cán Bộ Một Cửa"),
      specialist: await createStaff("SPECIALIST", saiGon, "Chuyên Viên"),
      leader: await createStaff("LEADER", saiGon, "Lãnh Đạo"),
    }),
  );
  writeFileSync(env.CRASH_ACKS, "");

  const startWorker = async (load: "on" | "off"): Promise<ChildProcess> => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/crash/worker.ts"], {
      env: { ...env, CRASH_LOAD: load },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    await until(async () => output.includes("ready\n") || child.exitCode !== null, "the application process", 60_000);
    if (child.exitCode !== null) throw new Error(`the application process exited: ${output}`);
    return child;
  };
  const killWorker = async (child: ChildProcess) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
  };
  const killDatabase = async () => {
    const postmaster = Number(readFileSync(path.join(pgDir, "postmaster.pid"), "utf8").split("\n")[0]);
    execFileSync("pkill", ["-KILL", "-P", String(postmaster)], { stdio: "ignore" });
    process.kill(postmaster, "SIGKILL");
    await until(
      async () => {
        try {
          process.kill(postmaster, 0);
          return false;
        } catch {
          return true;
        }
      },
      "the database server to die",
      10_000,
    );
  };

  let worker = await startWorker("on");
  const crashes = { worker: 0, database: 0 };
  for (let i = 0; i < CRASHES; i++) {
    await pause(2500 + Math.random() * 3000);
    if (i % 2 === 0) {
      await killWorker(worker);
      crashes.worker++;
    } else {
      await killDatabase();
      crashes.database++;
      await pause(1000);
      database = await startDatabase();
      // The application process may have survived the outage; if it died of it, it is restarted like after a crash.
      await pause(3000);
    }
    await killWorker(worker);
    worker = await startWorker("on");
  }
  await killWorker(worker);

  // Everything restarted without load: the jobs finish what was pending.
  const prisma = createPrismaClient(url, 2);
  const restarted = new Date();
  worker = await startWorker("off");
  await until(
    async () => (await prisma.notification.count({ where: { channel: "EMAIL", sentAt: null } })) === 0,
    "the outbox to empty",
    120_000,
  );
  // Runs the kills interrupted stay active until they expire (at most 2 minutes), then run again.
  const interrupted = () =>
    prisma.$queryRaw<
      Array<{ count: bigint }>
    >`SELECT count(*) FROM pgboss.job WHERE state IN ('active', 'retry') AND created_on < ${restarted}`;
  await until(async () => Number((await interrupted())[0]!.count) === 0, "interrupted jobs to run again", 240_000);
  worker.kill("SIGTERM");
  await new Promise((resolve) => worker.once("exit", resolve));

  const acks = readFileSync(env.CRASH_ACKS, "utf8")
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => line.split(" ") as [string, string]);
  const acked = (kind: string) => [...new Set(acks.filter(([k]) => k === kind).map(([, code]) => code))];
  const dossiers = await prisma.dossier.findMany({
    select: {
      id: true,
      code: true,
      status: true,
      receivedAt: true,
      lastEventHash: true,
      _count: { select: { events: true, results: true } },
      slips: { select: { kind: true } },
    },
  });
  const byCode = new Map(dossiers.map((d) => [d.code, d]));
  for (const code of acked("submitted")) check(byCode.has(code), `acknowledged submission ${code} is missing`);
  for (const code of acked("received")) {
    const d = byCode.get(code);
    check(
      Boolean(d && d.status !== DOSSIER_STATUS.SUBMITTED && d.receivedAt && d.slips.some((s) => s.kind === "MAU_01")),
      `acknowledged reception ${code} is incomplete`,
    );
  }
  const results = await prisma.resultDocument.findMany({
    select: { code: true, documentId: true, dossier: { select: { code: true } } },
  });
  for (const code of acked("decided")) {
    const d = byCode.get(code);
    check(
      Boolean(d && d.status === DOSSIER_STATUS.DECIDED && d._count.results === 1),
      `acknowledged decision ${code} is incomplete`,
    );
  }
  // Nothing half-written: a received dossier has its receipt, a decided one its result, and its stored file.
  for (const d of dossiers) {
    check(d._count.events >= 1 && d.lastEventHash !== null, `${d.code} has no event`);
    if (d.status !== DOSSIER_STATUS.SUBMITTED)
      check(
        Boolean(d.receivedAt) && d.slips.some((s) => s.kind === "MAU_01"),
        `${d.code} is received without a receipt`,
      );
    if (d.status === DOSSIER_STATUS.DECIDED)
      check(d._count.results === 1, `${d.code} is decided without exactly one result`);
  }
  const stored = await prisma.storedDocument.findMany({
    where: { id: { in: results.map((r) => r.documentId) } },
    select: { id: true, storageKey: true },
  });
  check(stored.length === results.length, "a result points to a missing document");
  for (const s of stored) {
    try {
      readFileSync(path.join(env.DATA_DIR, "files", s.storageKey));
    } catch {
      problems.push(`the file of document ${s.id} is missing`);
    }
  }
  // Codes: per agency and day, 1, 2, 3… with no gap (unique by the database's own index).
  const series = new Map<string, number[]>();
  for (const d of dossiers) {
    const cut = d.code.lastIndexOf("-");
    series.set(d.code.slice(0, cut), [...(series.get(d.code.slice(0, cut)) ?? []), Number(d.code.slice(cut + 1))]);
  }
  for (const [prefix, numbers] of series) {
    numbers.sort((a, b) => a - b);
    check(
      numbers.every((n, i) => n === i + 1),
      `codes of ${prefix} are not consecutive: ${numbers.join(",")}`,
    );
  }
  // Mail: every e-mail notification went out, each under its own Message-ID, and nothing else did.
  const emails = await prisma.notification.findMany({ where: { channel: "EMAIL" }, select: { id: true } });
  check(
    JSON.stringify([...sink.mailbox.keys()].sort()) === JSON.stringify(emails.map((e) => messageIdOf(e.id)).sort()),
    `mailbox holds ${sink.mailbox.size} messages for ${emails.length} notifications`,
  );
  check(
    sink.messages.length <= emails.length + crashes.worker + crashes.database,
    `${sink.messages.length - emails.length} messages were handed over twice`,
  );
  // Jobs: every run the kills interrupted ran again and finished; none failed for good.
  const jobs = await prisma.$queryRaw<
    Array<{ name: string; state: string; count: bigint }>
  >`SELECT name, state::text, count(*) FROM pgboss.job WHERE state = 'failed' OR (state IN ('active', 'retry') AND
    created_on < ${restarted}) GROUP BY name, state`;
  check(jobs.length === 0, `jobs left: ${jobs.map((j) => `${j.name} ${j.state} ${j.count}`).join(", ")}`);
  const chains = await verifyAllChains(prisma, (p) => problems.push(`event chain of ${p.dossierCode}: ${p.problem}`));
  await prisma.$disconnect();

  say(
    `crash test: ${crashes.worker} application kills and ${crashes.database} database kills in ` +
      `${Math.round((Date.now() - started) / 1000)} s`,
  );
  say(
    `acknowledged: ${acked("submitted").length} submissions, ${acked("received").length} receptions, ` +
      `${acked("decided").length} decisions; ${dossiers.length} dossiers, ${emails.length} e-mails, ` +
      `${chains.dossiers} event chains checked`,
  );
  check(acked("decided").length > 0 && acked("received").length > 0, "the load did too little to test anything");

  await sink.stop();
  await signing.stop();
  await vneid.stop();
  await database.stop();
  await rm(folder, { recursive: true, force: true });
  if (problems.length === problemsBefore)
    say("nothing lost, nothing half-written, codes consecutive, every e-mail sent once, every chain intact");
}

async function main() {
  const cases = process.argv.slice(2);
  const wanted = (name: string) => cases.length === 0 || cases.includes(name);
  // The start command's case first: the other changes this process's environment (TMPDIR, DATABASE_URL).
  if (wanted("start")) problems.push(...(await checkStartCommand()));
  if (wanted("data"))
    await checkNothingLost().catch((error: unknown) =>
      problems.push(`crash test failed: ${error instanceof Error ? error.stack : String(error)}`),
    );
  if (problems.length > 0) {
    for (const p of problems) say(`PROBLEM: ${p}`);
    process.exit(1);
  }
  process.exit(0);
}

main().catch((error: unknown) => {
  say(`crash test failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
