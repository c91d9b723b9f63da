// The benchmark's data: dossiers at city scale, written by PostgreSQL itself
// (INSERT … SELECT over generate_series, a batch at a time), so a million dossiers and
// their eight-odd million events load in minutes on two cores. Distributions are meant
// to look like real use, not to be exact:
// - procedures skewed towards the commonly used ones (the catalogue's featured rank),
//   wards skewed towards the busiest;
// - statuses as a year of a one-stop shop: ~70% returned, ~7% decided, ~15% running,
//   the rest refused, withdrawn or stopped; running dossiers are recent, finished ones
//   spread over the year, and some of each are late;
// - ~7.5 events per dossier (as far along as its status), supplement requests (15%),
//   consultations (5%, some unanswered past their deadline), payments, results, one
//   stored document for most, ratings (20% of returned), complaints (1%);
// - citizens with several dossiers (a skewed pool of a third as many people as
//   dossiers, each with an account), businesses with many (10% of dossiers, a pool of
//   1% as many);
// - the statistics' facts and day buckets, as the refresh job would leave them.
// Generated events carry no hash chain (like events written before the chain existed):
// this data is for measuring, not for auditing.
import type pg from "pg";
import { identityColumns, sealJson } from "@/lib/security/identity-sealing";
import { REFRESH_LOCK } from "@/lib/statistics/refresh";

export type BenchPersonas = {
  /** A citizen given exactly the first `citizenDossiers` dossiers, whatever the total. */
  citizenUserId: string;
  citizenDossiers: number;
  /** Staff user ids that running dossiers are assigned to, with some generated ones. */
  staffUserIds: string[];
};

const BATCH = 50_000;

/** The answers every generated dossier carries (about the size of a birth registration's), sealed as the portal stores
 * them. */
const answers = () =>
  sealJson({
    requesterName: "Nguyễn Văn Thử",
    requesterAddress: "12 Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí Minh",
    relationship: "father",
    phone: "0903123456",
    childName: "Nguyễn Bảo Ngọc",
    childBirthDate: "2026-01-10",
    childSex: "female",
    childEthnicity: "Kinh",
    childNationality: "Việt Nam",
    birthPlace: "Bệnh viện Từ Dũ",
    hometown: "Thành phố Hồ Chí Minh",
    motherName: "Trần Thị Mẫu",
    motherBirthYear: "1992",
    motherEthnicity: "Kinh",
    motherNationality: "Việt Nam",
    motherAddress: "12 Lê Lợi, Phường Sài Gòn",
    fatherDeclared: "no",
    competentWard: "ubnd-phuong-sai-gon",
  });

/** How many dossiers the database holds. */
export async function countDossiers(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Dossier"`);
  return Number(rows[0]!.n);
}

/** Adds generated dossiers until the database holds `target` of them; returns the seconds it took. */
export async function generateDossiers(
  client: pg.Client,
  target: number,
  personas: BenchPersonas,
  log: (line: string) => void,
): Promise<number> {
  const started = Date.now();
  await prepare(client);
  for (let have = await countDossiers(client); have < target; have = await countDossiers(client)) {
    const size = Math.min(BATCH, target - have);
    await client.query("BEGIN");
    await insertBatch(client, have, size, target, personas);
    await client.query("COMMIT");
    log(`generated ${have + size} / ${target} dossiers (${Math.round((Date.now() - started) / 1000)} s)`);
  }
  await rebuildStatisticsDays(client);
  await client.query("ANALYZE");
  return (Date.now() - started) / 1000;
}

/** The procedures in force (by how commonly used) and the wards and departments, numbered for random picks. */
async function prepare(client: pg.Client): Promise<void> {
  await client.query(
    `
    CREATE TEMP TABLE IF NOT EXISTS bench_versions AS
    SELECT (row_number() OVER (ORDER BY coalesce(p."featuredRank", 1000), p.code) - 1)::int AS i,
           v.id AS version_id, p.id AS procedure_id, p.level::text AS level, coalesce(p."handlingAgencyId", ` +
      `p."managingAgencyId") AS city_agency,
           greatest(v."timeLimitValue", 1) AS limit_days
    FROM "Procedure" p
    JOIN LATERAL (SELECT id, "timeLimitValue" FROM "ProcedureVersion" WHERE "procedureId" = p.id AND status = ` +
      `'PUBLISHED' ORDER BY "effectiveFrom" DESC LIMIT 1) v ON true
    WHERE p."isActive"`,
  );
  await client.query(
    `CREATE TEMP TABLE IF NOT EXISTS bench_wards AS SELECT (row_number() OVER (ORDER BY slug = 'ubnd-phuong-sai-gon' ` +
      `DESC, code) - 1)::int AS i, id FROM "Agency" WHERE level = 'WARD' AND "isActive"`,
  );
  // Five officers of every agency, who hold the running dossiers generated there.
  const agencies = await client.query<{ id: string; n: number }>(
    `SELECT id, row_number() OVER (ORDER BY code)::int AS n FROM "Agency"`,
  );
  await insertPeople(
    client,
    agencies.rows.flatMap((a) =>
      [0, 1, 2, 3, 4].map((k) => ({
        key: `bench-officer-${a.id}${k}`,
        idNumber: `08${String(a.n * 5 + k).padStart(10, "0")}`,
        fullName: `Cán bộ ${["Lý", "Trương", "Phan", "Vũ", "Đỗ"][k]} ${a.n}`,
        phone: null,
      })),
    ),
  );
  await client.query(
    `CREATE TEMP TABLE IF NOT EXISTS bench_departments AS SELECT (row_number() OVER (ORDER BY code) - 1)::int AS i, ` +
      `id FROM "Agency" WHERE kind = 'DEPARTMENT'`,
  );
}

/** Bench people already inserted by this process (their ids are stable: a rerun skips them). */
let peopleCreated = 0;

/** Accounts as sign-in stores them: the ID number as its keyed hash, the identity sealed (md5 of the key gives stable
 * ids). */
async function insertPeople(
  client: pg.Client,
  people: Array<{ key: string; idNumber: string; fullName: string; phone: string | null }>,
): Promise<void> {
  const columns = people.map((p) => ({ ...p, ...identityColumns({ idNumber: p.idNumber, phone: p.phone }) }));
  await client.query(
    `
    INSERT INTO "User" (id, kind, subject, "idNumberHash", "sealedIdentity", "fullName", "accountLevel", ` +
      `"identitySource", "verifiedAt", "updatedAt")
    SELECT md5(k)::uuid, 'PERSON', k, h, s, n, 2, 'VNeID', now(), now() FROM unnest($1::text[], $2::text[], ` +
      `$3::text[], $4::text[]) AS t(k, h, s, n)
    ON CONFLICT (id) DO NOTHING`,
    [
      columns.map((c) => c.key),
      columns.map((c) => c.idNumberHash),
      columns.map((c) => c.sealedIdentity),
      columns.map((c) => c.fullName),
    ],
  );
}

async function insertBatch(
  client: pg.Client,
  start: number,
  size: number,
  target: number,
  personas: BenchPersonas,
): Promise<void> {
  const counts = await client.query<{ versions: number; wards: number; departments: number }>(
    `SELECT (SELECT count(*) FROM bench_versions)::int AS versions, (SELECT count(*) FROM bench_wards)::int AS ` +
      `wards, (SELECT count(*) FROM bench_departments)::int AS departments`,
  );
  const { versions, wards, departments } = counts.rows[0]!;
  const people = Math.max(100, Math.floor(target / 3));
  const organisations = Math.max(10, Math.floor(target / 100));
  // Every applicant has an account: the pool grows with the data (ids are stable, so earlier dossiers keep theirs).
  for (let from = peopleCreated; from < people; from += 5000) {
    const ks = Array.from({ length: Math.min(5000, people - from) }, (_, i) => from + i);
    await insertPeople(
      client,
      ks.map((k) => ({
        key: `bench-person-${k}`,
        idNumber: `09${String(k).padStart(10, "0")}`,
        fullName:
          `${["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi"][k % 8]} ` +
          `${["Văn", "Thị", "Minh", "Ngọc"][k % 4]} ` +
          `${["An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Khoa", "Lan", "Mai", "Nam", "Phúc", "Quân"][k % 12]}`,
        phone: `0903${String(k % 1000000).padStart(6, "0")}`,
      })),
    );
  }
  peopleCreated = Math.max(peopleCreated, people);
  await client.query(`DROP TABLE IF EXISTS bench_batch`);
  // One row per new dossier with every random choice made once.
  await client.query(
    `
    CREATE TEMP TABLE bench_batch AS
    WITH g AS (
      SELECT n, floor(power(random(), 2.2) * $3)::int AS vi, floor(power(random(), 1.6) * $4)::int AS wi, random() ` +
      `AS rs, random() AS rc, random() AS rf,
             random() AS ro, random() AS ru, random() AS rx, random() AS ry, random() AS rz
      FROM generate_series($1::int, $1::int + $2::int - 1) AS n
    ), s AS (
      SELECT g.*, CASE WHEN rs < 0.70 THEN 10 WHEN rs < 0.77 THEN 9 WHEN rs < 0.87 THEN 4 WHEN rs < 0.90 THEN 2 WHEN ` +
      `rs < 0.93 THEN 1
                       WHEN rs < 0.95 THEN 5 WHEN rs < 0.97 THEN 6 WHEN rs < 0.98 THEN 3 WHEN rs < 0.99 THEN 7 ELSE ` +
      `8 END AS status
      FROM g
    ), t AS (
      SELECT s.*, v.version_id, v.procedure_id, v.limit_days, CASE WHEN v.level = 'WARD' THEN w.id ELSE ` +
      `v.city_agency END AS agency_id,
             -- Running dossiers are recent (about one in eight past its appointment); finished ones spread over the ` +
      `year.
             now() - CASE WHEN s.status IN (1, 2, 4, 5, 6) THEN rx * v.limit_days * interval '1.6 days' ELSE (30 + ` +
      `rx * 335) * interval '1 day' END AS submitted,
             v.level = 'WARD' AND s.wi = 0 AS at_bench_ward
      FROM s JOIN bench_versions v ON v.i = s.vi JOIN bench_wards w ON w.i = s.wi
    )
    SELECT n, gen_random_uuid() AS id, 'BM-' || lpad(n::text, 9, '0') AS code, version_id, procedure_id, agency_id, ` +
      `status,
           CASE WHEN n < $7::int THEN $6::uuid ELSE md5('bench-person-' || floor(power(ru, 1.5) * $5))::uuid END AS ` +
      `applicant,
           CASE WHEN ro < 0.10 THEN md5('bench-organisation-' || floor(power(random(), 2) * $8))::uuid END AS ` +
      `organisation,
           (CASE WHEN rc < 0.70 THEN 'ONLINE' WHEN rc < 0.95 THEN 'IN_PERSON' ELSE 'POSTAL' END)::"DossierChannel" ` +
      `AS channel,
           submitted,
           CASE WHEN status NOT IN (1, 3) THEN submitted + interval '3 hours' END AS received,
           CASE WHEN status NOT IN (1, 3) THEN submitted + interval '3 hours' + limit_days * interval '1.4 days' END ` +
      `AS appointment,
           -- Decided within 1.6 × the time limit: roughly one in six after the appointment.
           CASE WHEN status IN (9, 10) THEN submitted + interval '3 hours' + ry * limit_days * interval '1.6 days' ` +
      `END AS decided,
           CASE WHEN rf < 0.30 THEN (1 + floor(rf * 100)) * 1000 ELSE 0 END AS fee,
           floor(rz * 12)::int AS reused, 12 + floor(rz * 8)::int AS total,
           at_bench_ward, rx, ry, rz
    FROM t`,
    [start, size, versions, wards, people, personas.citizenUserId, personas.citizenDossiers, organisations],
  );

  await client.query(
    `
    INSERT INTO "Dossier" (id, code, "procedureVersionId", "applicantUserId", "actingForOrganisationId", "agencyId", ` +
      `status, channel, "submittedAt", "sealedValues", provenance,
                           "reusedValueCount", "totalValueCount", "idempotencyKey", "feeVnd", "receivedAt", ` +
      `"appointmentAt", "stepKey", "stepStartedAt", "assigneeUserId")
    SELECT id, code, version_id, applicant, organisation, agency_id, status, channel, submitted, $1, '{}'::jsonb, ` +
      `reused, total, gen_random_uuid(), fee, received, appointment,
           CASE WHEN status IN (2, 4, 5, 6) THEN (ARRAY['appraisal', 'appraisal', 'approval'])[1 + floor(rz * ` +
      `3)::int] WHEN status = 9 THEN 'return' END,
           CASE WHEN status IN (2, 4, 5, 6, 9) THEN coalesce(decided, received) END,
           -- Held by a named officer: the bench's own staff at its ward, five officers per agency elsewhere.
           CASE WHEN status IN (4, 5, 6) AND rz < 0.8 THEN
             CASE WHEN at_bench_ward THEN ($2::uuid[])[1 + floor(ry * array_length($2::uuid[], 1))::int] ELSE ` +
      `md5('bench-officer-' || agency_id || floor(ry * 5))::uuid END END
    FROM bench_batch`,
    [answers(), personas.staffUserIds],
  );

  // As far along the history as the status says: about 7.5 events a dossier.
  await client.query(
    `
    INSERT INTO "DossierEvent" ("dossierId", at, type, "fromStatus", "toStatus")
    SELECT b.id, b.submitted + k * interval '5 hours',
           (ARRAY['submitted', 'received', 'step.claimed', 'supplement.requested', 'supplement.answered', ` +
      `'step.handed-over', 'decided', 'result.returned', 'rated'])[k],
           NULL, CASE WHEN k = 1 THEN 1 END
    FROM bench_batch b
    CROSS JOIN LATERAL generate_series(1, CASE b.status WHEN 1 THEN 1 WHEN 3 THEN 2 WHEN 2 THEN 2 WHEN 4 THEN 4 WHEN ` +
      `5 THEN 4 WHEN 6 THEN 4 WHEN 7 THEN 3
                                                        WHEN 8 THEN 5 WHEN 9 THEN 7 ELSE CASE WHEN b.rz < 0.2 THEN 9 ` +
      `ELSE 8 END END) AS k`,
  );

  await client.query(
    `
    INSERT INTO "SupplementRequest" (id, "dossierId", "afterReception", items, "requestedAt", "requestedByUserId", ` +
      `"officerName", "officerPhone", "answeredAt")
    SELECT gen_random_uuid(), id, true, '[{"kind":"document","key":"giay-to","label":"Giấy tờ","reason":"Bản chụp bị ` +
      `mờ."}]'::jsonb, received + interval '1 day', ($1::uuid[])[1], 'Cán bộ thử tải', '0912345678',
           CASE WHEN status <> 5 THEN received + interval '2 days' END
    FROM bench_batch WHERE status IN (4, 5, 9, 10) AND ry < 0.15 OR status = 5`,
    [personas.staffUserIds],
  );

  await client.query(
    `
    INSERT INTO "Consultation" (id, "dossierId", "fromAgencyId", "toAgencyId", "requestedByUserId", question, ` +
      `"requestedAt", "dueAt", answer, "answeredAt")
    SELECT gen_random_uuid(), b.id, b.agency_id, d.id, ($1::uuid[])[1], 'Đề nghị cho ý kiến về hồ sơ.', b.received + ` +
      `interval '1 day', b.received + interval '4 days',
           CASE WHEN b.status <> 4 OR b.rz < 0.5 THEN 'Thống nhất.' END, CASE WHEN b.status <> 4 OR b.rz < 0.5 THEN ` +
      `b.received + interval '3 days' END
    FROM bench_batch b JOIN bench_departments d ON d.i = floor(b.rx * $2)::int
    WHERE b.status IN (4, 9, 10) AND b.rz > 0.95`,
    [personas.staffUserIds, departments],
  );

  await client.query(
    `
    INSERT INTO "Payment" (id, "dossierId", "payerUserId", "amountVnd", status, "gatewayTransaction", ` +
      `"receiptNumber", "createdAt", "settledAt")
    SELECT gen_random_uuid(), id, applicant, fee, 'PAID', 'BM' || n, code || '-BL1', submitted, submitted + interval ` +
      `'1 minute'
    FROM bench_batch WHERE fee > 0 AND status <> 6 AND ry < 0.7`,
  );

  await client.query(
    `
    INSERT INTO "ResultDocument" (id, code, "dossierId", "documentId", "titleVi", outcome, sha256, "signerName", ` +
      `"signedByName", signature, certificate, "issuedAt")
    SELECT gen_random_uuid(), code || '-KQ1', id, gen_random_uuid(), 'Kết quả giải quyết', 'APPROVED', md5(code) || ` +
      `md5(code || 'x'), 'Cơ quan thử tải', 'Lãnh đạo thử tải', 'bench', 'bench', decided
    FROM bench_batch WHERE status IN (9, 10)`,
  );

  await client.query(
    `
    WITH docs AS (
      INSERT INTO "StoredDocument" (id, "ownerUserId", "originalName", "mimeType", "sizeBytes", sha256, ` +
      `"storageKey", "createdAt")
      SELECT gen_random_uuid(), applicant, 'giay-to-' || n || '.pdf', 'application/pdf', 150000 + floor(rx * ` +
      `500000)::int, md5(code) || md5(code || 'd'), 'bench/' || code, submitted
      FROM bench_batch WHERE rx < 0.6
      RETURNING id, "storageKey"
    )
    INSERT INTO "DossierDocument" ("dossierId", "documentId", "documentKey")
    SELECT b.id, docs.id, 'giay-to' FROM docs JOIN bench_batch b ON 'bench/' || b.code = docs."storageKey"`,
  );

  await client.query(
    `
    INSERT INTO "Rating" (id, "dossierId", "userId", "agencyId", scores, negative, "createdAt")
    SELECT gen_random_uuid(), id, applicant, agency_id, ` +
      `'{"guidance":3,"attitude":3,"timeliness":2,"result":3,"cost":3}'::jsonb, ry < 0.1, decided + interval '2 days'
    FROM bench_batch WHERE status = 10 AND rz < 0.2`,
  );

  await client.query(
    `
    INSERT INTO "Feedback" (id, "userId", "dossierId", "agencyId", subject, body, "createdAt", "dueAt", answer, ` +
      `"answeredAt")
    SELECT gen_random_uuid(), applicant, id, agency_id, 'Phản ánh thử tải', 'Nội dung phản ánh về việc giải quyết hồ ` +
      `sơ.', submitted + interval '1 day', submitted + interval '15 days',
           CASE WHEN ry < 0.9 THEN 'Đã tiếp thu.' END, CASE WHEN ry < 0.9 THEN submitted + interval '5 days' END
    FROM bench_batch WHERE rx > 0.99`,
  );

  // The facts the refresh job would have written (working minutes approximated from the elapsed time).
  await client.query(
    `
    INSERT INTO "DossierFact" ("dossierId", "agencyId", "procedureId", "submittedDay", "finishedDay", online, ` +
      `finished, "onTime", "processingMinutes", "hasFee", "paidOnline",
                               "complaintOrNegative", digitised, "reusedValues", "totalValues", "identityVerified", ` +
      `"refreshedAt")
    SELECT b.id, b.agency_id, b.procedure_id, (b.submitted AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, (b.decided AT ` +
      `TIME ZONE 'Asia/Ho_Chi_Minh')::date,
           b.channel = 'ONLINE', b.decided IS NOT NULL, b.decided IS NOT NULL AND b.decided <= b.appointment,
           CASE WHEN b.decided IS NOT NULL THEN (extract(epoch FROM b.decided - b.received) / 60 * 480 / 1440 * 5 / ` +
      `7)::int END,
           b.fee > 0, b.fee > 0 AND b.status <> 6 AND b.ry < 0.7, (b.status = 10 AND b.rz < 0.2 AND b.ry < 0.1) OR ` +
      `b.rx > 0.99,
           b.decided IS NOT NULL AND b.rx < 0.6, b.reused, b.total, b.channel = 'ONLINE', now()
    FROM bench_batch b`,
  );
}

/** The day and month buckets, recounted from every fact (the refresh job keeps them one dossier at a time). */
async function rebuildStatisticsDays(client: pg.Client): Promise<void> {
  // The portal's refresh job may be recounting buckets for dossiers filed by the last
  // scenarios: it waits for this rebuild (and then recounts on top of it), as it would for
  // another instance's refresh.
  await client.query("BEGIN");
  await client.query("SELECT pg_advisory_xact_lock($1)", [REFRESH_LOCK]);
  await client.query(`DELETE FROM "StatisticsDay"`);
  await client.query(
    `
    INSERT INTO "StatisticsDay" ("agencyId", day, "procedureId", submitted, "submittedOnline", "withFee", ` +
      `"paidOnline", "identityVerified", "reusedValues", "totalValues",
                                 finished, "onTime", timed, "processingMinutes", "complaintOrNegative", digitised)
    SELECT "agencyId", day, "procedureId", sum(submitted), sum("submittedOnline"), sum("withFee"), ` +
      `sum("paidOnline"), sum("identityVerified"), sum("reusedValues"), sum("totalValues"),
           sum(finished), sum("onTime"), sum(timed), sum("processingMinutes"), sum("complaintOrNegative"), ` +
      `sum(digitised)
    FROM (
      SELECT "agencyId", "submittedDay" AS day, "procedureId", 1 AS submitted, online::int AS "submittedOnline", ` +
      `"hasFee"::int AS "withFee", ("hasFee" AND "paidOnline")::int AS "paidOnline",
             "identityVerified"::int AS "identityVerified", "reusedValues", "totalValues", 0 AS finished, 0 AS ` +
      `"onTime", 0 AS timed, 0 AS "processingMinutes", 0 AS "complaintOrNegative", 0 AS digitised
      FROM "DossierFact"
      UNION ALL
      SELECT "agencyId", "finishedDay", "procedureId", 0, 0, 0, 0, 0, 0, 0, 1, "onTime"::int, ("processingMinutes" ` +
      `IS NOT NULL)::int, coalesce("processingMinutes", 0),
             "complaintOrNegative"::int, digitised::int
      FROM "DossierFact" WHERE finished
    ) AS parts
    GROUP BY "agencyId", day, "procedureId"`,
  );
  await client.query(`DELETE FROM "StatisticsMonth"`);
  await client.query(
    `
    INSERT INTO "StatisticsMonth" ("agencyId", month, "procedureId", submitted, "submittedOnline", "withFee", ` +
      `"paidOnline", "identityVerified", "reusedValues", "totalValues",
                                   finished, "onTime", timed, "processingMinutes", "complaintOrNegative", digitised)
    SELECT "agencyId", date_trunc('month', day)::date, "procedureId", sum(submitted), sum("submittedOnline"), ` +
      `sum("withFee"), sum("paidOnline"), sum("identityVerified"),
           sum("reusedValues"), sum("totalValues"), sum(finished), sum("onTime"), sum(timed), ` +
      `sum("processingMinutes"), sum("complaintOrNegative"), sum(digitised)
    FROM "StatisticsDay" GROUP BY 1, 2, 3`,
  );
  await client.query("COMMIT");
}
