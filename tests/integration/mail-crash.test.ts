// Killing the job runner in the middle of sending the outbox, twice, and starting it again
// delivers every notification to the mailbox exactly once. The runner is a real process
// killed with SIGKILL; the database is a fresh one of its own, so no other test's runner
// takes part.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deployMigrations } from "@/lib/db/migrations";
import { createPrismaClient } from "@/lib/db/prisma";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { messageIdOf } from "@/lib/notifications/mailer";
import { startSmtpSink, type SmtpSink } from "@/lib/notifications/smtp-sink";
import { sealIdentity } from "@/lib/security/identity-sealing";

const MESSAGES = 30;
let databaseUrl: string;
let prisma: PrismaClient;
let sink: SmtpSink;
const runners: ChildProcess[] = [];

async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 60_000) {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Starts the job runner as its own process and waits until its jobs run. */
async function startRunner(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/setup/jobs-process.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      DATA_DIR: await mkdtemp(path.join(os.tmpdir(), "mail-crash-")),
      SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  runners.push(child);
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await until(() => output.includes("ready\n") || child.exitCode !== null, "the job runner to start");
  if (child.exitCode !== null) throw new Error(`the job runner exited: ${output}`);
  return child;
}

async function kill(child: ChildProcess) {
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGKILL");
  await exited;
}

beforeAll(async () => {
  // A database of its own on the same server.
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  const name = `mail_crash_${randomUUID().slice(0, 8)}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  databaseUrl = url.toString();
  await deployMigrations(databaseUrl);
  prisma = createPrismaClient(databaseUrl, 2);
  // Slow to accept each message, so that the kills land while messages are in flight.
  sink = await startSmtpSink(0, undefined, { acceptDelayMs: 150 });
}, 120_000);

afterAll(async () => {
  for (const child of runners) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await sink?.stop();
  await prisma?.$disconnect();
});

describe("the outbox across crashes", () => {
  it("delivers every notification exactly once when the job runner is killed mid-delivery and restarted", async () => {
    const user = await prisma.user.create({
      data: {
        kind: "PERSON",
        subject: randomUUID(),
        fullName: "Người Nhận Thư",
        sealedIdentity: sealIdentity({ contactEmail: "nguoi.nhan@example.vn" }),
        accountLevel: 2,
        identitySource: "VNeID",
        verifiedAt: new Date(),
      },
    });
    await prisma.notification.createMany({
      data: Array.from({ length: MESSAGES }, (_, i) => ({
        userId: user.id,
        kind: "test.crash",
        channel: "EMAIL" as const,
        titleVi: `Thông báo số ${i + 1}`,
        titleEn: `Notice ${i + 1}`,
        bodyVi: "Nội dung",
        bodyEn: "Body",
      })),
    });
    const ids = (await prisma.notification.findMany({ where: { userId: user.id }, select: { id: true } })).map(
      (n) => n.id,
    );

    // Killed twice in the middle of delivering, each time after a few more messages got through.
    for (const after of [5, 15]) {
      const runner = await startRunner();
      await until(() => sink.messages.length >= after, `${after} messages`);
      await kill(runner);
      expect(await prisma.notification.count({ where: { userId: user.id, sentAt: null } })).toBeGreaterThan(0);
    }
    const runner = await startRunner();
    await until(
      async () => (await prisma.notification.count({ where: { userId: user.id, sentAt: null } })) === 0,
      "every notification to be sent",
    );
    runner.kill("SIGTERM");
    await new Promise((resolve) => runner.once("exit", resolve));

    // Every notification is in the mailbox, once, and nothing else is.
    expect([...sink.mailbox.keys()].sort()).toEqual(ids.map(messageIdOf).sort());
    // A kill can land after the server took a message and before it was marked sent: that one message
    // is handed over again with the same Message-ID. At most one per kill.
    expect(sink.messages.length).toBeLessThanOrEqual(MESSAGES + 2);
  }, 180_000);
});
