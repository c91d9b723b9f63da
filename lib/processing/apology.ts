// The apology and new appointment (Mẫu 04): issued by a leader of the agency at the latest
// one working day before the appointment, once per dossier, with the reason and the new
// date, as a PDF under the agency's electronic seal; the citizen sees the new date
// everywhere the appointment appears.
import "server-only";
import { z } from "zod";
import { dueWithinOneWorkingDay } from "@/lib/clock/deadline";
import { db } from "@/lib/db";
import { changeDossier } from "@/lib/dossiers/lifecycle";
import { asStatus, RUNNING_STATUSES } from "@/lib/dossiers/status";
import { ConflictError, ValidationError } from "@/lib/errors";
import type { Actor } from "@/lib/identity/actor";
import { formatDateTime } from "@/lib/i18n/format";
import { dossierMessages } from "@/lib/notifications/dossier-messages";
import { renderPdf } from "@/lib/documents/pdf";
import { loadWorkingCalendar } from "@/lib/clock/working-calendar";
import { discard, sealAndStore } from "@/lib/documents/sealed-pdf";
import { slipDocument } from "@/lib/dossiers/slips";
import { staffDossier } from "@/lib/dossiers/staff-access";
import { sealJson } from "@/lib/security/identity-sealing";
import { currentTime } from "@/lib/time";

const schema = z.object({
  reason: z.string().trim().min(10).max(2000),
  newDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

export async function issueApology(
  actor: Actor,
  code: string,
  seenVersion: number,
  input: unknown,
): Promise<{ newAppointment: Date }> {
  const { me, dossier } = await staffDossier(actor, code, "dossier.decide");
  const parsed = schema.safeParse(input);
  if (!parsed.success)
    throw new ValidationError({
      apology: {
        vi: "Nêu lý do chậm (ít nhất 10 ký tự) và ngày hẹn mới.",
        en: "Give the reason for the delay (10 characters or more) and the new date.",
      },
    });
  if (!RUNNING_STATUSES.includes(asStatus(dossier.status)) || !dossier.appointmentAt)
    throw new ConflictError(
      "Hồ sơ không còn trong thời hạn giải quyết.",
      "The dossier is no longer running against its time limit.",
    );
  if ((await db().dossierSlip.count({ where: { dossierId: dossier.id, kind: "MAU_04" } })) > 0)
    throw new ConflictError(
      "Hồ sơ đã được hẹn lại một lần; không được hẹn lại lần thứ hai.",
      "The dossier was re-appointed once already; a second re-appointment is not allowed.",
    );
  const calendar = await loadWorkingCalendar(db());
  const now = currentTime();
  if (dueWithinOneWorkingDay(dossier.appointmentAt, now, calendar))
    throw new ConflictError(
      "Phiếu xin lỗi phải được gửi chậm nhất 1 ngày làm việc trước hạn trả kết quả.",
      "The apology must be sent at least one working day before the result is due.",
    );
  const newAppointment = new Date(`${parsed.data.newDate}T17:00:00+07:00`);
  if (Number.isNaN(newAppointment.getTime()) || newAppointment <= dossier.appointmentAt)
    throw new ValidationError({
      apology: { vi: "Ngày hẹn mới phải sau ngày hẹn cũ.", en: "The new date must be after the original one." },
    });
  const [agency, applicant] = await Promise.all([
    db().agency.findUniqueOrThrow({ where: { id: dossier.agencyId }, select: { code: true, nameVi: true } }),
    db().user.findUniqueOrThrow({ where: { id: dossier.applicantUserId }, select: { fullName: true } }),
  ]);
  // The letter is issued as a PDF sealed by the agency, kept as issued in the applicant's data store.
  const content = {
    agency: agency.nameVi,
    code: dossier.code,
    applicant: applicant.fullName,
    original: formatDateTime(dossier.appointmentAt),
    reason: parsed.data.reason,
    newAppointment: formatDateTime(newAppointment),
    signedBy: me.fullName,
    issuedAt: formatDateTime(now),
  };
  const issued = await sealAndStore(agency, await renderPdf(slipDocument("MAU_04", content)));
  try {
    await db().$transaction(async (tx) => {
      await changeDossier(tx, dossier, {
        action: null,
        within: RUNNING_STATUSES,
        seenVersion,
        set: { appointmentAt: newAppointment },
        event: {
          type: "apology.issued",
          actorUserId: me.userId,
          details: {
            original: dossier.appointmentAt!.toISOString(),
            newAppointment: newAppointment.toISOString(),
            sha256: issued.sha256,
            role: "LEADER",
            agencyId: dossier.agencyId,
          },
        },
        notify: {
          kind: "dossier.apology",
          message: dossierMessages.apology(dossier.code, agency.nameVi, parsed.data.reason, newAppointment),
        },
        audit: { actorUserId: me.userId, action: "dossier.apology", details: { code } },
      });
      const stored = await tx.storedDocument.create({
        data: {
          ownerUserId: dossier.applicantUserId,
          originalName: `phieu-xin-loi-${dossier.code}.pdf`,
          mimeType: "application/pdf",
          sizeBytes: issued.sizeBytes,
          sha256: issued.sha256,
          storageKey: issued.storageKey,
        },
      });
      await tx.dossierSlip.create({
        data: {
          dossierId: dossier.id,
          kind: "MAU_04",
          issuedBy: me.userId,
          sealedContent: sealJson(content),
          documentId: stored.id,
          sha256: issued.sha256,
          signature: issued.sealed.signature,
          certificate: issued.sealed.certificate,
        },
      });
    });
  } catch (error) {
    await discard(issued);
    throw error;
  }
  return { newAppointment };
}
