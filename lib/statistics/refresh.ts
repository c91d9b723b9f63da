// Keeps the statistics as dossiers change. Every event marks its dossier (markChanged in
// lib/dossiers/change-marks.ts, inside the event's transaction); refreshStatistics takes a batch of marked dossiers,
// works out their facts afresh and recounts the day buckets those facts left or entered,
// and those buckets' months.
// The cost follows what changed, never the number of dossiers. Runs in the job process, so
// it takes its client; one refresh at a time (an advisory lock), however many instances.
import { clockStart, elapsedWorkingMinutes } from "@/lib/clock/deadline";
import { DOSSIER_STATUS } from "@/lib/dossiers/status";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { loadWorkingCalendar } from "@/lib/clock/working-calendar";
import { pausesOfDossiers } from "@/lib/dossiers/pauses";
import { finishedOnTime } from "./indicators";
import { monthOf, vietnamDay } from "./params";
import { currentTime } from "@/lib/time";

/** Held while the day and month buckets are written; anything else rebuilding them takes it too. */
export const REFRESH_LOCK = 766_2025;

type Fact = Prisma.DossierFactCreateManyInput & { submittedDay: Date; finishedDay: Date | null };

async function factsOf(tx: Prisma.TransactionClient, ids: string[], now: Date): Promise<Fact[]> {
  const [dossiers, calendar, pauses, decisions, supplements, payments, ratings, complaints, attachments, results] =
    await Promise.all([
      tx.dossier.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          agencyId: true,
          channel: true,
          status: true,
          submittedAt: true,
          receivedAt: true,
          appointmentAt: true,
          feeVnd: true,
          reusedValueCount: true,
          totalValueCount: true,
          applicantUserId: true,
          procedureVersionId: true,
        },
      }),
      loadWorkingCalendar(tx),
      pausesOfDossiers(tx, ids),
      tx.dossierEvent.findMany({
        where: { dossierId: { in: ids }, type: "decided" },
        select: { dossierId: true, at: true },
      }),
      tx.supplementRequest.groupBy({ by: ["dossierId"], where: { dossierId: { in: ids } }, _count: { _all: true } }),
      tx.payment.findMany({
        where: { dossierId: { in: ids }, amountVnd: { gt: 0 } },
        select: { dossierId: true, status: true },
      }),
      tx.rating.findMany({ where: { dossierId: { in: ids }, negative: true }, select: { dossierId: true } }),
      tx.feedback.findMany({ where: { dossierId: { in: ids } }, select: { dossierId: true } }),
      tx.dossierDocument.findMany({
        where: { dossierId: { in: ids } },
        select: { dossierId: true },
        distinct: ["dossierId"],
      }),
      tx.resultDocument.findMany({
        where: { dossierId: { in: ids }, revokedAt: null },
        select: { dossierId: true },
        distinct: ["dossierId"],
      }),
    ]);
  const [applicants, versions] = await Promise.all([
    tx.user.findMany({
      where: { id: { in: [...new Set(dossiers.map((d) => d.applicantUserId))] } },
      select: { id: true, identitySource: true },
    }),
    tx.procedureVersion.findMany({
      where: { id: { in: [...new Set(dossiers.map((d) => d.procedureVersionId))] } },
      select: { id: true, procedureId: true, outOfHoursNextWorkingDay: true },
    }),
  ]);
  const versionOf = new Map(versions.map((v) => [v.id, v]));
  const verified = new Set(applicants.filter((a) => a.identitySource === "VNeID").map((a) => a.id));
  const decidedAt = new Map(decisions.map((e) => [e.dossierId, e.at]));
  const supplementCount = new Map(supplements.map((s) => [s.dossierId, s._count._all]));
  const withPayment = new Set(payments.map((p) => p.dossierId));
  const paidOnline = new Set(payments.filter((p) => p.status === "PAID").map((p) => p.dossierId));
  const unhappy = new Set([...ratings.map((r) => r.dossierId), ...complaints.map((c) => c.dossierId!)]);
  const attached = new Set(attachments.map((a) => a.dossierId));
  const resulted = new Set(results.map((r) => r.dossierId));
  return dossiers.map((d) => {
    const version = versionOf.get(d.procedureVersionId)!;
    const finishedAt =
      d.status === DOSSIER_STATUS.DECIDED || d.status === DOSSIER_STATUS.RESULT_RETURNED
        ? (decidedAt.get(d.id) ?? null)
        : null;
    const processingMinutes =
      finishedAt && d.receivedAt
        ? elapsedWorkingMinutes(
            clockStart(d.receivedAt, version, calendar),
            finishedAt,
            pauses.get(d.id) ?? [],
            calendar,
          )
        : null;
    return {
      dossierId: d.id,
      agencyId: d.agencyId,
      procedureId: version.procedureId,
      submittedDay: vietnamDay(d.submittedAt),
      finishedDay: finishedAt ? vietnamDay(finishedAt) : null,
      online: d.channel === "ONLINE",
      finished: finishedAt !== null,
      onTime: finishedOnTime({
        finishedAt,
        appointmentAt: d.appointmentAt,
        supplementRequests: supplementCount.get(d.id) ?? 0,
      }),
      processingMinutes,
      // A fee at filing, or a payment asked for later.
      hasFee: d.feeVnd > 0 || withPayment.has(d.id),
      paidOnline: paidOnline.has(d.id),
      complaintOrNegative: unhappy.has(d.id),
      digitised: attached.has(d.id) && resulted.has(d.id),
      reusedValues: d.reusedValueCount,
      totalValues: d.totalValueCount,
      identityVerified: verified.has(d.applicantUserId),
      refreshedAt: now,
    };
  });
}

/** A recounted bucket replaces every figure of the row it finds (day and month buckets alike). */
const TAKE_RECOUNTED = Prisma.sql`
      submitted = excluded.submitted, "submittedOnline" = excluded."submittedOnline", "withFee" =
  excluded."withFee", "paidOnline" = excluded."paidOnline",
      "identityVerified" = excluded."identityVerified", "reusedValues" = excluded."reusedValues", "totalValues" =
  excluded."totalValues",
      finished = excluded.finished, "onTime" = excluded."onTime", timed = excluded.timed, "processingMinutes" =
  excluded."processingMinutes",
      "complaintOrNegative" = excluded."complaintOrNegative", digitised = excluded.digitised`;

type BucketKey = { agencyId: string; procedureId: string; day: Date };
const keyOf = (k: BucketKey) => `${k.agencyId}|${k.procedureId}|${k.day.toISOString().slice(0, 10)}`;

/** Recounts one day bucket from the facts that fall in it (both indexes on DossierFact serve this). */
async function recountBucket(tx: Prisma.TransactionClient, k: BucketKey): Promise<void> {
  await tx.$executeRaw`
    WITH s AS (
      SELECT count(*)::int AS submitted, count(*) FILTER (WHERE "online")::int AS "submittedOnline",
             count(*) FILTER (WHERE "hasFee")::int AS "withFee", count(*) FILTER (WHERE "hasFee" AND
    "paidOnline")::int AS "paidOnline",
             count(*) FILTER (WHERE "identityVerified")::int AS "identityVerified",
             coalesce(sum("reusedValues"), 0)::int AS "reusedValues", coalesce(sum("totalValues"), 0)::int AS
    "totalValues"
      FROM "DossierFact" WHERE "agencyId" = ${k.agencyId}::uuid AND "procedureId" = ${k.procedureId}::uuid AND
    "submittedDay" = ${k.day}::date
    ), f AS (
      SELECT count(*)::int AS finished, count(*) FILTER (WHERE "onTime")::int AS "onTime",
             count("processingMinutes")::int AS timed, coalesce(sum("processingMinutes"), 0)::bigint AS
        "processingMinutes",
             count(*) FILTER (WHERE "complaintOrNegative")::int AS "complaintOrNegative", count(*) FILTER (WHERE
        "digitised")::int AS digitised
      FROM "DossierFact" WHERE "agencyId" = ${k.agencyId}::uuid AND "procedureId" = ${k.procedureId}::uuid AND
    "finishedDay" = ${k.day}::date
        AND "finished"
    )
    INSERT INTO "StatisticsDay" ("agencyId", "day", "procedureId", submitted, "submittedOnline", "withFee",
        "paidOnline", "identityVerified", "reusedValues", "totalValues", finished, "onTime", timed,
        "processingMinutes",
        "complaintOrNegative", digitised)
    SELECT ${k.agencyId}::uuid, ${k.day}::date, ${k.procedureId}::uuid, s.submitted, s."submittedOnline",
      s."withFee", s."paidOnline", s."identityVerified", s."reusedValues", s."totalValues", f.finished, f."onTime",
      f.timed, f."processingMinutes", f."complaintOrNegative", f.digitised
    FROM s, f
    ON CONFLICT ("agencyId", "day", "procedureId") DO UPDATE SET ${TAKE_RECOUNTED}`;
}

/** Recounts one month bucket from its day buckets (at most 31 rows, through the primary key). */
async function recountMonth(tx: Prisma.TransactionClient, k: BucketKey): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "StatisticsMonth" ("agencyId", "month", "procedureId", submitted, "submittedOnline", "withFee",
    "paidOnline", "identityVerified", "reusedValues", "totalValues", finished, "onTime", timed, "processingMinutes",
    "complaintOrNegative", digitised)
    SELECT ${k.agencyId}::uuid, ${k.day}::date, ${k.procedureId}::uuid, coalesce(sum(submitted), 0),
      coalesce(sum("submittedOnline"), 0), coalesce(sum("withFee"), 0), coalesce(sum("paidOnline"), 0),
           coalesce(sum("identityVerified"), 0), coalesce(sum("reusedValues"), 0), coalesce(sum("totalValues"), 0),
      coalesce(sum(finished), 0), coalesce(sum("onTime"), 0), coalesce(sum(timed), 0),
           coalesce(sum("processingMinutes"), 0), coalesce(sum("complaintOrNegative"), 0), coalesce(sum(digitised),
      0)
    FROM "StatisticsDay"
    WHERE "agencyId" = ${k.agencyId}::uuid AND "procedureId" = ${k.procedureId}::uuid AND "day" >= ${k.day}::date
    AND "day" < (${k.day}::date
      + interval '1 month')
    ON CONFLICT ("agencyId", "month", "procedureId") DO UPDATE SET ${TAKE_RECOUNTED}`;
}

/**
 * Refreshes up to `batchSize` marked dossiers; returns how many. A dossier marked again
 * while this runs keeps its mark (its transaction holds the row, which is skipped here)
 * and is counted by the next refresh.
 */
export async function refreshStatistics(
  prisma: PrismaClient,
  batchSize = 500,
  now: Date = currentTime(),
): Promise<number> {
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${REFRESH_LOCK})`;
      const marks = await tx.$queryRaw<{ dossierId: string }[]>`
      SELECT "dossierId" FROM "StatisticsMark" ORDER BY "markedAt" LIMIT ${batchSize} FOR UPDATE SKIP LOCKED`;
      if (marks.length === 0) return 0;
      const ids = marks.map((m) => m.dossierId);
      const before = await tx.dossierFact.findMany({
        where: { dossierId: { in: ids } },
        select: { agencyId: true, procedureId: true, submittedDay: true, finishedDay: true },
      });
      const after = await factsOf(tx, ids, now);
      const buckets = new Map<string, BucketKey>();
      for (const f of [...before, ...after]) {
        for (const day of [f.submittedDay, f.finishedDay]) {
          if (day)
            buckets.set(keyOf({ agencyId: f.agencyId, procedureId: f.procedureId, day }), {
              agencyId: f.agencyId,
              procedureId: f.procedureId,
              day,
            });
        }
      }
      await tx.dossierFact.deleteMany({ where: { dossierId: { in: ids } } });
      await tx.dossierFact.createMany({ data: after });
      const months = new Map<string, BucketKey>();
      for (const bucket of buckets.values()) {
        await recountBucket(tx, bucket);
        const month = { ...bucket, day: monthOf(bucket.day) };
        months.set(keyOf(month), month);
      }
      for (const month of months.values()) await recountMonth(tx, month);
      await tx.statisticsMark.deleteMany({ where: { dossierId: { in: ids } } });
      return marks.length;
    },
    { timeout: 60_000 },
  );
}

/** Refreshes until nothing is marked. */
export async function refreshAllStatistics(prisma: PrismaClient): Promise<number> {
  let total = 0;
  for (let n = await refreshStatistics(prisma); n > 0; n = await refreshStatistics(prisma)) total += n;
  return total;
}
