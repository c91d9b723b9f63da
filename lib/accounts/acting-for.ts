// Whether a person may still file for the organisation a draft was started for (issue 19
// finding 7: a draft started under a mandate, submitted after the mandate was revoked, was
// filed in the company's name). Checked again when the draft is signed and, inside the
// submission's transaction, when it is submitted.
import "server-only";
import { ForbiddenError } from "@/lib/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { PersonActor } from "@/lib/identity/actor";

type Reader = Pick<PrismaClient, "$queryRaw"> | Prisma.TransactionClient;

const noLongerActs = () =>
  new ForbiddenError(
    "Bạn không còn quyền nộp hồ sơ này cho tổ chức đã chọn khi lập bản nháp (ủy quyền đã bị thu hồi, hoặc bạn " +
      "đang thực hiện với tư cách khác). Hồ sơ chưa được nộp.",
    "You may no longer file this draft for the organisation it was started for (the mandate was revoked, or " +
      "you are acting in another capacity). Nothing was filed.",
  );

/**
 * The draft's organisation (or none) must be the one the person acts for now, as the
 * organisation's account, its legal representative or the holder of a mandate not revoked.
 * The mandate row is read FOR SHARE, so a revocation committing at the same moment waits for
 * the submission or is seen by it.
 */
export async function assertStillActsFor(
  client: Reader,
  me: PersonActor,
  draftOrganisationId: string | null,
): Promise<void> {
  if (draftOrganisationId === null && me.actingFor === null) return;
  if (draftOrganisationId === null || me.actingFor?.organisationId !== draftOrganisationId) throw noLongerActs();
  if (me.kind === "organisation-account") return;
  if (!me.idNumberHash) throw noLongerActs();
  const [row] = await client.$queryRaw<{ rights: number }[]>`
    SELECT (SELECT count(*) FROM "Organisation" WHERE id = ${draftOrganisationId}::uuid AND "legalRepIdHash" =
    ${me.idNumberHash})::int
         + (SELECT count(*) FROM (SELECT id FROM "Mandate" WHERE "organisationId" = ${draftOrganisationId}::uuid AND
    "holderIdHash" = ${me.idNumberHash} AND
           "revokedAt" IS NULL FOR SHARE) AS held)::int AS rights`;
  if (!row || row.rights === 0) throw noLongerActs();
}
