// The deadline alert job: one working day before a received dossier's appointment, the
// person holding it and the leaders of its agency are told, once (an event in the
// dossier's chain records it). Runs in the start process, so it takes its client.
import { dueWithinOneWorkingDay } from "@/lib/clock/deadline";
import { recordOnDossier } from "@/lib/dossiers/events";
import { DOSSIER_STATUS } from "@/lib/dossiers/status";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { formatDateTime } from "@/lib/i18n/format";
import { loadWorkingCalendar } from "@/lib/clock/working-calendar";
import { currentTime } from "@/lib/time";

export async function alertApproachingDeadlines(prisma: PrismaClient, now: Date = currentTime()): Promise<number> {
  const calendar = await loadWorkingCalendar(prisma);
  // A first cut by date (ten calendar days span one working day even across Tết), then the exact working-time test.
  const candidates = await prisma.dossier.findMany({
    where: {
      status: { in: [DOSSIER_STATUS.RECEIVED, DOSSIER_STATUS.PROCESSING] },
      appointmentAt: { not: null, lte: new Date(now.getTime() + 10 * 24 * 3600_000) },
      events: { none: { type: "deadline.alerted" } },
    },
    select: { id: true, code: true, agencyId: true, assigneeUserId: true, appointmentAt: true },
    take: 500,
  });
  let alerted = 0;
  for (const dossier of candidates.filter((d) => dueWithinOneWorkingDay(d.appointmentAt!, now, calendar))) {
    const leaders = await prisma.staffAssignment.findMany({
      where: { agencyId: dossier.agencyId, role: "LEADER" },
      select: { idNumberHash: true },
    });
    const users = await prisma.user.findMany({
      where: { idNumberHash: { in: leaders.map((l) => l.idNumberHash) } },
      select: { id: true },
    });
    const recipients = [
      ...new Set([...(dossier.assigneeUserId ? [dossier.assigneeUserId] : []), ...users.map((u) => u.id)]),
    ];
    await prisma.$transaction(async (tx) => {
      const [lock] = await tx.$queryRaw<
        { n: number }[]
      >`SELECT count(*)::int AS n FROM "DossierEvent" WHERE "dossierId" = ${dossier.id}::uuid AND "type" =
        'deadline.alerted'`;
      if (lock && lock.n > 0) return;
      await recordOnDossier(tx, dossier.id, {
        type: "deadline.alerted",
        actorUserId: null,
        details: { appointmentAt: dossier.appointmentAt!.toISOString(), recipients: recipients.length },
      });
      const due = formatDateTime(dossier.appointmentAt!);
      await tx.notification.createMany({
        data: recipients.map((userId) => ({
          userId,
          dossierId: dossier.id,
          kind: "staff.deadline",
          channel: "IN_APP",
          titleVi: `Hồ sơ ${dossier.code} sắp đến hạn`,
          titleEn: `Dossier ${dossier.code} is nearly due`,
          bodyVi:
            `Hẹn trả kết quả lúc ${due}. Nếu không kịp, lãnh đạo cơ quan lập Phiếu xin lỗi và hẹn lại (Mẫu 04) ` +
            `trước hạn.`,
          bodyEn:
            `The result is due at ${due}. If it cannot be met, the agency head issues an apology with a new ` +
            `date (form 04) before then.`,
        })),
      });
      alerted += 1;
    });
  }
  return alerted;
}
