// The applicant rates how a decided dossier was served, once, on the criteria of the
// national satisfaction index; a "not satisfied" on any criterion is a negative rating,
// which counts against the agency's satisfaction (docs/domain.md §9).
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { applicantScope, plausibleCode } from "@/lib/dossiers/access";
import { recordOnDossier } from "@/lib/dossiers/events";
import { DOSSIER_STATUS } from "@/lib/dossiers/status";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { isSignedIn, type Actor } from "@/lib/identity/actor";
import { Prisma } from "@/lib/generated/prisma/client";

export const RATING_CRITERIA = ["guidance", "attitude", "timeliness", "result", "cost"] as const;
export type RatingCriterion = (typeof RATING_CRITERIA)[number];
export const RATING_LEVELS = [3, 2, 1] as const;

export const CRITERION_LABELS: Record<RatingCriterion, { vi: string; en: string }> = {
  guidance: { vi: "Hướng dẫn, tiếp nhận hồ sơ", en: "Guidance and reception" },
  attitude: { vi: "Thái độ, ứng xử của cán bộ", en: "Officers' attitude and conduct" },
  timeliness: { vi: "Thời gian giải quyết", en: "Time taken" },
  result: { vi: "Kết quả đúng quy định", en: "Result as the rules say" },
  cost: {
    vi: "Phí, lệ phí đúng quy định, không phát sinh chi phí khác",
    en: "Fees as published, nothing else charged",
  },
};
export const LEVEL_LABELS: Record<number, { vi: string; en: string }> = {
  3: { vi: "Rất hài lòng", en: "Very satisfied" },
  2: { vi: "Hài lòng", en: "Satisfied" },
  1: { vi: "Không hài lòng", en: "Not satisfied" },
};

const ratingSchema = z.object({
  scores: z.object(
    Object.fromEntries(RATING_CRITERIA.map((c) => [c, z.coerce.number().int().min(1).max(3)])) as Record<
      RatingCriterion,
      z.ZodCoercedNumber
    >,
  ),
  comment: z.string().trim().max(1000).optional(),
});

/** Dossiers that may be rated: decided (with or without the result handed over). */
const RATEABLE: readonly number[] = [DOSSIER_STATUS.DECIDED, DOSSIER_STATUS.RESULT_RETURNED];

async function ownDossier(actor: Actor, code: string) {
  if (!isSignedIn(actor) || !plausibleCode(code)) throw new NotFoundError("dossier");
  const dossier = await db().dossier.findFirst({
    where: { code, ...applicantScope(actor) },
    select: { id: true, status: true, agencyId: true },
  });
  if (!dossier) throw new NotFoundError("dossier");
  return { me: actor, dossier };
}

/** The applicant's rating of the dossier, whether it can be rated, and the rating once given. */
export async function getRatingForApplicant(actor: Actor, code: string) {
  const { dossier } = await ownDossier(actor, code);
  const rating = await db().rating.findUnique({
    where: { dossierId: dossier.id },
    select: { scores: true, comment: true, createdAt: true },
  });
  return {
    canRate: RATEABLE.includes(dossier.status) && !rating,
    rating: rating ? { ...rating, scores: rating.scores as Record<RatingCriterion, number> } : null,
  };
}

export async function rateDossier(actor: Actor, code: string, input: unknown): Promise<void> {
  const { me, dossier } = await ownDossier(actor, code);
  if (!RATEABLE.includes(dossier.status))
    throw new ConflictError(
      "Hồ sơ chỉ được đánh giá sau khi có kết quả.",
      "A dossier can be rated once it has been decided.",
    );
  const parsed = ratingSchema.safeParse(input);
  if (!parsed.success) {
    const missing = RATING_CRITERIA.filter((c) => parsed.error.issues.some((i) => i.path[1] === c));
    throw new ValidationError(
      Object.fromEntries(
        (missing.length ? missing : ["comment"]).map((c) => [
          c,
          c === "comment"
            ? { vi: "Ý kiến thêm tối đa 1.000 ký tự.", en: "Comments are 1,000 characters at most." }
            : {
                vi: `Chọn mức hài lòng cho “${CRITERION_LABELS[c as RatingCriterion].vi}”.`,
                en: `Choose how satisfied you are with “${CRITERION_LABELS[c as RatingCriterion].en}”.`,
              },
        ]),
      ),
    );
  }
  const scores = parsed.data.scores;
  const negative = Object.values(scores).some((s) => s === 1);
  try {
    await db().$transaction(async (tx) => {
      await tx.rating.create({
        data: {
          dossierId: dossier.id,
          userId: me.userId,
          agencyId: dossier.agencyId,
          scores,
          negative,
          comment: parsed.data.comment || null,
        },
      });
      await recordOnDossier(tx, dossier.id, { type: "rated", actorUserId: me.userId, details: { negative } });
    });
  } catch (error) {
    // The unique dossier id: rated already (a second tab, a double click).
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new ConflictError("Bạn đã đánh giá hồ sơ này.", "You have already rated this dossier.");
    throw error;
  }
}
