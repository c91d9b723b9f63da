// Public catalogue queries. The catalogue is public information: every function here
// may be called by anyone, signed in or not, and returns only published, active
// procedures in the version in force today.
import "server-only";
import { db } from "@/lib/db";
import { compareWardNames } from "@/lib/i18n/collation";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AdministrativeLevel, CompetentAgencyKind } from "@/lib/generated/prisma/enums";
import type { VersionRow } from "./version-rules";
import { COMPETENT_AGENCY, isChosenByApplicant } from "./competent";
import { isoDate, todayInVietnam } from "@/lib/clock/dates";
import type { AgencyOptionDto, CataloguePageDto, FieldDto, ProcedureDetailDto, ProcedureSummaryDto } from "./dto";
import { PAGE_SIZE, type CatalogueParams } from "./schemas";
import { parseSearchQuery, type SearchQuery } from "./search-text";

type SummaryRow = {
  code: string;
  slug: string;
  nameVi: string;
  nameEn: string;
  fieldSlug: string;
  fieldVi: string;
  fieldEn: string;
  level: ProcedureSummaryDto["level"];
  agencySlug: string;
  agencyVi: string;
  agencyEn: string;
  serviceLevel: ProcedureSummaryDto["serviceLevel"];
  timeLimitValue: number;
  timeLimitUnit: ProcedureSummaryDto["timeLimit"]["unit"];
  sameDayCutoff: string | null;
  timeLimitNoteVi: string | null;
  timeLimitNoteEn: string | null;
};

/** The version of each procedure in force on `today`: latest published, already effective. */
function currentVersionJoin(today: string) {
  return Prisma.sql`JOIN LATERAL (
    SELECT v."serviceLevel", v."timeLimitValue", v."timeLimitUnit", v."sameDayCutoff", v."timeLimitNoteVi",
    v."timeLimitNoteEn"
    FROM "ProcedureVersion" v
    WHERE v."procedureId" = p.id AND v.status = 'PUBLISHED' AND v."effectiveFrom" <= ${today}::date
    ORDER BY v."effectiveFrom" DESC, v.version DESC
    LIMIT 1
  ) cv ON true`;
}

function catalogueWhere(
  search: SearchQuery | null,
  filters: { fieldId?: string; agencyId?: string; level?: string; service?: string },
) {
  const conditions: Prisma.Sql[] = [Prisma.sql`p."isActive"`];
  // Each term must appear somewhere in the folded text; the trigram GIN index serves these LIKEs.
  for (const term of search?.terms ?? []) conditions.push(Prisma.sql`p."searchText" LIKE ${`%${term}%`}`);
  if (filters.fieldId) conditions.push(Prisma.sql`p."fieldId" = ${filters.fieldId}::uuid`);
  if (filters.agencyId)
    conditions.push(
      Prisma.sql`(p."managingAgencyId" = ${filters.agencyId}::uuid OR p."handlingAgencyId" =
        ${filters.agencyId}::uuid)`,
    );
  if (filters.level) conditions.push(Prisma.sql`p.level = ${filters.level}::"AdministrativeLevel"`);
  if (filters.service) conditions.push(Prisma.sql`cv."serviceLevel" = ${filters.service}::"ServiceLevel"`);
  return Prisma.join(conditions, " AND ");
}

/**
 * Ranking: the whole phrase as the name, then the phrase inside the name, then all terms
 * in the name, then keyword matches; within a tier, commonly used procedures first, then
 * the names closest to the phrase.
 */
function catalogueOrder(search: SearchQuery | null) {
  if (!search) return Prisma.sql`p."featuredRank" ASC NULLS LAST, p."nameVi" ASC`;
  const nameHasAll = Prisma.join(
    search.terms.map((t) => Prisma.sql`p."nameSearch" LIKE ${`%${t}%`}`),
    " AND ",
  );
  return Prisma.sql`CASE WHEN p."nameSearch" = ${search.phrase} THEN 3
      WHEN p."nameSearch" LIKE ${`%${search.phrase}%`} THEN 2
      WHEN ${nameHasAll} THEN 1 ELSE 0 END DESC,
    p."featuredRank" ASC NULLS LAST,
    similarity(p."nameSearch", ${search.phrase}) DESC,
    p."nameVi" ASC`;
}

/** Search and filter the public catalogue, one page at a time. */
export async function searchCatalogue(params: CatalogueParams, today = todayInVietnam()): Promise<CataloguePageDto> {
  const search = params.q ? parseSearchQuery(params.q) : null;
  const ignoredFilters: CataloguePageDto["ignoredFilters"] = [];
  const [field, agency] = await Promise.all([
    params.field ? db().procedureField.findUnique({ where: { slug: params.field }, select: { id: true } }) : null,
    params.agency ? db().agency.findUnique({ where: { slug: params.agency }, select: { id: true } }) : null,
  ]);
  if (params.field && !field) ignoredFilters.push("field");
  if (params.agency && !agency) ignoredFilters.push("agency");
  const where = catalogueWhere(search, {
    fieldId: field?.id,
    agencyId: agency?.id,
    level: params.level,
    service: params.service,
  });
  const join = currentVersionJoin(today);

  const [{ count }] = await db().$queryRaw<[{ count: number }]>`
    SELECT count(*)::int AS count FROM "Procedure" p ${join} WHERE ${where}`;
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE));
  const page = Math.min(params.page, pageCount);
  const rows = await db().$queryRaw<SummaryRow[]>`
    SELECT p.code, p.slug, p."nameVi", p."nameEn", f.slug AS "fieldSlug", f."nameVi" AS "fieldVi", f."nameEn" AS
    "fieldEn",
           p.level, a.slug AS "agencySlug", a."nameVi" AS "agencyVi", a."nameEn" AS "agencyEn",
           cv."serviceLevel", cv."timeLimitValue", cv."timeLimitUnit", cv."sameDayCutoff", cv."timeLimitNoteVi",
    cv."timeLimitNoteEn"
    FROM "Procedure" p
    ${join}
    JOIN "ProcedureField" f ON f.id = p."fieldId"
    JOIN "Agency" a ON a.id = p."managingAgencyId"
    WHERE ${where}
    ORDER BY ${catalogueOrder(search)}
    LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`;

  return { items: rows.map(toSummary), total: count, page, pageCount, pageClamped: page < params.page, ignoredFilters };
}

function toSummary(row: SummaryRow): ProcedureSummaryDto {
  return {
    code: row.code,
    slug: row.slug,
    name: { vi: row.nameVi, en: row.nameEn },
    field: { slug: row.fieldSlug, vi: row.fieldVi, en: row.fieldEn },
    level: row.level,
    agency: { slug: row.agencySlug, vi: row.agencyVi, en: row.agencyEn },
    serviceLevel: row.serviceLevel,
    timeLimit: {
      value: row.timeLimitValue,
      unit: row.timeLimitUnit,
      sameDayCutoff: row.sameDayCutoff,
      note: row.timeLimitNoteVi ? { vi: row.timeLimitNoteVi, en: row.timeLimitNoteEn ?? row.timeLimitNoteVi } : null,
    },
  };
}

/** The "commonly used" procedures for the home page, in editorial order. */
export async function listFeaturedProcedures(limit = 8, today = todayInVietnam()): Promise<ProcedureSummaryDto[]> {
  const rows = await db().$queryRaw<SummaryRow[]>`
    SELECT p.code, p.slug, p."nameVi", p."nameEn", f.slug AS "fieldSlug", f."nameVi" AS "fieldVi", f."nameEn" AS
    "fieldEn",
           p.level, a.slug AS "agencySlug", a."nameVi" AS "agencyVi", a."nameEn" AS "agencyEn",
           cv."serviceLevel", cv."timeLimitValue", cv."timeLimitUnit", cv."sameDayCutoff", cv."timeLimitNoteVi",
    cv."timeLimitNoteEn"
    FROM "Procedure" p
    ${currentVersionJoin(today)}
    JOIN "ProcedureField" f ON f.id = p."fieldId"
    JOIN "Agency" a ON a.id = p."managingAgencyId"
    WHERE p."isActive" AND p."featuredRank" IS NOT NULL
    ORDER BY p."featuredRank" ASC
    LIMIT ${limit}`;
  return rows.map(toSummary);
}

/** Fields with the number of active procedures in each, for browsing. */
export async function listFields(): Promise<FieldDto[]> {
  const fields = await db().procedureField.findMany({
    orderBy: { sortOrder: "asc" },
    select: {
      slug: true,
      nameVi: true,
      nameEn: true,
      _count: { select: { procedures: { where: { isActive: true } } } },
    },
  });
  return fields.map((f) => ({ slug: f.slug, vi: f.nameVi, en: f.nameEn, procedureCount: f._count.procedures }));
}

/** Agencies that manage or handle at least one active procedure, for the agency filter. */
export async function listCatalogueAgencies(): Promise<AgencyOptionDto[]> {
  const agencies = await db().agency.findMany({
    where: {
      isActive: true,
      OR: [{ managedProcedures: { some: { isActive: true } } }, { handledProcedures: { some: { isActive: true } } }],
    },
    orderBy: [{ level: "asc" }, { nameVi: "asc" }],
    select: { slug: true, nameVi: true, nameEn: true, level: true },
  });
  return agencies.map((a) => ({ slug: a.slug, vi: a.nameVi, en: a.nameEn, level: a.level }));
}

/** One procedure with every rule of the version in force today; null when unknown or inactive. */
export async function getProcedureBySlug(slug: string, today = todayInVietnam()): Promise<ProcedureDetailDto | null> {
  const procedure = await db().procedure.findFirst({
    where: { slug, isActive: true },
    select: {
      code: true,
      slug: true,
      nameVi: true,
      nameEn: true,
      level: true,
      field: { select: { slug: true, nameVi: true, nameEn: true } },
      managingAgency: { select: { slug: true, nameVi: true, nameEn: true } },
      handlingAgency: { select: { code: true, nameVi: true, nameEn: true } },
      versions: {
        where: { status: "PUBLISHED", effectiveFrom: { lte: new Date(`${today}T00:00:00Z`) } },
        orderBy: [{ effectiveFrom: "desc" }, { version: "desc" }],
        take: 1,
        include: {
          fees: { orderBy: { sortOrder: "asc" } },
          documents: { orderBy: { sortOrder: "asc" } },
          steps: { orderBy: { sortOrder: "asc" } },
        },
      },
    },
  });
  const version = procedure?.versions[0];
  if (!procedure || !version) return null;
  return procedureDetail(procedure, version);
}

/** What a procedure page shows of a procedure and one version: the version in force, or a draft's (in the builder). */
export function procedureDetail(
  procedure: {
    code: string;
    slug: string;
    nameVi: string;
    nameEn: string;
    level: AdministrativeLevel;
    field: { slug: string; nameVi: string; nameEn: string };
    managingAgency: { slug: string; nameVi: string; nameEn: string };
    handlingAgency: { code: string; nameVi: string; nameEn: string } | null;
  },
  version: VersionRow & { version: number; effectiveFrom: Date; formDefinition: unknown },
): ProcedureDetailDto {
  const pair = (vi: string | null, en: string | null) => (vi ? { vi, en: en ?? vi } : null);
  return {
    ...toSummary({
      code: procedure.code,
      slug: procedure.slug,
      nameVi: procedure.nameVi,
      nameEn: procedure.nameEn,
      fieldSlug: procedure.field.slug,
      fieldVi: procedure.field.nameVi,
      fieldEn: procedure.field.nameEn,
      level: procedure.level,
      agencySlug: procedure.managingAgency.slug,
      agencyVi: procedure.managingAgency.nameVi,
      agencyEn: procedure.managingAgency.nameEn,
      serviceLevel: version.serviceLevel,
      timeLimitValue: version.timeLimitValue,
      timeLimitUnit: version.timeLimitUnit,
      sameDayCutoff: version.sameDayCutoff,
      timeLimitNoteVi: version.timeLimitNoteVi,
      timeLimitNoteEn: version.timeLimitNoteEn,
    }),
    version: version.version,
    effectiveFrom: isoDate(version.effectiveFrom),
    competentAuthority: { vi: version.competentAuthorityVi, en: version.competentAuthorityEn },
    handlingAgency: procedure.handlingAgency
      ? {
          code: procedure.handlingAgency.code,
          vi: procedure.handlingAgency.nameVi,
          en: procedure.handlingAgency.nameEn,
        }
      : null,
    eligibleApplicants: { vi: version.eligibleApplicantsVi, en: version.eligibleApplicantsEn },
    resultDocument: { vi: version.resultDocumentVi, en: version.resultDocumentEn },
    resultValidity: pair(version.resultValidityVi, version.resultValidityEn),
    legalBasis: version.legalBasis,
    fees: version.fees.map((f) => ({
      channel: f.channel,
      label: { vi: f.labelVi, en: f.labelEn },
      amountVnd: f.amountVnd,
      exemption: pair(f.exemptionVi, f.exemptionEn),
    })),
    documents: version.documents.map((d) => ({
      key: d.key,
      name: { vi: d.nameVi, en: d.nameEn },
      form: d.form,
      copies: d.copies,
      required: d.required,
      requiredWhen: pair(d.requiredWhenVi, d.requiredWhenEn),
      note: pair(d.noteVi, d.noteEn),
    })),
    steps: version.steps.map((s) => ({
      key: s.key,
      name: { vi: s.nameVi, en: s.nameEn },
      allottedHours: s.allottedHours,
    })),
    requiredAccountLevel: version.requiredAccountLevel,
    onlineFilingOpen: version.formDefinition !== null,
    inPerson: pair(version.inPersonVi, version.inPersonEn),
  };
}

/**
 * The agencies an applicant chooses among for a procedure decided by a ward-level agency of
 * this kind (the People's Committees, or the police, of every ward): phường, xã, then đặc
 * khu, each in Vietnamese order. Empty for a kind decided at city level.
 */
export async function listWardAgencies(
  competent: CompetentAgencyKind,
): Promise<Array<{ slug: string; vi: string; en: string }>> {
  if (!isChosenByApplicant(competent)) return [];
  const { level, kind } = COMPETENT_AGENCY[competent];
  const wards = await db().agency.findMany({
    where: { level, kind, isActive: true },
    select: { slug: true, nameVi: true, nameEn: true },
    take: 500,
  });
  return wards
    .sort((a, b) => compareWardNames(a.nameVi, b.nameVi))
    .map((w) => ({ slug: w.slug, vi: w.nameVi, en: w.nameEn }));
}

/**
 * Which procedures these agencies decide, as a condition on procedures: those one of them
 * handles, and for a ward-level agency those every ward's agency of its kind decides (the
 * People's Committees' civil status, the police's residence).
 */
export async function decidedByAgencies(agencyIds: string[]): Promise<Prisma.ProcedureWhereInput> {
  const wardKinds = await db().agency.findMany({
    where: { id: { in: agencyIds }, level: "WARD" },
    distinct: ["kind"],
    select: { kind: true },
  });
  const decidedByWards = (Object.keys(COMPETENT_AGENCY) as CompetentAgencyKind[]).filter(
    (competent) => isChosenByApplicant(competent) && wardKinds.some((w) => w.kind === COMPETENT_AGENCY[competent].kind),
  );
  return {
    OR: [
      { handlingAgencyId: { in: agencyIds } },
      ...(decidedByWards.length
        ? [{ handlingAgencyId: null, versions: { some: { competentKind: { in: decidedByWards } } } }]
        : []),
    ],
  };
}

/** The name of every ward-level agency by slug, in one language: how a chosen agency is shown. */
export async function wardAgencyNames(locale: "vi" | "en"): Promise<Record<string, string>> {
  const wards = await db().agency.findMany({
    where: { level: "WARD" },
    select: { slug: true, nameVi: true, nameEn: true },
    take: 1000,
  });
  return Object.fromEntries(wards.map((w) => [w.slug, locale === "vi" ? w.nameVi : w.nameEn]));
}
