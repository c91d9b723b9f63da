// Complaints and feedback (phản ánh, kiến nghị): a signed-in person writes about one of
// their dossiers (routed to its agency) or in general (to the agency they choose); the
// agency answers within ten working days. The person sees each with its deadline and the
// answer, which also reaches them as a notification.
import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/mutations";
import { WORKING_DAY_MINUTES, fromLocal, toLocal } from "@/lib/clock/calendar";
import { db } from "@/lib/db";
import { markChanged } from "@/lib/dossiers/change-marks";
import { applicantScope, plausibleCode } from "@/lib/dossiers/access";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { isSignedIn, type Actor } from "@/lib/identity/actor";
import { agenciesWithPermission } from "@/lib/identity/permissions";
import { formatDateTime } from "@/lib/i18n/format";
import { notifyPerson } from "@/lib/notifications/applicant";
import { loadWorkingCalendar } from "@/lib/clock/working-calendar";
import { isUuid } from "@/lib/db/ids";
import { currentTime } from "@/lib/time";

/** Working days an agency has to answer (Decree 20/2008 allows up to 10 for a simple matter). */
export const ANSWER_WORKING_DAYS = 10;

const fileSchema = z.object({
  dossierCode: z.string().trim().max(60).optional(),
  agency: z.string().trim().max(80).optional(),
  subject: z.string().trim().min(5, "subject").max(200, "subject"),
  body: z.string().trim().min(20, "body").max(4000, "body"),
});
const MESSAGES = {
  subject: { vi: "Nêu tiêu đề phản ánh (5 đến 200 ký tự).", en: "Give a subject (5 to 200 characters)." },
  body: {
    vi: "Trình bày nội dung phản ánh, kiến nghị (20 đến 4.000 ký tự).",
    en: "Describe the matter (20 to 4,000 characters).",
  },
  agency: { vi: "Chọn cơ quan nhận phản ánh.", en: "Choose the agency the feedback is for." },
  answer: { vi: "Nhập nội dung trả lời (20 đến 4.000 ký tự).", en: "Write the answer (20 to 4,000 characters)." },
};

/** Agencies a general complaint may be addressed to. */
export async function listFeedbackAgencies() {
  return db().agency.findMany({
    where: { isActive: true },
    select: { slug: true, nameVi: true, nameEn: true },
    orderBy: { nameVi: "asc" },
    take: 300,
  });
}

export async function fileFeedback(actor: Actor, input: unknown): Promise<{ id: string; dueAt: Date }> {
  if (!isSignedIn(actor)) throw new NotFoundError("feedback");
  const parsed = fileSchema.safeParse(input);
  if (!parsed.success) {
    const keys = [...new Set(parsed.error.issues.map((i) => i.message))].filter(
      (k): k is keyof typeof MESSAGES => k in MESSAGES,
    );
    throw new ValidationError(Object.fromEntries(keys.map((k) => [k, MESSAGES[k]])));
  }
  const { dossierCode, agency: agencySlug, subject, body } = parsed.data;
  let dossierId: string | null = null;
  let agencyId: string;
  if (dossierCode) {
    // About a dossier: only one's own, and it goes to the dossier's agency.
    const dossier = plausibleCode(dossierCode)
      ? await db().dossier.findFirst({
          where: { code: dossierCode, ...applicantScope(actor) },
          select: { id: true, agencyId: true },
        })
      : null;
    if (!dossier) throw new NotFoundError("dossier");
    dossierId = dossier.id;
    agencyId = dossier.agencyId;
  } else {
    const agency = agencySlug
      ? await db().agency.findFirst({ where: { slug: agencySlug, isActive: true }, select: { id: true } })
      : null;
    if (!agency) throw new ValidationError({ agency: MESSAGES.agency });
    agencyId = agency.id;
  }
  const calendar = await loadWorkingCalendar(db());
  const now = currentTime();
  const dueAt = fromLocal(
    calendar.addWorkingMinutes(calendar.nextOpening(toLocal(now)), ANSWER_WORKING_DAYS * WORKING_DAY_MINUTES),
  );
  return db().$transaction(async (tx) => {
    const created = await tx.feedback.create({
      data: { userId: actor.userId, dossierId, agencyId, subject, body, dueAt },
      select: { id: true, dueAt: true },
    });
    // A complaint about a dossier counts against its agency's satisfaction.
    if (dossierId) await markChanged(tx, dossierId);
    return created;
  });
}

const FEEDBACK_FIELDS = {
  id: true,
  subject: true,
  body: true,
  createdAt: true,
  dueAt: true,
  answer: true,
  answeredAt: true,
  agencyId: true,
  dossierId: true,
} as const;

/** The person's own complaints and feedback, newest first, with the answers. */
export async function listFeedbackForSelf(actor: Actor, take = 20) {
  if (!isSignedIn(actor)) return [];
  const rows = await db().feedback.findMany({
    where: { userId: actor.userId },
    orderBy: { createdAt: "desc" },
    take,
    select: FEEDBACK_FIELDS,
  });
  return withNames(rows);
}

async function withNames<T extends { agencyId: string; dossierId: string | null }>(rows: T[]) {
  const [agencies, dossiers] = await Promise.all([
    db().agency.findMany({
      where: { id: { in: [...new Set(rows.map((r) => r.agencyId))] } },
      select: { id: true, nameVi: true, nameEn: true },
    }),
    db().dossier.findMany({
      where: { id: { in: rows.flatMap((r) => (r.dossierId ? [r.dossierId] : [])) } },
      select: { id: true, code: true },
    }),
  ]);
  const agencyOf = new Map(agencies.map((a) => [a.id, { vi: a.nameVi, en: a.nameEn }]));
  const codeOf = new Map(dossiers.map((d) => [d.id, d.code]));
  return rows.map(({ agencyId, dossierId, ...r }) => ({
    ...r,
    agency: agencyOf.get(agencyId)!,
    dossierCode: dossierId ? (codeOf.get(dossierId) ?? null) : null,
  }));
}

function answerScope(actor: Actor) {
  const scope = isSignedIn(actor) ? agenciesWithPermission(actor.roles, "feedback.answer") : [];
  if (!isSignedIn(actor) || (scope !== "all" && scope.length === 0)) throw new NotFoundError("feedback");
  return { me: actor, where: scope === "all" ? {} : { agencyId: { in: scope } } };
}

/** Complaints addressed to the person's agencies: unanswered first, by deadline. */
export async function listFeedbackForStaff(actor: Actor) {
  const { where } = answerScope(actor);
  const [open, answered] = await Promise.all([
    db().feedback.findMany({
      where: { ...where, answeredAt: null },
      orderBy: { dueAt: "asc" },
      take: 50,
      select: FEEDBACK_FIELDS,
    }),
    db().feedback.findMany({
      where: { ...where, answeredAt: { not: null } },
      orderBy: { answeredAt: "desc" },
      take: 20,
      select: FEEDBACK_FIELDS,
    }),
  ]);
  // One lookup of agency names and dossier codes for both lists.
  const named = await withNames([...open, ...answered]);
  return { open: named.slice(0, open.length), answered: named.slice(open.length) };
}

export async function answerFeedback(actor: Actor, feedbackId: string, answer: unknown): Promise<void> {
  const { me, where } = answerScope(actor);
  const feedback = isUuid(feedbackId) ? await db().feedback.findFirst({ where: { id: feedbackId, ...where } }) : null;
  if (!feedback) throw new NotFoundError("feedback");
  const parsed = z.string().trim().min(20).max(4000).safeParse(answer);
  if (!parsed.success) throw new ValidationError({ answer: MESSAGES.answer });
  const agency = await db().agency.findUniqueOrThrow({
    where: { id: feedback.agencyId },
    select: { nameVi: true, nameEn: true },
  });
  await db().$transaction(async (tx) => {
    const now = currentTime();
    const done = await tx.feedback.updateMany({
      where: { id: feedback.id, answeredAt: null },
      data: { answer: parsed.data, answeredAt: now, answeredByUserId: me.userId },
    });
    if (done.count === 0)
      throw new ConflictError("Phản ánh này vừa được trả lời.", "This feedback has just been answered.");
    await notifyPerson(tx, feedback.userId, feedback.dossierId, "feedback.answered", {
      titleVi: `${agency.nameVi} đã trả lời phản ánh “${feedback.subject}”`,
      titleEn: `${agency.nameEn} answered “${feedback.subject}”`,
      bodyVi: `${parsed.data}\n(Trả lời lúc ${formatDateTime(now)}, ${me.fullName}.)`,
      bodyEn: `${parsed.data}\n(Answered at ${formatDateTime(now, "en")} by ${me.fullName}.)`,
    });
    await recordAudit(
      {
        actorUserId: me.userId,
        action: "feedback.answer",
        targetType: "feedback",
        targetId: feedback.id,
        details: { onTime: now <= feedback.dueAt },
      },
      tx,
    );
  });
}
