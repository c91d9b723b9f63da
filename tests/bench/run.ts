// `npm run bench`: the portal's hot paths measured over HTTP against the production build,
// at 10,000 dossiers and again at BENCH_DOSSIERS (1,000,000 by default) in the same
// database, beside two baselines measured in the same run on the same machine: the
// database writes of one submission issued directly over PostgreSQL (the database's own
// limit for that work) and a static file from the same server (the framework's limit for
// a request). Writes tests/bench/results/latest.md and latest.json, and puts the same
// results into docs/performance.md between its two bench:latest markers, so that the
// page always shows the last run without anyone copying it there.
//
// BENCH_DOSSIERS, BENCH_SECONDS (per scenario, 10), BENCH_CONNECTIONS (10) and
// BENCH_DATABASE_URL (an existing, empty PostgreSQL instead of a throwaway one) tune it.
import { randomUUID } from "node:crypto";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { composeIdNumber } from "@/lib/identity/id-number";
import { deployMigrations } from "@/lib/db/migrations";
import { createPrismaClient } from "@/lib/db/prisma";
import { ensureBuild } from "@/scripts/runtime/build";
import { say } from "@/scripts/runtime/log";
import { launchPortal } from "@/scripts/runtime/portal";
import { seedDatabase } from "@/prisma/seed";
import { freePort, startThrowawayDatabase } from "@/tests/setup/throwaway-database";
import { countDossiers, generateDossiers, type BenchPersonas } from "./generate";
import { formFields, multipart, percentiles, runLoad, type BenchRequest, type LoadResult } from "./load";
import { loadOrCreateSecrets, applyIdentityKeys } from "@/scripts/runtime/secrets";
import { identityColumns, openJson, sealJson } from "@/lib/security/identity-sealing";

const LARGE = Number(process.env.BENCH_DOSSIERS ?? 1_000_000);
const SIZES = [...new Set([10_000, LARGE])].sort((a, b) => a - b);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SESSION_COOKIE = "authjs.session-token";
const RESULTS = path.join("tests", "bench", "results");
/** The page that shows the latest run, between these two markers; the rest of it is prose written by hand. */
const PERFORMANCE_PAGE = path.join("docs", "performance.md");
const LATEST_START = "<!-- bench:latest:start -->";
const LATEST_END = "<!-- bench:latest:end -->";

type Persona = { userId: string; cookie: string; idNumber: string; fullName: string };
type Row = LoadResult & { scenario: string; dossiers: number; peakRssMb: number };

async function main() {
  process.env.VNEID_ATTEMPTS_PER_MINUTE ??= "100000";
  // Each bench filer files hundreds of dossiers an hour: lift the per-person limit.
  process.env.SUBMISSIONS_PER_HOUR ??= "1000000";
  // The lookups come from many addresses, as behind the city's load balancer (TRUSTED_PROXIES=1).
  process.env.TRUSTED_PROXIES ??= "1";
  const database = process.env.BENCH_DATABASE_URL
    ? { url: process.env.BENCH_DATABASE_URL, stop: async () => {} }
    : await startThrowawayDatabase("motcuaso_bench");
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "motcuaso-bench-"));
  const client = new pg.Client({ connectionString: database.url });
  let portal: Awaited<ReturnType<typeof launchPortal>> | null = null;
  try {
    await deployMigrations(database.url);
    applyIdentityKeys(await loadOrCreateSecrets(dataDir));
    const prisma = createPrismaClient(database.url, 2);
    await seedDatabase(prisma);
    await prisma.$disconnect();
    await client.connect();
    const people = await createPersonas(client);
    await ensureBuild();
    const port = await freePort();
    portal = await launchPortal({
      databaseUrl: database.url,
      port,
      dataDir,
      vneidPort: await freePort(),
      paymentPort: await freePort(),
      signingPort: await freePort(),
      mailSinkPort: await freePort(),
    });
    // The public address (PUBLIC_URL): a page asked for at another host name is redirected.
    const base = `http://localhost:${port}`;
    await waitUntilUp(base);
    const rows: Row[] = [];
    const generation: Record<number, number> = {};
    for (const size of SIZES) {
      const before = await countDossiers(client);
      generation[size] = await generateDossiers(client, size, people.generation, say);
      say(`${size} dossiers in the database (${before} before; generated in ${generation[size]!.toFixed(0)} s)`);
      rows.push(...(await runScenarios(client, database.url, base, portal.web.pid!, size, people)));
    }
    const javascript = await filingPageJavaScript(base, client, people.citizen);
    await writeResults(rows, generation, javascript);
  } finally {
    await client.end().catch(() => undefined);
    if (portal) {
      portal.web.kill("SIGTERM");
      await new Promise((resolve) => portal!.web.once("exit", resolve));
      await portal.stop();
    }
    await database.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** People with accounts and live sessions: a citizen, the desk, a specialist, an inspector (city-wide). */
async function createPersonas(client: pg.Client) {
  const person = async (idNumber: string, fullName: string, phone: string | null): Promise<Persona> => {
    const identity = identityColumns({ idNumber, phone });
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "User" (id, kind, subject, "idNumberHash", "sealedIdentity", "fullName", "accountLevel", ` +
        `"identitySource", "verifiedAt", "updatedAt")
       VALUES (gen_random_uuid(), 'PERSON', $1, $2, $3, $4, 2, 'VNeID', now(), now()) RETURNING id`,
      [`bench-${idNumber}`, identity.idNumberHash, identity.sealedIdentity, fullName],
    );
    const token = randomUUID();
    await client.query(
      `INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES (gen_random_uuid(), ` +
        `encode(sha256(convert_to($1, 'UTF8')), 'hex'), $2, now() + interval '1 day')`,
      [token, rows[0]!.id],
    );
    return { userId: rows[0]!.id, cookie: `${SESSION_COOKIE}=${token}`, idNumber, fullName };
  };
  const citizen = await person("079192005678", "Trần Thị Bình", "0903987654");
  const clerk = await person("079187003333", "Võ Thị Hạnh", null);
  const specialist = await person("079183001111", "Đỗ Thị Lan", null);
  const inspector = await person("079070008888", "Dương Văn Nam", null);
  // Submissions come from ten people, as they do: one person's ten at once would queue on
  // that person's hourly counter, which many people filing never do.
  const filers = [citizen];
  for (let i = 1; i < CONNECTIONS; i++)
    filers.push(await person(composeIdNumber("079", 1990, "female", 900_000 + i), `Người Nộp Thử ${i}`, null));
  const generation: BenchPersonas = {
    citizenUserId: citizen.userId,
    citizenDossiers: 30,
    staffUserIds: [specialist.userId, clerk.userId, randomUUID(), randomUUID()],
  };
  return { citizen, filers, clerk, specialist, inspector, generation };
}

async function waitUntilUp(base: string) {
  for (let i = 0; i < 120; i++) {
    if (
      await fetch(`${base}/robots.txt`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the portal did not start");
}

type Scenario = { name: string; next: (i: number) => BenchRequest; ok: (status: number) => boolean };

async function runScenarios(
  client: pg.Client,
  databaseUrl: string,
  base: string,
  webPid: number,
  size: number,
  people: Awaited<ReturnType<typeof createPersonas>>,
): Promise<Row[]> {
  const get = (p: string, who?: Persona): BenchRequest => ({
    method: "GET",
    path: p,
    headers: who ? { cookie: who.cookie } : {},
  });
  const ok200 = (s: number) => s === 200;
  // A dossier at the Sài Gòn ward being processed, for the clerk's dossier page; codes for lookups.
  const {
    rows: [atDesk],
  } = await client.query<{ code: string }>(
    `SELECT d.code FROM "Dossier" d JOIN "Agency" a ON a.id = d."agencyId" WHERE a.slug = 'ubnd-phuong-sai-gon' AND ` +
      `d.status = 4 ORDER BY d.code LIMIT 1`,
  );
  const lookupCodes = (
    await client.query<{ code: string }>(
      `SELECT code FROM "Dossier" WHERE code LIKE 'BM-%' AND "applicantUserId" <> $1 ORDER BY random() LIMIT 500`,
      [people.citizen.userId],
    )
  ).rows.map((r) => r.code);
  const lookupForm = formFields(await (await fetch(`${base}/tra-cuu-ho-so`)).text(), "Tra cứu");
  const lookup = (i: number): BenchRequest => {
    const { body, contentType } = multipart([
      ...lookupForm,
      ["code", lookupCodes[i % lookupCodes.length]!],
      ["factor", "3456"],
    ]);
    // Each lookup from another address, as citizens behind the city's load balancer.
    return {
      method: "POST",
      path: "/tra-cuu-ho-so",
      body,
      headers: {
        "content-type": contentType,
        origin: base,
        "x-forwarded-for": `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
      },
    };
  };
  const submissions = await prepareSubmissions(client, base, people.filers, Math.max(500, Math.ceil(SECONDS * 120)));
  const scenarios: Scenario[] = [
    { name: "static file (baseline 2)", next: () => get("/robots.txt"), ok: ok200 },
    { name: "submit a dossier", next: (i) => submissions[Math.min(i, submissions.length - 1)]!, ok: (s) => s === 303 },
    { name: "clerk: work queue, first page", next: () => get("/clerk/cong-viec", people.specialist), ok: ok200 },
    {
      name: "clerk: work queue, filtered",
      next: () => get("/clerk/cong-viec?tab=overdue&step=appraisal&q=BM-0000", people.specialist),
      ok: ok200,
    },
    { name: "citizen: my dossiers", next: () => get("/tai-khoan", people.citizen), ok: ok200 },
    { name: "public lookup by code", next: lookup, ok: (s) => s === 303 },
    { name: "dashboard: city", next: () => get("/clerk/thong-ke", people.inspector), ok: ok200 },
    {
      name: "dashboard: one agency",
      next: () => get("/clerk/thong-ke?agency=ubnd-phuong-sai-gon", people.inspector),
      ok: ok200,
    },
    { name: "catalogue", next: () => get("/thu-tuc"), ok: ok200 },
    { name: "procedure page", next: () => get("/thu-tuc/dang-ky-khai-sinh"), ok: ok200 },
    { name: "open data: by agency, this year", next: () => get("/api/open-data/v1/statistics?by=agency"), ok: ok200 },
    {
      name: "clerk: dossier page",
      next: () => get(`/clerk/ho-so/${encodeURIComponent(atDesk!.code)}`, people.specialist),
      ok: ok200,
    },
  ];
  const rows: Row[] = [];
  for (const scenario of scenarios) {
    // A short warm-up (caches, JIT, connections) that is not counted; submissions are not repeated.
    if (scenario.name !== "submit a dossier")
      await runLoad(base, { connections: CONNECTIONS, seconds: 2, next: scenario.next, ok: scenario.ok });
    const result = await runLoad(base, {
      connections: CONNECTIONS,
      seconds: SECONDS,
      next: scenario.next,
      ok: scenario.ok,
    });
    rows.push({ scenario: scenario.name, dossiers: size, ...result, peakRssMb: await peakRssMb(webPid) });
    say(
      `${size} · ${scenario.name}: ${result.throughput.toFixed(1)}/s, p95 ${result.p95.toFixed(1)} ms, ` +
        `${result.errors} errors ${JSON.stringify(result.statuses)}`,
    );
    if (scenario.name === "submit a dossier" && result.requests >= submissions.length)
      say("warning: more submissions than prepared drafts; raise the preparation");
  }
  rows.push({
    scenario: "database writes of a submission (baseline 1)",
    dossiers: size,
    ...(await databaseBaseline(client, databaseUrl, people.filers)),
    peakRssMb: await peakRssMb(webPid),
  });
  return rows;
}

/**
 * Drafts ready to submit, each with its stored birth certificate, and the form a browser
 * without JavaScript posts to submit each (read from its check-answers page beforehand).
 */
async function prepareSubmissions(
  client: pg.Client,
  base: string,
  filers: Persona[],
  count: number,
): Promise<BenchRequest[]> {
  const perFiler = await Promise.all(
    filers.map(async (citizen) =>
      (await createDrafts(client, citizen, Math.ceil(count / filers.length))).map((id) => ({ id, citizen })),
    ),
  );
  // Round-robin, so the ten connections are ten different people at any moment.
  const drafts = perFiler[0]!.flatMap((_, i) =>
    perFiler.map((list) => list[i]).filter((d): d is { id: string; citizen: Persona } => Boolean(d)),
  );
  const requests: BenchRequest[] = [];
  for (let i = 0; i < drafts.length; i += 10) {
    const batch = await Promise.all(
      drafts.slice(i, i + 10).map(async ({ id, citizen }) => {
        const html = await (
          await fetch(`${base}/ho-so-nhap/${id}/kiem-tra`, { headers: { cookie: citizen.cookie } })
        ).text();
        const { body, contentType } = multipart(formFields(html, "Nộp hồ sơ"));
        // As a browser posts a form: with its Origin, which Next checks for server actions.
        return {
          method: "POST" as const,
          path: `/ho-so-nhap/${id}/kiem-tra`,
          body,
          headers: { cookie: citizen.cookie, "content-type": contentType, origin: base },
        };
      }),
    );
    requests.push(...batch);
  }
  return requests;
}

async function createDrafts(client: pg.Client, citizen: Persona, count: number): Promise<string[]> {
  const { rows: documents } = await client.query<{ id: string }>(
    `
    INSERT INTO "StoredDocument" (id, "ownerUserId", "originalName", "mimeType", "sizeBytes", sha256, "storageKey")
    SELECT gen_random_uuid(), $1::uuid, 'giay-chung-sinh.pdf', 'application/pdf', 40000, md5(g::text) || md5(g::text ` +
      `|| 'x'), 'bench/draft-' || g || '-' || gen_random_uuid()
    FROM generate_series(1, $2::int) AS g RETURNING id`,
    [citizen.userId, count],
  );
  const answers = {
    requesterName: citizen.fullName,
    requesterIdNumber: citizen.idNumber,
    requesterAddress: "12 Lê Lợi, Phường Sài Gòn",
    relationship: "mother",
    phone: "0903987654",
    childName: "Trần Gia Hân",
    childBirthDate: "2026-11-10",
    childSex: "female",
    childEthnicity: "Kinh",
    childNationality: "Việt Nam",
    birthPlace: "Bệnh viện Hùng Vương",
    hometown: "Tỉnh Đồng Nai",
    motherIdNumber: "079192005678",
    motherName: "Trần Thị Bình",
    motherBirthYear: "1992",
    motherEthnicity: "Kinh",
    motherNationality: "Việt Nam",
    motherAddress: "12 Lê Lợi, Phường Sài Gòn",
    fatherDeclared: "no",
    competentWard: "ubnd-phuong-sai-gon",
  };
  // Each draft's answers name its own birth certificate, sealed as the portal stores them.
  const { rows } = await client.query<{ id: string }>(
    `
    INSERT INTO "DossierDraft" (id, "userId", "procedureVersionId", "sealedValues", provenance, "idempotencyKey", ` +
      `"updatedAt")
    SELECT gen_random_uuid(), $1::uuid, (SELECT v.id FROM "ProcedureVersion" v JOIN "Procedure" p ON p.id = ` +
      `v."procedureId" WHERE p.slug = 'dang-ky-khai-sinh' ORDER BY v.version DESC LIMIT 1),
           sealed, '{"requesterName":"IDENTITY","requesterIdNumber":"IDENTITY"}'::jsonb, gen_random_uuid(), now()
    FROM unnest($2::text[]) AS sealed RETURNING id`,
    [citizen.userId, documents.map((d) => sealJson({ ...answers, birthCertificate: d.id }))],
  );
  return rows.map((r) => r.id);
}

/**
 * Baseline 1: the statements one submission sends, in one transaction, straight over a
 * PostgreSQL connection with the same concurrency: what the database allows for this work
 * with no portal in front of it.
 */
async function databaseBaseline(client: pg.Client, databaseUrl: string, filers: Persona[]): Promise<LoadResult> {
  // The same ten people, in turn, as the portal's scenario.
  const perFiler = await Promise.all(
    filers.map((f) => createDrafts(client, f, Math.ceil((SECONDS * 600) / filers.length))),
  );
  const drafts = perFiler[0]!.flatMap((_, i) => perFiler.map((list) => list[i]).filter((d): d is string => Boolean(d)));
  const pool = new pg.Pool({ connectionString: databaseUrl, max: CONNECTIONS });
  const {
    rows: [target],
  } = await pool.query<{ agency: string; code: string; version: string }>(
    `SELECT a.id AS agency, a.code, d."procedureVersionId" AS version FROM "Agency" a, "DossierDraft" d WHERE a.slug ` +
      `= 'ubnd-phuong-sai-gon' AND d.id = $1`,
    [drafts[0]],
  );
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + SECONDS * 1000;
  const worker = async () => {
    const c = await pool.connect();
    try {
      while (performance.now() < deadline && next < drafts.length) {
        const draftId = drafts[next++]!;
        const t0 = performance.now();
        try {
          await oneSubmission(c, draftId, target!);
        } catch {
          errors += 1;
          await c.query("ROLLBACK").catch(() => undefined);
        }
        latencies.push(performance.now() - t0);
      }
    } finally {
      c.release();
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  const seconds = (performance.now() - started) / 1000;
  await pool.end();
  return {
    requests: latencies.length,
    errors,
    seconds,
    throughput: latencies.length / seconds,
    ...percentiles(latencies),
    statuses: {},
  };
}

/** The statements of lib/dossiers/mutations.ts submitDossier, in its order, as plain SQL. */
async function oneSubmission(
  c: pg.PoolClient,
  draftId: string,
  target: { agency: string; code: string; version: string },
) {
  // What the form post carries (the idempotency key); the app has it without a query.
  const {
    rows: [draft],
  } = await c.query<{ idempotencyKey: string; sealedValues: string; userId: string }>(
    `SELECT "idempotencyKey", "sealedValues", "userId" FROM "DossierDraft" WHERE id = $1`,
    [draftId],
  );
  await c.query("BEGIN");
  await c.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [draft!.idempotencyKey]);
  await c.query(`SELECT code FROM "Dossier" WHERE "idempotencyKey" = $1`, [draft!.idempotencyKey]);
  const {
    rows: [locked],
  } = await c.query<{ sealedValues: string }>(
    `SELECT "sealedValues", provenance FROM "DossierDraft" WHERE id = $1 AND "userId" = $2 AND "idempotencyKey" = $3`,
    [draftId, draft!.userId, draft!.idempotencyKey],
  );
  const values = openJson<Record<string, unknown>>(locked!.sealedValues);
  await c.query(`SELECT "formDefinition", "requiredAccountLevel" FROM "ProcedureVersion" WHERE id = $1`, [
    target.version,
  ]);
  await c.query(`SELECT "fullName", "sealedIdentity" FROM "User" WHERE id = $1`, [draft!.userId]);
  await c.query(`SELECT id, code FROM "Agency" WHERE id = $1`, [target.agency]);
  await c.query(`SELECT id, "sizeBytes" FROM "StoredDocument" WHERE id = ANY($1::uuid[]) AND "ownerUserId" = $2`, [
    [values.birthCertificate],
    draft!.userId,
  ]);
  const dossierId = randomUUID();
  await c.query(
    `INSERT INTO "Dossier" (id, code, "procedureVersionId", "applicantUserId", "agencyId", status, channel, ` +
      `"submittedAt", "sealedValues", provenance, "reusedValueCount", "totalValueCount", "idempotencyKey", ` +
      `"lastEventHash") VALUES ($1, $2, $3, $4, $5, 1, 'ONLINE', now(), $6, '{}', 4, 20, $7, $8)`,
    [
      dossierId,
      `TAM-${dossierId}`,
      target.version,
      draft!.userId,
      target.agency,
      sealJson(values),
      draft!.idempotencyKey,
      "f".repeat(64),
    ],
  );
  await c.query(
    `INSERT INTO "DossierDocument" ("dossierId", "documentId", "documentKey") VALUES ($1, $2, 'giay-chung-sinh')`,
    [dossierId, values.birthCertificate],
  );
  await c.query(
    `INSERT INTO "DossierEvent" ("dossierId", at, type, "toStatus", details, "prevHash", hash) VALUES ($1, now(), ` +
      `'submitted', 1, '{"channel":"ONLINE"}', $2, $3)`,
    [dossierId, "0".repeat(64), "f".repeat(64)],
  );
  await c.query(
    `INSERT INTO "StatisticsMark" ("dossierId", "markedAt") VALUES ($1, now()) ON CONFLICT ("dossierId") DO UPDATE ` +
      `SET "markedAt" = excluded."markedAt"`,
    [dossierId],
  );
  await c.query(`SELECT pg_notify('statistics_marked', '')`);
  await c.query(`SELECT pg_notify('mail_outbox', '')`);
  await c.query(`DELETE FROM "DossierDraft" WHERE id = $1`, [draftId]);
  await c.query(
    `INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES ($1, date_trunc('hour', now()), 1)
                 ON CONFLICT ("key") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1 RETURNING "count"`,
    [`submissions-per-person:bench:${draft!.userId}`],
  );
  const {
    rows: [counter],
  } = await c.query<{ last: number }>(
    `INSERT INTO "DossierCodeCounter" ("agencyId", day, last) VALUES ($1, 'BENCH', 1) ON CONFLICT ("agencyId", day) ` +
      `DO UPDATE SET last = "DossierCodeCounter".last + 1 RETURNING last`,
    [target.agency],
  );
  await c.query(`UPDATE "Dossier" SET code = $2 WHERE id = $1`, [dossierId, `BL-${target.code}-${counter!.last}`]);
  await c.query(
    `INSERT INTO "Notification" (id, "userId", "dossierId", kind, channel, "titleVi", "titleEn", "bodyVi", "bodyEn") ` +
      `VALUES
    (gen_random_uuid(), $1, $2, 'dossier.submitted', 'IN_APP', 'Đã nộp hồ sơ', 'Submitted', 'Hồ sơ đã được gửi.', ` +
      `'Sent.'),
    (gen_random_uuid(), $1, $2, 'dossier.submitted', 'EMAIL', 'Đã nộp hồ sơ', 'Submitted', 'Hồ sơ đã được gửi.', ` +
      `'Sent.')`,
    [draft!.userId, dossierId],
  );
  await c.query("COMMIT");
}

/** The app's peak resident memory so far (VmHWM), over its process and any children, in MB. */
async function peakRssMb(pid: number): Promise<number> {
  const pids = [pid];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
    const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    if (pids.includes(parent)) pids.push(Number(entry));
  }
  let peak = 0;
  for (const p of pids) {
    const status = await readFile(`/proc/${p}/status`, "utf8").catch(() => "");
    peak = Math.max(peak, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
  }
  return peak / 1024;
}

/** The JavaScript a filing page makes the browser download, gzipped, from the build's own files. */
async function filingPageJavaScript(
  base: string,
  client: pg.Client,
  citizen: Persona,
): Promise<{ files: number; gzipKb: number }> {
  const [draftId] = await createDrafts(client, citizen, 1);
  const html = await (
    await fetch(`${base}/ho-so-nhap/${draftId}/kiem-tra`, { headers: { cookie: citizen.cookie } })
  ).text();
  // Legacy polyfills marked nomodule are skipped by every browser that runs the app's modules.
  const scripts = [
    ...new Set(
      [...html.matchAll(/<script[^>]*>/g)]
        .map((m) => m[0])
        .filter((tag) => !/nomodule/i.test(tag))
        .flatMap((tag) => /src="([^"]+\.js)"/.exec(tag)?.[1] ?? []),
    ),
  ];
  const skipped = [...html.matchAll(/<script[^>]*nomodule[^>]*>/gi)].length;
  say(`filing page: ${scripts.length} scripts counted, ${skipped} nomodule scripts left out`);
  let bytes = 0;
  for (const src of scripts)
    bytes += gzipSync(await readFile(path.join(".next", src.replace(/^\/_next\//, "")))).length;
  return { files: scripts.length, gzipKb: bytes / 1024 };
}

async function writeResults(
  rows: Row[],
  generation: Record<number, number>,
  javascript: { files: number; gzipKb: number },
) {
  const find = (scenario: string, size: number) => rows.find((r) => r.scenario === scenario && r.dossiers === size)!;
  const [small, large] = [SIZES[0]!, SIZES[SIZES.length - 1]!];
  const ratios = {
    submitVsDatabase:
      find("submit a dossier", large).throughput /
      find("database writes of a submission (baseline 1)", large).throughput,
    catalogueVsStatic: find("catalogue", large).throughput / find("static file (baseline 2)", large).throughput,
    procedureVsStatic: find("procedure page", large).throughput / find("static file (baseline 2)", large).throughput,
  };
  const reads = [
    "clerk: work queue, first page",
    "clerk: work queue, filtered",
    "citizen: my dossiers",
    "public lookup by code",
    "dashboard: city",
    "dashboard: one agency",
    "catalogue",
    "procedure page",
    "open data: by agency, this year",
    "clerk: dossier page",
  ];
  const growth = reads.map((s) => ({
    scenario: s,
    p95Small: find(s, small).p95,
    p95Large: find(s, large).p95,
    ratio: find(s, large).p95 / find(s, small).p95,
  }));
  const peak = Math.max(...rows.map((r) => r.peakRssMb));
  const machine =
    `${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB ` +
    `RAM, Node ${process.version}, ${os.type()} ${os.release()}`;
  const ms = (n: number) => n.toFixed(1);
  const check = (pass: boolean) => (pass ? "met" : "**missed**");
  const ranAt = `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`;
  const results = [
    `Machine: ${machine}. ${CONNECTIONS} concurrent clients, ${SECONDS} s per scenario after a 2 s warm-up; the load ` +
      `generator, the job runner and PostgreSQL share the machine with the app.`,
    `Data generated: ` +
      `${SIZES.map((s) => `${s.toLocaleString("en")} dossiers in ${generation[s]!.toFixed(0)} ` + `s`).join(
        "; ",
      )} (the ` +
      `larger set grows from the smaller).`,
    "",
    "| dossiers | scenario | req/s | p50 ms | p95 ms | p99 ms | errors | app peak RSS MB |",
    "|---:|---|---:|---:|---:|---:|---:|---:|",
    ...rows.map(
      (r) =>
        `| ${r.dossiers.toLocaleString("en")} | ${r.scenario} | ${r.throughput.toFixed(1)} | ${ms(r.p50)} | ` +
        `${ms(r.p95)} | ${ms(r.p99)} | ${r.errors} | ${r.peakRssMb.toFixed(0)} |`,
    ),
    "",
    "| target | value | |",
    "|---|---:|---|",
    `| submissions/s ≥ 50% of the database baseline (at ${large.toLocaleString("en")}) | ` +
      `${(ratios.submitVsDatabase * 100).toFixed(0)}% | ${check(ratios.submitVsDatabase >= 0.5)} |`,
    `| catalogue ≥ 70% of the static file | ${(ratios.catalogueVsStatic * 100).toFixed(0)}% | ` +
      `${check(ratios.catalogueVsStatic >= 0.7)} |`,
    `| procedure page ≥ 70% of the static file | ${(ratios.procedureVsStatic * 100).toFixed(0)}% | ` +
      `${check(ratios.procedureVsStatic >= 0.7)} |`,
    ...growth.map(
      (g) =>
        `| ${g.scenario}: p95 at ${large.toLocaleString("en")} ≤ 1.5 × at ${small.toLocaleString("en")} | ` +
        `${ms(g.p95Small)} → ${ms(g.p95Large)} ms (×${g.ratio.toFixed(2)}) | ${check(g.ratio <= 1.5)} |`,
    ),
    `| no errors under load | ${rows.reduce((n, r) => n + r.errors, 0)} | ` +
      `${check(rows.every((r) => r.errors === 0))} |`,
    `| app process memory ≤ 512 MB | ${peak.toFixed(0)} MB | ${check(peak <= 512)} |`,
    `| JavaScript of a filing page ≤ 150 KB gzipped | ${javascript.gzipKb.toFixed(1)} KB in ${javascript.files} ` +
      `files | ${check(javascript.gzipKb <= 150)} |`,
  ].join("\n");
  const md = `# Benchmark — ${ranAt}\n\n${results}\n`;
  await mkdir(RESULTS, { recursive: true });
  await writeFile(path.join(RESULTS, "latest.md"), md);
  const json = {
    machine,
    connections: CONNECTIONS,
    seconds: SECONDS,
    generation,
    rows,
    ratios,
    growth,
    peakRssMb: peak,
    javascript,
  };
  await writeFile(path.join(RESULTS, "latest.json"), `${JSON.stringify(json, null, 2)}\n`);
  say(`results in ${RESULTS}/latest.md`);
  process.stdout.write(`\n${md}\n`);
  // Last: should the page have lost its markers, the run fails with its results already written above.
  const page = await readFile(PERFORMANCE_PAGE, "utf8");
  await writeFile(PERFORMANCE_PAGE, withLatestRun(page, `Run of ${ranAt}.\n\n${results}`));
  say(`latest run written into ${PERFORMANCE_PAGE}`);
}

/**
 * The page with the lines between its two marker lines replaced by `section`; the markers
 * (each on a line of its own, so prose may name them) and everything around them stay as
 * they were. A page that lost a marker is an error rather than a page appended to: the
 * run's results are in tests/bench/results/ all the same.
 */
function withLatestRun(page: string, section: string): string {
  const lines = page.split("\n");
  const start = lines.findIndex((line) => line.trim() === LATEST_START);
  const end = lines.findIndex((line, i) => i > start && line.trim() === LATEST_END);
  if (start < 0 || end < 0) {
    throw new Error(
      `${PERFORMANCE_PAGE} has no ${LATEST_START} line followed by a ${LATEST_END} line; the results are in ` +
        `${RESULTS}/latest.md`,
    );
  }
  return [...lines.slice(0, start + 1), section, ...lines.slice(end)].join("\n");
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    say(`benchmark failed: ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  },
);
