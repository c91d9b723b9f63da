// The control slip (Mẫu 05): one row per hand-off of the dossier, derived from its event
// log — who handed over, who received, when, at which agency, and whether the step that
// ended there finished early, on time or late against its allotted working hours.
import "server-only";
import type { StepTiming } from "@/lib/clock/deadline";
import { db } from "@/lib/db";
import { renderPdf, type PortalDocument } from "@/lib/documents/pdf";
import { sealedCopy } from "@/lib/documents/sealed-pdf";
import { plausibleCode } from "@/lib/dossiers/access";
import { NotFoundError } from "@/lib/errors";
import { isSignedIn, type Actor } from "@/lib/identity/actor";
import { formatDateTime } from "@/lib/i18n/format";
import { loadWorkingCalendar } from "@/lib/clock/working-calendar";
import { applicantOrStaffWhere } from "@/lib/dossiers/staff-access";
import { stepTimings } from "@/lib/dossiers/step-timings";

const TIMING_VI: Record<StepTiming, string> = { EARLY: "Trước hạn", ON_TIME: "Đúng hạn", LATE: "Quá hạn" };

type Row = {
  at: Date;
  from: string;
  to: string;
  step: string;
  timing: StepTiming | null;
  notes?: Array<[string, string]>;
};

const PROPOSAL_VI = { approve: "Đề xuất giải quyết", refuse: "Đề xuất không giải quyết" } as const;

export async function getControlSlip(
  actor: Actor,
  code: string,
): Promise<PortalDocument & { agency: { code: string; nameVi: string } }> {
  if (!isSignedIn(actor) || !plausibleCode(code)) throw new NotFoundError("dossier");
  const dossier = await db().dossier.findFirst({
    where: {
      code,
      ...applicantOrStaffWhere(actor, "dossier.read", "dossier.receive", "dossier.appraise", "dossier.decide"),
    },
  });
  if (!dossier) throw new NotFoundError("dossier");
  const [events, agency, version, calendar] = await Promise.all([
    db().dossierEvent.findMany({ where: { dossierId: dossier.id }, orderBy: { id: "asc" }, take: 500 }),
    db().agency.findUniqueOrThrow({ where: { id: dossier.agencyId }, select: { nameVi: true, code: true } }),
    db().procedureVersion.findUniqueOrThrow({
      where: { id: dossier.procedureVersionId },
      select: {
        procedure: { select: { nameVi: true } },
        steps: { select: { key: true, nameVi: true, allottedHours: true } },
      },
    }),
    loadWorkingCalendar(db()),
  ]);
  const people = await db().user.findMany({
    where: {
      id: {
        in: [
          ...new Set(
            events.flatMap((e) =>
              [e.actorUserId, (e.details as { toUserId?: string } | null)?.toUserId].filter((x): x is string =>
                Boolean(x),
              ),
            ),
          ),
        ],
      },
    },
    select: { id: true, fullName: true },
  });
  const nameOf = (id: string | null | undefined) => (id ? (people.find((p) => p.id === id)?.fullName ?? "—") : "—");
  const allotted = (key: string) => version.steps.find((s) => s.key === key)?.allottedHours ?? 8;
  const stepName = (key: string) => version.steps.find((s) => s.key === key)?.nameVi ?? key;
  const timings = stepTimings(events, dossier.submittedAt, allotted, calendar);
  const rows: Row[] = [];
  let holder = nameOf(dossier.applicantUserId);
  events.forEach((e, i) => {
    const details = (e.details ?? {}) as {
      toUserId?: string;
      fromStep?: string;
      toStep?: string;
      appraisal?: {
        findings?: string;
        proposal?: "approve" | "refuse";
        proposalReasons?: string;
        siteInspection?: string;
      };
    };
    const timing = timings[i]!;
    if (e.type === "received") {
      rows.push({
        at: e.at,
        from: `${holder} (người nộp)`,
        to: nameOf(e.actorUserId),
        step: stepName("reception"),
        timing,
      });
      holder = nameOf(e.actorUserId);
    } else if (e.type === "step.claimed") {
      rows.push({ at: e.at, from: holder, to: nameOf(e.actorUserId), step: "Chuyển xử lý", timing: null });
      holder = nameOf(e.actorUserId);
    } else if (e.type === "step.handed-over") {
      // The appraisal recorded with the hand-over, as the leader read it.
      const a = details.appraisal;
      const notes: Array<[string, string]> = a?.proposal
        ? [
            ["Đề xuất", PROPOSAL_VI[a.proposal]],
            ...(a.proposalReasons ? [["Lý do", a.proposalReasons] as [string, string]] : []),
            ["Kết quả thẩm định", a.findings ?? ""],
            ...(a.siteInspection ? [["Kiểm tra thực địa", a.siteInspection] as [string, string]] : []),
          ]
        : [];
      rows.push({
        at: e.at,
        from: nameOf(e.actorUserId),
        to: nameOf(details.toUserId),
        step: stepName(details.fromStep ?? "appraisal"),
        timing,
        notes,
      });
      holder = nameOf(details.toUserId);
    } else if (e.type === "decided") {
      rows.push({
        at: e.at,
        from: nameOf(e.actorUserId),
        to: "Bộ phận một cửa (trả kết quả)",
        step: stepName("approval"),
        timing,
      });
      holder = "Bộ phận một cửa";
    } else if (e.type === "result.returned") {
      rows.push({
        at: e.at,
        from: nameOf(e.actorUserId),
        to: `${nameOf(dossier.applicantUserId)} (người nộp)`,
        step: stepName("return"),
        timing,
      });
    }
  });
  return {
    agency,
    title: `Phiếu kiểm soát ${dossier.code}`,
    heading: "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
    lines: [
      `Mã hồ sơ: ${dossier.code}`,
      `${version.procedure.nameVi} – ${agency.nameVi}`,
      ...(dossier.appointmentAt ? [`Hẹn trả kết quả: ${formatDateTime(dossier.appointmentAt)}`] : []),
    ],
    sections: rows.map((r, i) => ({
      title: `${i + 1}. ${r.step}`,
      rows: [
        ["Thời điểm", formatDateTime(r.at)],
        ["Bên giao", r.from],
        ["Bên nhận", r.to],
        ["Cơ quan", agency.nameVi],
        ...(r.timing ? [["Kết quả", TIMING_VI[r.timing]] as [string, string]] : []),
        ...(r.notes ?? []),
      ],
    })),
    footer: "Phiếu được lập tự động từ nhật ký xử lý hồ sơ (có chuỗi băm chống sửa đổi).",
  };
}

/**
 * The control slip as a PDF with the agency's seal inside. It follows the dossier, so each
 * copy is sealed as it stands when asked for (a dated snapshot), and is not kept.
 */
export async function getControlSlipPdf(actor: Actor, code: string): Promise<Uint8Array> {
  const slip = await getControlSlip(actor, code);
  return sealedCopy(slip.agency, await renderPdf(slip));
}
