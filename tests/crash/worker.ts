// The application process of the crash test: the portal's background jobs and, unless
// CRASH_LOAD is "off", three loops that submit, receive and decide dossiers through the
// portal's own domain functions, as its pages would. Each action the portal
// acknowledged (its function returned) is appended to CRASH_ACKS. The harness kills this
// process with SIGKILL at any moment.
import { appendFileSync, readFileSync } from "node:fs";
import { DomainError } from "@/lib/errors";
import { db } from "@/lib/db";
import { submitDossier } from "@/lib/dossiers/mutations";
import type { PersonActor } from "@/lib/identity/actor";
import { receiveDossier } from "@/lib/processing/reception";
import { claimStep, handOver } from "@/lib/processing/workflow";
import { startJobs } from "@/scripts/runtime/jobs";
import { APPRAISAL, birthRegistrationValues, createReadyDraft } from "@/tests/factories/dossiers";
import { decideAndSign } from "@/tests/factories/decisions";

type Cast = {
  citizens: PersonActor[];
  clerk: PersonActor;
  specialist: PersonActor;
  leader: PersonActor;
  agencyId: string;
};

const cast: Cast = JSON.parse(readFileSync(process.env.CRASH_CAST!, "utf8"));
const ack = (what: string, code: string) => appendFileSync(process.env.CRASH_ACKS!, `${what} ${code}\n`);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function oldest(status: number): Promise<{ code: string; version: number } | null> {
  return db().dossier.findFirst({
    where: { status, agencyId: cast.agencyId },
    orderBy: { submittedAt: "asc" },
    select: { code: true, version: true },
  });
}

async function submitOne(n: number) {
  const citizen = cast.citizens[n % cast.citizens.length]!;
  const draft = await createReadyDraft(citizen, birthRegistrationValues(citizen));
  ack("submitted", (await submitDossier(citizen, draft.draftId, draft.idempotencyKey)).code);
}

async function receiveOne() {
  const dossier = await oldest(1);
  if (!dossier) return;
  await receiveDossier(cast.clerk, dossier.code, dossier.version);
  ack("received", dossier.code);
}

async function decideOne() {
  const dossier = await oldest(2);
  if (!dossier) return;
  await claimStep(cast.specialist, dossier.code, dossier.version);
  await handOver(cast.specialist, dossier.code, dossier.version + 1, cast.leader.userId, APPRAISAL);
  await decideAndSign(cast.leader, dossier.code, dossier.version + 2, { outcome: "approve" });
  ack("decided", dossier.code);
}

async function loop(action: (n: number) => Promise<void>) {
  for (let n = 0; ; n++) {
    try {
      await action(n);
    } catch (error) {
      // Another loop got there first, or the database is away: try again shortly.
      if (!(error instanceof DomainError)) await pause(250);
    }
  }
}

async function main() {
  await startJobs({
    databaseUrl: process.env.DATABASE_URL!,
    dataDir: process.env.DATA_DIR!,
    portalUrl: "http://localhost:3000",
  });
  process.stdout.write("ready\n");
  if (process.env.CRASH_LOAD !== "off") {
    void loop(submitOne);
    void loop(receiveOne);
    void loop(decideOne);
  }
  process.once("SIGTERM", () => process.exit(0));
}

main().catch((error: unknown) => {
  process.stderr.write(`crash worker failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
