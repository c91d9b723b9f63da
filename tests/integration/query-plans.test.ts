// The hot queries use indexes. The SQL each hot path really sends (captured from Prisma
// while the path runs) is explained against a scratch database filled by the benchmark's
// generator; a sequential scan of a dossier, event or document table fails the test,
// naming the query. The planner chooses by the data's size, so the scratch database holds
// tens of thousands of dossiers, like a small city's year.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deployMigrations } from "@/lib/db/migrations";
import { createPrismaClient } from "@/lib/db/prisma";
import { listOrganisationDossiers } from "@/lib/dossiers/organisation";
import { getDossierByPass, checkLookup } from "@/lib/dossiers/public-lookup";
import { getDossierForApplicant, listDossiersForApplicant } from "@/lib/dossiers/queries";
import { submitDossier } from "@/lib/dossiers/mutations";
import { listDataStoreForOwner } from "@/lib/documents/queries";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { PersonActor } from "@/lib/identity/actor";
import { listNotificationsForSelf } from "@/lib/notifications/queries";
import { getDossierForStaff, listReceptionQueue } from "@/lib/processing/reception";
import { countWorkQueue, listWorkQueue } from "@/lib/processing/work-queue";
import { leaderDashboard } from "@/lib/statistics/dashboard";
import { seedDatabase } from "@/prisma/seed";
import { agencyIds, createPersonActor, createStaff } from "@/tests/factories/actors";
import { createScratchDatabase } from "@/tests/factories/databases";
import { birthRegistrationValues, createReadyDraft } from "@/tests/factories/dossiers";
import { generateDossiers } from "@/tests/bench/generate";

process.env.AUTH_SECRET ??= "integration-tests-secret-for-lookup-passes-0123456789";

const WATCHED = new Set(["Dossier", "DossierEvent", "StoredDocument", "DossierDocument"]);
type Captured = { path: string; sql: string; params: unknown[] };

let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
let explainer: pg.Client;

beforeAll(async () => {
  scratch = await createScratchDatabase(process.env.DATABASE_URL!);
  await deployMigrations(scratch.url);
  const prisma = createPrismaClient(scratch.url, 2);
  await seedDatabase(prisma);
  await prisma.$disconnect();
  explainer = new pg.Client({ connectionString: scratch.url });
  await explainer.connect();
  const ids = (
    await explainer.query<{ id: string }>(`SELECT gen_random_uuid() AS id FROM generate_series(1, 3)`)
  ).rows.map((r) => r.id);
  await generateDossiers(
    explainer,
    30_000,
    { citizenUserId: ids[0]!, citizenDossiers: 30, staffUserIds: ids.slice(1) },
    () => undefined,
  );
}, 600_000);

afterAll(async () => {
  await explainer?.end();
  await scratch?.drop();
});

/** Runs `call` with the app's client swapped for one that records every statement it sends. */
async function capture(path: string, call: () => Promise<unknown>): Promise<Captured[]> {
  const holder = globalThis as unknown as { prisma?: PrismaClient };
  const previous = holder.prisma;
  const recorder = new PrismaClient({
    adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 2 }),
    log: [{ emit: "event", level: "query" }],
  });
  const captured: Captured[] = [];
  recorder.$on("query", (e) => captured.push({ path, sql: e.query, params: JSON.parse(e.params) as unknown[] }));
  holder.prisma = recorder;
  try {
    await call();
  } finally {
    holder.prisma = previous;
    await recorder.$disconnect();
  }
  return captured;
}

type PlanNode = { "Node Type": string; "Relation Name"?: string; Plans?: PlanNode[] };
const seqScans = (node: PlanNode): string[] => [
  ...(node["Node Type"] === "Seq Scan" && node["Relation Name"] && WATCHED.has(node["Relation Name"])
    ? [node["Relation Name"]]
    : []),
  ...(node.Plans ?? []).flatMap(seqScans),
];

async function seqScansOf(sql: string, params: unknown[] = []): Promise<string[]> {
  const { rows } = await explainer.query<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(
    `EXPLAIN (FORMAT JSON) ${sql}`,
    params,
  );
  return seqScans(rows[0]!["QUERY PLAN"][0].Plan);
}

describe("the hot queries' plans at scale", () => {
  it("are read from a database of generated dossiers, where an unindexed filter is caught", async () => {
    const { rows } = await explainer.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Dossier"`);
    expect(rows[0]!.n).toBe(30_000);
    expect(await seqScansOf(`SELECT id FROM "Dossier" WHERE "sealedValues" = $1`, ["not indexed"])).toEqual([
      "Dossier",
    ]);
  });

  it("scan no dossier, event or document table sequentially", async () => {
    const [saiGon] = await agencyIds("ubnd-phuong-sai-gon");
    const citizen = await createPersonActor({ name: "Người Nộp Kế Hoạch" });
    const specialist = await createStaff("SPECIALIST", saiGon, "Chuyên Viên Kế Hoạch");
    const clerk = await createStaff("RECEPTION_CLERK", saiGon);
    const inspector = await createPersonActor({ roles: [{ role: "INSPECTOR", agencyId: null }] });
    const organisation = {
      organisationId: "00000000-0000-4000-8000-000000000001",
      enterpriseCode: "0312345678",
      name: "Công ty thử",
    };
    const business: PersonActor = { ...citizen, actingFor: organisation };
    const draft = await createReadyDraft(citizen, birthRegistrationValues(citizen));
    const { code } = await submitDossier(citizen, draft.draftId, draft.idempotencyKey);
    const paths: Array<[string, () => Promise<unknown>]> = [
      ["work queue, first page", () => listWorkQueue(specialist, {})],
      ["work queue, filtered", () => listWorkQueue(specialist, { tab: "overdue", step: "appraisal", q: "BM-0000" })],
      ["work queue, the inspector's", () => listWorkQueue(inspector, { tab: "overdue" })],
      ["staff home counts", () => countWorkQueue(specialist)],
      ["reception queue", () => listReceptionQueue(clerk, {})],
      ["my dossiers", () => listDossiersForApplicant(citizen)],
      ["my dossier", () => getDossierForApplicant(citizen, code)],
      ["organisation's dossiers", () => listOrganisationDossiers(business, {})],
      [
        "public lookup",
        async () => {
          const outcome = await checkLookup({ code, factor: citizen.idNumber!.slice(-4) }, "192.0.2.10");
          if (outcome.kind === "found") await getDossierByPass(outcome.pass);
        },
      ],
      ["dashboard, city", () => leaderDashboard(inspector, {})],
      ["dashboard, agency", () => leaderDashboard(inspector, { agency: "ubnd-phuong-sai-gon" })],
      [
        "dashboard, procedure",
        () => leaderDashboard(inspector, { agency: "ubnd-phuong-sai-gon", procedure: "dang-ky-khai-sinh" }),
      ],
      ["staff dossier page", () => getDossierForStaff(specialist, code)],
      ["data store", () => listDataStoreForOwner(citizen)],
      ["notifications", () => listNotificationsForSelf(citizen)],
    ];
    const statements: Captured[] = [];
    for (const [path, call] of paths) statements.push(...(await capture(path, call)));
    const reads = statements.filter(
      (s) => /^\s*SELECT/i.test(s.sql) && [...WATCHED].some((t) => s.sql.includes(`"${t}"`)),
    );
    expect(reads.length).toBeGreaterThan(20);
    const problems: string[] = [];
    for (const s of reads) {
      const scanned = await seqScansOf(s.sql, s.params);
      if (scanned.length)
        problems.push(`${s.path}: sequential scan of ${scanned.join(", ")} in ${s.sql.slice(0, 300)}`);
    }
    expect(problems).toEqual([]);
  });
});
