// Background jobs on pg-boss: a committed submission wakes the mailer at once, and mail
// written while the jobs were stopped goes out when they start again.
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { submitDossier } from "@/lib/dossiers/mutations";
import { JOBS, startJobs } from "@/scripts/runtime/jobs";
import { createPersonActor } from "@/tests/factories/actors";
import { birthRegistrationValues, createReadyDraft } from "@/tests/factories/dossiers";
import { freePort } from "@/tests/setup/throwaway-database";

async function until(check: () => Promise<boolean>, timeoutMs = 15_000) {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function emailsSentFor(code: string) {
  return db().notification.count({ where: { channel: "EMAIL", sentAt: { not: null }, titleVi: { contains: code } } });
}

describe("jobs", () => {
  it("deliver a committed submission's e-mail at once, and catch up after a restart", async () => {
    const options = {
      databaseUrl: process.env.DATABASE_URL!,
      dataDir: await mkdtemp(path.join(os.tmpdir(), "jobs-")),
      portalUrl: "http://localhost:3000",
    };
    const applicant = await createPersonActor({
      name: "Người Nhận Thư Ngay",
      identity: { contactEmail: "nhan.ngay@example.vn" },
    });

    let jobs = await startJobs({ ...options, sinkPort: await freePort() });
    const schedules = await db().$queryRaw<{ name: string }[]>`SELECT name FROM pgboss.schedule ORDER BY name`;
    expect(schedules.map((s) => s.name)).toEqual(Object.values(JOBS).sort());
    const first = await createReadyDraft(applicant, birthRegistrationValues(applicant));
    const { code } = await submitDossier(applicant, first.draftId, first.idempotencyKey);
    // Well before the minute schedule: the commit itself woke the mailer.
    await until(async () => (await emailsSentFor(code)) === 1, 20_000);
    await jobs.stop();

    const second = await createReadyDraft(applicant, birthRegistrationValues(applicant));
    const later = await submitDossier(applicant, second.draftId, second.idempotencyKey);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await emailsSentFor(later.code)).toBe(0);
    jobs = await startJobs({ ...options, sinkPort: await freePort() });
    await until(async () => (await emailsSentFor(later.code)) === 1, 20_000);
    await jobs.stop();
  });
});
