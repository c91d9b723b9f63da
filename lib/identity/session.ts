// getActor(): the single choke point that turns a request into an actor. It enforces
// the session's absolute lifetime, resolves staff roles, and re-checks that a person
// still holds the mandate of the organisation they act for.
import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { recordAudit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { openIdentity } from "@/lib/security/identity-sealing";
import { ANONYMOUS, type Actor } from "./actor";
import { auth } from "./auth";
import { currentTimeMs } from "@/lib/time";

/** The actor of the current request (memoised per request). */
export const getActor = cache(async (): Promise<Actor> => {
  const session = (await auth()) as { sessionId?: string } | null;
  if (!session?.sessionId) {
    // Auth.js reads a session it cannot load (the database away) as no session: a signed-in
    // person was sent to the sign-in page. With a session cookie, ask the database once, so
    // that its absence shows the error page instead (issue 19, low).
    if (await hasSessionCookie()) await db().$queryRaw`SELECT 1`;
    return ANONYMOUS;
  }
  const row = await db().session.findUnique({
    where: { id: session.sessionId },
    select: {
      id: true,
      createdAt: true,
      actingForOrganisationId: true,
      user: {
        select: {
          id: true,
          kind: true,
          fullName: true,
          accountLevel: true,
          idNumberHash: true,
          sealedIdentity: true,
          enterpriseCode: true,
        },
      },
      actingFor: { select: { id: true, enterpriseCode: true, name: true, legalRepIdHash: true } },
    },
  });
  if (!row) return ANONYMOUS;
  if (currentTimeMs() - row.createdAt.getTime() > env().SESSION_MAX_HOURS * 3600_000) {
    await db().session.deleteMany({ where: { id: row.id } });
    await recordAudit({
      actorUserId: row.user.id,
      action: "auth.session_expired",
      targetType: "session",
      targetId: row.id,
    });
    return ANONYMOUS;
  }
  const { user } = row;
  const roles = user.idNumberHash
    ? await db().staffAssignment.findMany({
        where: { idNumberHash: user.idNumberHash },
        select: { role: true, agencyId: true },
      })
    : [];
  return {
    kind: user.kind === "ORGANISATION" ? "organisation-account" : "person",
    userId: user.id,
    sessionId: row.id,
    fullName: user.fullName,
    accountLevel: user.accountLevel,
    idNumber: openIdentity(user.sealedIdentity).idNumber,
    idNumberHash: user.idNumberHash,
    actingFor: await resolveActingFor(user, row.actingFor),
    roles,
  };
});

type ActingForRow = { id: string; enterpriseCode: string; name: string; legalRepIdHash: string } | null;

async function resolveActingFor(
  user: { id: string; kind: string; enterpriseCode: string | null; idNumberHash: string | null },
  org: ActingForRow,
) {
  if (user.kind === "ORGANISATION" && user.enterpriseCode) {
    const own = await db().organisation.findUnique({
      where: { enterpriseCode: user.enterpriseCode },
      select: { id: true, enterpriseCode: true, name: true },
    });
    return own ? { organisationId: own.id, enterpriseCode: own.enterpriseCode, name: own.name } : null;
  }
  if (!org) return null;
  const isLegalRep = user.idNumberHash !== null && org.legalRepIdHash === user.idNumberHash;
  const mandate =
    isLegalRep ||
    (user.idNumberHash !== null &&
      (await db().mandate.count({
        where: { organisationId: org.id, holderIdHash: user.idNumberHash, revokedAt: null },
      })) > 0);
  return mandate ? { organisationId: org.id, enterpriseCode: org.enterpriseCode, name: org.name } : null;
}

async function hasSessionCookie(): Promise<boolean> {
  const jar = await cookies();
  return jar.has("authjs.session-token") || jar.has("__Secure-authjs.session-token");
}
