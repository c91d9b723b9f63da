// A person's own data, as one download (Decree 13/2023, the data subject's right to obtain
// their data): the account as VNeID gave it, mandates given and held, drafts, every dossier
// they filed with its answers and where each answer came from, its history and documents,
// the data store, notifications, ratings, complaints, and which officers opened their
// dossiers' personal data, and who looked their ID number up in the population registry.
// Nothing about other people beyond those names.
import "server-only";
import { recordAudit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { openIdentity, openJson } from "@/lib/security/identity-sealing";
import { isSignedIn, type Actor } from "@/lib/identity/actor";
import { REGISTRY_LOOKUP_ACTION } from "@/lib/registries/lookup";
import { requestIp } from "@/lib/http/request-info";
import { currentTime } from "@/lib/time";

/** Dossiers are read in batches, so a business representative with thousands stays bounded in memory per query. */
const BATCH = 200;

export async function exportOwnData(actor: Actor, now: Date = currentTime()) {
  if (!isSignedIn(actor)) throw new NotFoundError("account");
  const me = actor.userId;
  const row = await db().user.findUnique({
    where: { id: me },
    select: {
      kind: true,
      fullName: true,
      idNumberHash: true,
      sealedIdentity: true,
      enterpriseCode: true,
      accountLevel: true,
      identitySource: true,
      verifiedAt: true,
      createdAt: true,
    },
  });
  if (!row) throw new NotFoundError("account");
  const { idNumberHash, sealedIdentity, kind, fullName, enterpriseCode, ...account } = row;
  const user = { kind, fullName, ...openIdentity(sealedIdentity), enterpriseCode, ...account };

  const [mandatesGiven, mandatesHeld, drafts, documents, notifications, ratings, feedback] = await Promise.all([
    // Mandates the person's organisations gave (as legal representative), and those given to them.
    idNumberHash
      ? db().mandate.findMany({
          where: { organisation: { legalRepIdHash: idNumberHash } },
          select: {
            organisation: { select: { name: true, enterpriseCode: true } },
            holderName: true,
            grantedAt: true,
            revokedAt: true,
          },
          orderBy: { grantedAt: "asc" },
        })
      : Promise.resolve([]),
    idNumberHash
      ? db().mandate.findMany({
          where: { holderIdHash: idNumberHash },
          select: { organisation: { select: { name: true, enterpriseCode: true } }, grantedAt: true, revokedAt: true },
          orderBy: { grantedAt: "asc" },
        })
      : Promise.resolve([]),
    db().dossierDraft.findMany({
      where: { userId: me },
      select: { procedureVersionId: true, sealedValues: true, provenance: true, createdAt: true, updatedAt: true },
      orderBy: { updatedAt: "desc" },
    }),
    db().storedDocument.findMany({
      where: { ownerUserId: me },
      select: { id: true, originalName: true, mimeType: true, sizeBytes: true, sha256: true, createdAt: true },
      orderBy: { createdAt: "asc" },
    }),
    db().notification.findMany({
      where: { userId: me },
      select: {
        dossierId: true,
        channel: true,
        titleVi: true,
        bodyVi: true,
        createdAt: true,
        readAt: true,
        sentAt: true,
      },
      orderBy: { createdAt: "asc" },
    }),
    db().rating.findMany({
      where: { userId: me },
      select: { dossierId: true, scores: true, comment: true, createdAt: true },
      orderBy: { createdAt: "asc" },
    }),
    db().feedback.findMany({
      where: { userId: me },
      select: {
        dossierId: true,
        subject: true,
        body: true,
        createdAt: true,
        dueAt: true,
        answer: true,
        answeredAt: true,
      },
      orderBy: { createdAt: "asc" },
    }),
  ]);

  type DossierRow = Awaited<ReturnType<typeof readDossiers>>[number];
  const dossiers: DossierRow[] = [];
  for (let cursor: string | undefined; ;) {
    const batch = await readDossiers(me, cursor);
    dossiers.push(...batch);
    if (batch.length < BATCH) break;
    cursor = batch.at(-1)!.id;
  }
  const dossierIds = dossiers.map((d) => d.id);
  const [events, uses, views, lookups] = await Promise.all([
    db().dossierEvent.findMany({
      where: { dossierId: { in: dossierIds } },
      select: { dossierId: true, at: true, type: true, actorUserId: true, fromStatus: true, toStatus: true },
      orderBy: [{ dossierId: "asc" }, { at: "asc" }],
    }),
    db().dossierDocument.findMany({
      where: { dossierId: { in: dossierIds } },
      select: { dossierId: true, documentId: true, documentKey: true },
    }),
    db().auditEvent.findMany({
      where: { targetId: { in: dossierIds }, action: "dossier.personal-data.viewed" },
      select: { targetId: true, actorUserId: true, at: true },
      orderBy: { at: "asc" },
    }),
    // Who looked the person's ID number up in the population registry while filing a form.
    idNumberHash
      ? db().auditEvent.findMany({
          where: { targetId: idNumberHash, action: REGISTRY_LOOKUP_ACTION },
          select: { actorUserId: true, at: true, details: true },
          orderBy: { at: "asc" },
          take: 5000,
        })
      : Promise.resolve([]),
  ]);

  // Names for what the rows point to: procedures, agencies, organisations, officers.
  const versionIds = [
    ...new Set([...dossiers.map((d) => d.procedureVersionId), ...drafts.map((d) => d.procedureVersionId)]),
  ];
  const officerIds = [
    ...new Set(
      [...events, ...views, ...lookups].flatMap((e) => (e.actorUserId && e.actorUserId !== me ? [e.actorUserId] : [])),
    ),
  ];
  const [versions, agencies, organisations, officers] = await Promise.all([
    db().procedureVersion.findMany({
      where: { id: { in: versionIds } },
      select: { id: true, procedure: { select: { code: true, nameVi: true } } },
    }),
    db().agency.findMany({
      where: { id: { in: [...new Set(dossiers.map((d) => d.agencyId))] } },
      select: { id: true, nameVi: true },
    }),
    db().organisation.findMany({
      where: {
        id: {
          in: [...new Set(dossiers.flatMap((d) => (d.actingForOrganisationId ? [d.actingForOrganisationId] : [])))],
        },
      },
      select: { id: true, name: true, enterpriseCode: true },
    }),
    db().user.findMany({ where: { id: { in: officerIds } }, select: { id: true, fullName: true } }),
  ]);
  const procedureOf = new Map(versions.map((v) => [v.id, { code: v.procedure.code, name: v.procedure.nameVi }]));
  const agencyOf = new Map(agencies.map((a) => [a.id, a.nameVi]));
  const organisationOf = new Map(organisations.map((o) => [o.id, { name: o.name, enterpriseCode: o.enterpriseCode }]));
  const nameOf = new Map(officers.map((o) => [o.id, o.fullName]));
  const codeOf = new Map(dossiers.map((d) => [d.id, d.code]));
  const documentName = new Map(documents.map((d) => [d.id, d.originalName]));
  // Each dossier's (and document's) rows, gathered once rather than searched per dossier.
  const eventsOf = groupBy(events, (e) => e.dossierId);
  const usesOfDossier = groupBy(uses, (u) => u.dossierId);
  const usesOfDocument = groupBy(uses, (u) => u.documentId);
  const by = (actorUserId: string | null) =>
    actorUserId === me ? "you" : actorUserId ? (nameOf.get(actorUserId) ?? null) : null;

  await recordAudit({
    actorUserId: me,
    action: "account.data-exported",
    targetType: "user",
    targetId: me,
    ip: await requestIp(),
    details: { dossiers: dossiers.length, documents: documents.length },
  });

  return {
    format: "mot-cua-so/personal-data-export",
    version: 1,
    exportedAt: now.toISOString(),
    account: user,
    mandates: {
      given: mandatesGiven.map((m) => ({
        organisation: m.organisation,
        holderName: m.holderName,
        grantedAt: m.grantedAt,
        revokedAt: m.revokedAt,
      })),
      held: mandatesHeld.map((m) => ({ organisation: m.organisation, grantedAt: m.grantedAt, revokedAt: m.revokedAt })),
    },
    drafts: drafts.map(({ procedureVersionId, sealedValues, ...d }) => ({
      procedure: procedureOf.get(procedureVersionId) ?? null,
      values: openJson(sealedValues),
      ...d,
    })),
    dossiers: dossiers.map(({ id, procedureVersionId, agencyId, actingForOrganisationId, sealedValues, ...d }) => ({
      ...d,
      values: openJson(sealedValues),
      procedure: procedureOf.get(procedureVersionId) ?? null,
      agency: agencyOf.get(agencyId) ?? null,
      filedFor: actingForOrganisationId ? (organisationOf.get(actingForOrganisationId) ?? null) : null,
      documents: (usesOfDossier.get(id) ?? []).map((u) => ({
        requiredDocument: u.documentKey,
        name: documentName.get(u.documentId) ?? null,
      })),
      history: (eventsOf.get(id) ?? []).map((e) => ({
        at: e.at,
        type: e.type,
        by: by(e.actorUserId),
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
      })),
    })),
    dataStore: documents.map(({ id, ...d }) => ({
      ...d,
      usedBy: (usesOfDocument.get(id) ?? []).map((u) => codeOf.get(u.dossierId)),
    })),
    notifications: notifications.map(({ dossierId, ...n }) => ({
      dossier: dossierId ? (codeOf.get(dossierId) ?? null) : null,
      ...n,
    })),
    ratings: ratings.map(({ dossierId, ...r }) => ({ dossier: codeOf.get(dossierId) ?? null, ...r })),
    complaints: feedback.map(({ dossierId, ...f }) => ({
      dossier: dossierId ? (codeOf.get(dossierId) ?? null) : null,
      ...f,
    })),
    accessLog: views.map((v) => ({ dossier: codeOf.get(v.targetId!) ?? null, officer: by(v.actorUserId), at: v.at })),
    registryLookups: lookups.map((l) => ({
      by: by(l.actorUserId),
      at: l.at,
      outcome: (l.details as { outcome?: string } | null)?.outcome ?? null,
    })),
  };
}

function readDossiers(applicantUserId: string, after: string | undefined) {
  return db().dossier.findMany({
    where: { applicantUserId, ...(after ? { id: { gt: after } } : {}) },
    select: {
      id: true,
      code: true,
      procedureVersionId: true,
      agencyId: true,
      actingForOrganisationId: true,
      status: true,
      channel: true,
      submittedAt: true,
      receivedAt: true,
      appointmentAt: true,
      feeVnd: true,
      sealedValues: true,
      provenance: true,
    },
    orderBy: { id: "asc" },
    take: BATCH,
  });
}

/** Rows by a key, in their order (Node 20 has no Map.groupBy). */
function groupBy<T>(rows: T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
