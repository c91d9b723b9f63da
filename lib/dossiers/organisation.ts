// The organisation's dossiers: every dossier filed for it by any of its representatives
// (the legal representative or a mandate holder), for whoever acts for it now. Filterable
// by where the dossier stands, by who filed it, by procedure and by code; a page at a
// time, each with its agency, its filer and its clock. Without acting for an organisation
// there is nothing to list (*not found*).
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { timeLimitOf } from "@/lib/procedures/dto";
import { likeLiteral } from "@/lib/db/like";
import { isUuid } from "@/lib/db/ids";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isSignedIn, type Actor } from "@/lib/identity/actor";
import { clocksOf } from "./clock";
import { asStatus, DOSSIER_STATUS, FINAL_STATUSES } from "./status";

export const ORGANISATION_PAGE_SIZE = 20;
export const STANDINGS = ["waiting", "running", "finished"] as const;
export type Standing = (typeof STANDINGS)[number];

const WAITING = [DOSSIER_STATUS.SUPPLEMENT_REQUESTED, DOSSIER_STATUS.PAYMENT_REQUESTED];
const FINISHED = [...FINAL_STATUSES, DOSSIER_STATUS.DECIDED];
const STANDING_WHERE: Record<Standing, Prisma.DossierWhereInput> = {
  waiting: { status: { in: WAITING } },
  running: { status: { notIn: [...WAITING, ...FINISHED] } },
  finished: { status: { in: FINISHED } },
};

/** Query-string filters; anything unreadable means "no filter". */
const paramsSchema = z.object({
  trang: z.coerce.number().int().min(1).max(10_000).catch(1),
  standing: z.enum(STANDINGS).optional().catch(undefined),
  filer: z.string().refine(isUuid).optional().catch(undefined),
  procedure: z.string().refine(isUuid).optional().catch(undefined),
  q: z.string().trim().max(60).catch(""),
});
export type OrganisationParams = z.infer<typeof paramsSchema>;

export async function listOrganisationDossiers(actor: Actor, query: Record<string, string | string[] | undefined>) {
  if (!isSignedIn(actor) || !actor.actingFor) throw new NotFoundError("organisation");
  const params = paramsSchema.parse(
    Object.fromEntries(Object.entries(query).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])),
  );
  const organisationId = actor.actingFor.organisationId;
  const own: Prisma.DossierWhereInput = { actingForOrganisationId: organisationId };
  const versionIds = params.procedure
    ? (await db().procedureVersion.findMany({ where: { procedureId: params.procedure }, select: { id: true } })).map(
        (v) => v.id,
      )
    : undefined;
  const where: Prisma.DossierWhereInput = {
    ...own,
    ...(params.standing ? STANDING_WHERE[params.standing] : {}),
    ...(params.filer ? { applicantUserId: params.filer } : {}),
    ...(versionIds ? { procedureVersionId: { in: versionIds } } : {}),
    ...(params.q ? { code: { contains: likeLiteral(params.q.toUpperCase()) } } : {}),
  };
  const [total, rows, filers, versionsUsed] = await Promise.all([
    db().dossier.count({ where }),
    db().dossier.findMany({
      where,
      orderBy: [{ submittedAt: "desc" }, { code: "desc" }],
      skip: (params.trang - 1) * ORGANISATION_PAGE_SIZE,
      take: ORGANISATION_PAGE_SIZE,
      select: {
        id: true,
        code: true,
        status: true,
        submittedAt: true,
        receivedAt: true,
        appointmentAt: true,
        agencyId: true,
        procedureVersionId: true,
        applicantUserId: true,
      },
    }),
    // The filter's choices: who has filed for the organisation, and which procedures.
    db().dossier.groupBy({
      by: ["applicantUserId"],
      where: own,
      _count: { _all: true },
      take: 200,
      orderBy: { applicantUserId: "asc" },
    }),
    db().dossier.groupBy({ by: ["procedureVersionId"], where: own, take: 500, orderBy: { procedureVersionId: "asc" } }),
  ]);
  const [people, versions, agencies, clocks] = await Promise.all([
    db().user.findMany({
      where: {
        id: { in: [...new Set([...filers.map((f) => f.applicantUserId), ...rows.map((r) => r.applicantUserId)])] },
      },
      select: { id: true, fullName: true },
    }),
    db().procedureVersion.findMany({
      where: {
        id: {
          in: [
            ...new Set([...versionsUsed.map((v) => v.procedureVersionId), ...rows.map((r) => r.procedureVersionId)]),
          ],
        },
      },
      select: {
        id: true,
        timeLimitValue: true,
        timeLimitUnit: true,
        sameDayCutoff: true,
        procedure: { select: { id: true, nameVi: true, nameEn: true } },
      },
    }),
    db().agency.findMany({
      where: { id: { in: [...new Set(rows.map((r) => r.agencyId))] } },
      select: { id: true, nameVi: true, nameEn: true },
    }),
    clocksOf(rows),
  ]);
  const personOf = new Map(people.map((p) => [p.id, p.fullName]));
  const procedureOf = new Map(versions.map((v) => [v.id, v.procedure]));
  const limitOf = new Map(versions.map((v) => [v.id, timeLimitOf(v)]));
  const agencyOf = new Map(agencies.map((a) => [a.id, { vi: a.nameVi, en: a.nameEn }]));
  const procedures = [...new Map(versions.map((v) => [v.procedure.id, v.procedure])).values()].sort((a, b) =>
    a.nameVi.localeCompare(b.nameVi, "vi"),
  );
  return {
    organisation: actor.actingFor,
    params,
    total,
    pageSize: ORGANISATION_PAGE_SIZE,
    options: {
      filers: filers
        .map((f) => ({ id: f.applicantUserId, name: personOf.get(f.applicantUserId) ?? "", count: f._count._all }))
        .sort((a, b) => a.name.localeCompare(b.name, "vi")),
      procedures: procedures.map((p) => ({ id: p.id, nameVi: p.nameVi, nameEn: p.nameEn })),
    },
    items: rows.map((r) => {
      const procedure = procedureOf.get(r.procedureVersionId)!;
      return {
        code: r.code,
        status: asStatus(r.status),
        submittedAt: r.submittedAt,
        receivedAt: r.receivedAt,
        appointmentAt: r.appointmentAt,
        timeLimit: limitOf.get(r.procedureVersionId)!,
        procedureName: { vi: procedure.nameVi, en: procedure.nameEn },
        agencyName: agencyOf.get(r.agencyId)!,
        filerName: personOf.get(r.applicantUserId) ?? "",
        clock: clocks.get(r.id) ?? null,
      };
    }),
  };
}
