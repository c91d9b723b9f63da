// The statistics end to end on PostgreSQL: dossiers written as hand-built facts, the
// refresh turning their marks into day buckets (waiting for the applicant excluded), and
// every figure of October 2026 read back through the open-data API and compared with
// values worked out by hand below. Then the API's answers against its own OpenAPI
// description, and its refusals.
import { randomUUID } from "node:crypto";
import { Validator } from "@seriousme/openapi-schema-validator";
import Ajv2020 from "ajv/dist/2020";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { answerStatistics } from "@/lib/statistics/open-data";
import { OPEN_DATA_OPENAPI } from "@/lib/statistics/openapi";
import { parseStatisticsParams } from "@/lib/statistics/params";
import { readStatistics } from "@/lib/statistics/queries";
import { markChanged } from "@/lib/dossiers/change-marks";
import { refreshAllStatistics } from "@/lib/statistics/refresh";
import { birthRegistrationVersionId } from "@/tests/factories/dossiers";
import { createPersonActor } from "@/tests/factories/actors";
import { sealJson } from "@/lib/security/identity-sealing";

const SLUG = "ubnd-phuong-kiem-thu-thong-ke";
/** A Vietnam time in October 2026 (1 October is a Thursday; no holiday until 2 January). */
const vn = (month: number, day: number, hour = 10) => new Date(Date.UTC(2026, month - 1, day, hour - 7));

type Fixture = {
  channel?: "ONLINE" | "IN_PERSON";
  submitted: Date;
  decided?: Date;
  appointment: Date;
  feeVnd?: number;
  paidOnline?: boolean;
  supplements?: number;
  negativeRating?: boolean;
  reused?: [number, number];
  /** A supplement requested after reception and answered: waiting the clock excludes. */
  pause?: [Date, Date];
};

let agencyId: string;
const ids: Record<string, string> = {};

async function createDossier(name: string, f: Fixture, applicantUserId: string, versionId: string): Promise<void> {
  const status = f.decided ? 9 : 4;
  const dossier = await db().dossier.create({
    data: {
      code: `KT-261001-${String(Object.keys(ids).length + 1).padStart(4, "0")}-${randomUUID().slice(0, 6)}`,
      procedureVersionId: versionId,
      applicantUserId,
      agencyId,
      status,
      channel: f.channel ?? "ONLINE",
      submittedAt: f.submitted,
      receivedAt: f.submitted,
      appointmentAt: f.appointment,
      sealedValues: sealJson({}),
      provenance: {},
      reusedValueCount: f.reused?.[0] ?? 0,
      totalValueCount: f.reused?.[1] ?? 0,
      idempotencyKey: randomUUID(),
      feeVnd: f.feeVnd ?? 0,
    },
  });
  ids[name] = dossier.id;
  if (f.decided)
    await db().dossierEvent.create({
      data: { dossierId: dossier.id, at: f.decided, type: "decided", fromStatus: 4, toStatus: 9 },
    });
  for (let i = 0; i < (f.supplements ?? 0); i++) {
    await db().supplementRequest.create({
      data: {
        dossierId: dossier.id,
        afterReception: false,
        items: [],
        requestedAt: f.submitted,
        requestedByUserId: applicantUserId,
        officerName: "Cán bộ",
        officerPhone: "0912345678",
      },
    });
  }
  if (f.pause) {
    await db().supplementRequest.create({
      data: {
        dossierId: dossier.id,
        afterReception: true,
        items: [],
        requestedAt: f.pause[0],
        answeredAt: f.pause[1],
        requestedByUserId: applicantUserId,
        officerName: "Cán bộ",
        officerPhone: "0912345678",
      },
    });
  }
  if (f.paidOnline)
    await db().payment.create({
      data: {
        dossierId: dossier.id,
        payerUserId: applicantUserId,
        amountVnd: f.feeVnd!,
        status: "PAID",
        settledAt: f.submitted,
      },
    });
  if (f.negativeRating) {
    await db().rating.create({
      data: {
        dossierId: dossier.id,
        userId: applicantUserId,
        agencyId,
        scores: { guidance: 1, attitude: 2, timeliness: 2, result: 2, cost: 2 },
        negative: true,
      },
    });
  }
  await db().$transaction((tx) => markChanged(tx, dossier.id));
}

async function api(query: string, headers: Record<string, string> = {}) {
  return answerStatistics(new Request(`http://portal.test/api/open-data/v1/statistics?${query}`, { headers }));
}
const OCTOBER = `from=2026-10-01&to=2026-10-31&agency=${SLUG}`;

beforeAll(async () => {
  const agency = await db().agency.create({
    data: {
      code: "99.99.H29",
      slug: SLUG,
      nameVi: "UBND phường Kiểm Thử",
      nameEn: "Kiem Thu Ward People's Committee",
      level: "WARD",
      kind: "PEOPLES_COMMITTEE",
    },
  });
  agencyId = agency.id;
  const versionId = await birthRegistrationVersionId();
  const applicant = await createPersonActor({ name: "Người Nộp Thống Kê" });
  // Processing minutes are working time from reception to decision (7:30–11:30, 13:00–17:00).
  // A: Thu 1 Oct 10:00 → Mon 5 Oct 10:00: 330 + 480 + 150 = 960 (2 days); on time; 8 of 10 answers reused.
  await createDossier(
    "A",
    { submitted: vn(10, 1), decided: vn(10, 5), appointment: vn(10, 10, 17), reused: [8, 10] },
    applicant.userId,
    versionId,
  );
  // B: at the counter, Thu 1 Oct → Thu 8 Oct 10:00: 330 + 480 + 3 × 480 + 150 = 2400 (5 days); after its appointment (6
  // Oct): late.
  await createDossier(
    "B",
    { channel: "IN_PERSON", submitted: vn(10, 1), decided: vn(10, 8), appointment: vn(10, 6, 17), reused: [0, 10] },
    applicant.userId,
    versionId,
  );
  // C: decided by its date (Mon 5 Oct: 960) but asked to supplement twice: late.
  await createDossier(
    "C",
    { submitted: vn(10, 1), decided: vn(10, 5), appointment: vn(10, 10, 17), supplements: 2 },
    applicant.userId,
    versionId,
  );
  // D: still being processed; a 10.000 đồng fee paid online.
  await createDossier(
    "D",
    { submitted: vn(10, 1), appointment: vn(10, 20, 17), feeVnd: 10_000, paidOnline: true },
    applicant.userId,
    versionId,
  );
  // E: Fri 2 Oct → Fri 9 Oct 10:00: 330 + 4 × 480 + 150 = 2400; on time; a 20.000 đồng fee not paid online; rated "not
  // satisfied".
  await createDossier(
    "E",
    { submitted: vn(10, 2), decided: vn(10, 9), appointment: vn(10, 12, 17), feeVnd: 20_000, negativeRating: true },
    applicant.userId,
    versionId,
  );
  // F: submitted Wed 30 Sep (not October's), decided Fri 2 Oct 10:00: 330 + 480 + 150 = 960; on time.
  await createDossier(
    "F",
    { submitted: vn(9, 30), decided: vn(10, 2), appointment: vn(10, 7, 17) },
    applicant.userId,
    versionId,
  );
  // G: Thu 1 Oct 10:00 → Wed 7 Oct 10:00 is 330 + 480 + 480 + 480 + 150 = 1920, less the wait for a supplement
  // from Fri 2 Oct 10:00 to Mon 5 Oct 10:00 (330 + 150 = 480): 1440 (3 days); its appointment moved to 8 Oct: on time.
  await createDossier(
    "G",
    { submitted: vn(10, 1), decided: vn(10, 7), appointment: vn(10, 8, 17), pause: [vn(10, 2), vn(10, 5)] },
    applicant.userId,
    versionId,
  );
  await refreshAllStatistics(db());
});

describe("statistics kept as dossiers change", () => {
  it("counts every figure of the period as worked out by hand", async () => {
    const response = await api(OCTOBER);
    expect(response.status).toBe(200);
    const body = await response.json();
    // Submitted in October: A B C D E G (F was September); online: A C D E G.
    // Decided in October: A B C E F G; on time: A E F G. With a fee: D E; paid online: D.
    // Average: (960 + 2400 + 960 + 2400 + 960 + 1440) / 6 = 1520 minutes = 3.1667 working days of 480.
    // Satisfaction: 100% − overdue 2/6 − negative rating 1/6 = 50%.
    expect(body.total).toEqual({
      submitted: 6,
      decided: 6,
      onTime: 4,
      late: 2,
      onTimeRate: 0.6667,
      onlineShare: 0.8333,
      onlinePaymentShare: 0.5,
      averageProcessingDays: 3.17,
      satisfaction: 0.5,
    });
    expect(body.rows).toEqual([
      { key: SLUG, nameVi: "UBND phường Kiểm Thử", nameEn: "Kiem Thu Ward People's Committee", ...body.total },
    ]);
    // September holds F's submission only.
    const september = await (await api(`from=2026-09-01&to=2026-09-30&agency=${SLUG}`)).json();
    expect(september.total).toMatchObject({ submitted: 1, decided: 0, onTimeRate: null });
  });

  it("counts a change again, recounting only the buckets it touches", async () => {
    const before = await db().statisticsDay.findMany({ where: { agencyId }, orderBy: { day: "asc" } });
    // A complaint about A: satisfaction falls to 100% − 2/6 − 2/6 = 33.33%.
    const applicant = await db().dossier.findUniqueOrThrow({
      where: { id: ids.A! },
      select: { applicantUserId: true },
    });
    await db().$transaction(async (tx) => {
      await tx.feedback.create({
        data: {
          userId: applicant.applicantUserId,
          dossierId: ids.A!,
          agencyId,
          subject: "Thái độ",
          body: "Cán bộ hướng dẫn chưa rõ ràng.",
          dueAt: vn(10, 20),
        },
      });
      await markChanged(tx, ids.A!);
    });
    expect(await db().statisticsMark.count({ where: { dossierId: ids.A! } })).toBe(1);
    await refreshAllStatistics(db());
    expect(await db().statisticsMark.count()).toBe(0);
    const body = await (await api(OCTOBER)).json();
    expect(body.total.satisfaction).toBe(0.3333);
    // Only A's buckets changed (submitted on 1 Oct, decided on 5 Oct; the second holds the complaint).
    const after = await db().statisticsDay.findMany({ where: { agencyId }, orderBy: { day: "asc" } });
    const changed = after.filter(
      (row, i) =>
        JSON.stringify(row, (_, v) => (typeof v === "bigint" ? Number(v) : v)) !==
        JSON.stringify(before[i], (_, v) => (typeof v === "bigint" ? Number(v) : v)),
    );
    expect(changed.map((r) => r.day.toISOString().slice(0, 10))).toEqual(["2026-10-05"]);
  });

  it("gives the page's figures: the API reads the same query the page does", async () => {
    const parsed = parseStatisticsParams(new URLSearchParams(OCTOBER));
    if (!parsed.ok) throw new Error("parameters refused");
    const direct = await readStatistics(parsed.params);
    const body = await (await api(OCTOBER)).json();
    expect(body.total.submitted).toBe(direct.total.indicators.submitted);
    expect(body.total.onTimeRate).toBeCloseTo(direct.total.indicators.onTimeRate!, 4);
    expect(body.period).toEqual({ from: "2026-10-01", to: "2026-10-31" });
  });
});

describe("the open-data API", () => {
  it("has an OpenAPI description that validates, and answers that match it", async () => {
    const validator = new Validator();
    const result = await validator.validate(
      structuredClone(OPEN_DATA_OPENAPI) as unknown as Parameters<Validator["validate"]>[0],
    );
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    ajv.addSchema(structuredClone(OPEN_DATA_OPENAPI) as unknown as object, "openapi");
    for (const query of [OCTOBER, "by=procedure", "by=field&from=2026-01-01"]) {
      const body = await (await api(query)).json();
      expect(ajv.validate({ $ref: "openapi#/components/schemas/Statistics" }, body), JSON.stringify(ajv.errors)).toBe(
        true,
      );
    }
    const problem = await (await api("by=everything")).json();
    expect(ajv.validate({ $ref: "openapi#/components/schemas/Problem" }, problem), JSON.stringify(ajv.errors)).toBe(
      true,
    );
  });

  it("serves CSV with the same figures, and 304 when nothing changed", async () => {
    const csv = await api(`${OCTOBER}&format=csv`);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const lines = (await csv.text()).trim().split("\r\n");
    expect(lines[0]).toBe(
      "key,nameVi,nameEn,submitted,decided,onTime,late,onTimeRate,onlineShare,onlinePaymentShare," +
        "averageProcessingDays,satisfaction",
    );
    expect(lines[1]).toBe(
      `${SLUG},UBND phường Kiểm Thử,Kiem Thu Ward People's Committee,6,6,4,2,0.6667,0.8333,0.5,3.17,0.3333`,
    );
    expect(lines.at(-1)).toBe("total,Tổng cộng,Total,6,6,4,2,0.6667,0.8333,0.5,3.17,0.3333");
    const first = await api(OCTOBER);
    expect(first.headers.get("cache-control")).toContain("public");
    const again = await api(OCTOBER, { "if-none-match": first.headers.get("etag")! });
    expect(again.status).toBe(304);
  });

  it("refuses bad parameters with a 400 naming each, in Vietnamese and English", async () => {
    const cases: Array<[string, string]> = [
      ["from=2026-02-30", "from"],
      ["to=23/11/2026", "to"],
      ["from=2026-12-01&to=2026-01-01", "from"],
      ["from=2000-01-01&to=2026-01-01", "from"],
      ["by=everything", "by"],
      ["format=xml", "format"],
      ["agency=khong-co", "agency"],
      ["procedure=Not A Slug", "procedure"],
      ["limit=10", "limit"],
      ["from=' OR 1=1 --", "from"],
    ];
    for (const [query, parameter] of cases) {
      const response = await api(query);
      expect(response.status, query).toBe(400);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
      const body = await response.json();
      expect(
        body.errors.map((e: { parameter: string }) => e.parameter),
        query,
      ).toContain(parameter);
      for (const e of body.errors) expect(e.messageVi.length * e.messageEn.length, query).toBeGreaterThan(0);
    }
  });
});
