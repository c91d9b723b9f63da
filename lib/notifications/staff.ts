// Telling staff what they must act on (issue 26, item 6): a step assigned or handed to them,
// a question from another agency. In the portal and by e-mail, with the deadline, written in
// the same transaction as the change and mailed once it commits (as for applicants).
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatDateTime } from "@/lib/i18n/format";
import { notifyPerson } from "./applicant";

type Dossier = { id: string; code: string; appointmentAt: Date | null };
type StepName = { vi: string; en: string };

/** Due: the dossier's appointment, when it has one. */
const dueLine = (dossier: Dossier) =>
  dossier.appointmentAt
    ? {
        vi: ` Hẹn trả kết quả: ${formatDateTime(dossier.appointmentAt, "vi")}.`,
        en: ` Result due: ${formatDateTime(dossier.appointmentAt, "en")}.`,
      }
    : { vi: "", en: "" };

/** A step given to a named person, by a leader's assignment or the holder's hand-over. */
export async function notifyStepReceiver(
  tx: Prisma.TransactionClient,
  receiverId: string,
  dossier: Dossier,
  by: string,
  step: StepName,
  how: "assigned" | "handed-over",
): Promise<void> {
  const due = dueLine(dossier);
  await notifyPerson(tx, receiverId, dossier.id, `staff.${how}`, {
    titleVi: how === "assigned" ? `Bạn được giao hồ sơ ${dossier.code}` : `Hồ sơ ${dossier.code} được chuyển đến bạn`,
    titleEn:
      how === "assigned" ? `Dossier ${dossier.code} was assigned to you` : `Dossier ${dossier.code} was handed to you`,
    bodyVi: `${by} ${how === "assigned" ? "giao" : "chuyển"} cho bạn bước ${step.vi.toLowerCase()}.${due.vi}`,
    bodyEn: `${by} ${how === "assigned" ? "gave" : "handed"} you the ${step.en.toLowerCase()} step.${due.en}`,
  });
}

/** A question from another agency, to each person there who may answer it. */
export async function notifyConsulted(
  tx: Prisma.TransactionClient,
  people: string[],
  dossier: { id: string; code: string },
  fromAgency: string,
  dueAt: Date,
): Promise<void> {
  for (const userId of people) {
    await notifyPerson(tx, userId, dossier.id, "staff.consulted", {
      titleVi: `${fromAgency} lấy ý kiến về hồ sơ ${dossier.code}`,
      titleEn: `${fromAgency} asks your agency about dossier ${dossier.code}`,
      bodyVi: `Vui lòng trả lời tại mục “Lấy ý kiến” trước ${formatDateTime(dueAt, "vi")}.`,
      bodyEn: `Please answer under “Consultations” by ${formatDateTime(dueAt, "en")}.`,
    });
  }
}

/** The answer to a question, to the person who asked it. */
export async function notifyConsultationAnswered(
  tx: Prisma.TransactionClient,
  askedBy: string,
  dossier: { id: string; code: string },
  answering: { nameVi: string; nameEn: string },
): Promise<void> {
  await notifyPerson(tx, askedBy, dossier.id, "staff.consultation-answered", {
    titleVi: `${answering.nameVi} đã trả lời về hồ sơ ${dossier.code}`,
    titleEn: `${answering.nameEn} answered about dossier ${dossier.code}`,
    bodyVi: "Ý kiến trả lời có trên trang hồ sơ, mục “Lấy ý kiến”.",
    bodyEn: "The answer is on the dossier's page, under “Consultations”.",
  });
}
