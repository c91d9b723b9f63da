// Administrators edit a procedure's e-form as a new version: the definition is checked by
// the meta-schema and against the version's own required documents and fee lines, then
// published as a copy of the version in force with the new form, from a chosen date.
// Dossiers keep the version they were filed on.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/mutations";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { FormDefinition } from "@/lib/forms/definition";
import { definitionProblems, type DefinitionContext, type ListedDocument } from "@/lib/procedures/definition-check";
import { isSignedIn, type Actor, type PersonActor } from "@/lib/identity/actor";
import { hasPermission } from "@/lib/identity/permissions";
import { todayInVietnam } from "@/lib/clock/dates";

const PAGE_SIZE = 20;

function requireFormAdmin(actor: Actor): PersonActor {
  if (!isSignedIn(actor) || !hasPermission(actor.roles, "procedure.manage")) throw new ForbiddenError();
  return actor;
}

/** Procedures that can be filed online, with the version of their form in force. */
export async function listFormsForAdmin(actor: Actor, page = 1) {
  requireFormAdmin(actor);
  const where = { versions: { some: { formDefinition: { not: Prisma.DbNull } } } };
  const [total, procedures] = await Promise.all([
    db().procedure.count({ where }),
    db().procedure.findMany({
      where,
      orderBy: { nameVi: "asc" },
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        slug: true,
        code: true,
        nameVi: true,
        nameEn: true,
        versions: {
          where: { status: "PUBLISHED" },
          orderBy: { version: "desc" },
          take: 1,
          select: { version: true, effectiveFrom: true },
        },
      },
    }),
  ]);
  return {
    total,
    page,
    pageSize: PAGE_SIZE,
    items: procedures.map((p) => ({
      slug: p.slug,
      code: p.code,
      name: { vi: p.nameVi, en: p.nameEn },
      latest: p.versions[0] ?? null,
    })),
  };
}

async function latestVersion(slug: string) {
  const version = await db().procedureVersion.findFirst({
    where: { procedure: { slug }, status: "PUBLISHED", formDefinition: { not: Prisma.DbNull } },
    orderBy: { version: "desc" },
    include: {
      procedure: { select: { id: true, slug: true, code: true, nameVi: true, nameEn: true } },
      fees: { orderBy: { sortOrder: "asc" } },
      documents: { orderBy: { sortOrder: "asc" } },
      steps: { orderBy: { sortOrder: "asc" } },
    },
  });
  if (!version) throw new NotFoundError("procedure");
  return version;
}

/** A version's documents as the publish check reads them. */
export function listedDocuments(
  documents: Array<{ key: string; required: boolean; requiredWhenVi: string | null }>,
): ListedDocument[] {
  return documents.map((d) => ({
    key: d.key,
    required: d.required,
    conditional: !d.required && d.requiredWhenVi !== null,
  }));
}

/** What a definition published on this version may refer to: its documents, online fee lines and who decides. */
function definitionContextOf(version: Awaited<ReturnType<typeof latestVersion>>): DefinitionContext {
  return {
    documents: listedDocuments(version.documents),
    feeLineCount: version.fees.filter((f) => f.channel === null || f.channel === "ONLINE").length,
    competentKind: version.competentKind,
  };
}

/** The newest form of a procedure, with what a definition may refer to. */
export async function getFormForAdmin(actor: Actor, slug: string) {
  requireFormAdmin(actor);
  const version = await latestVersion(slug);
  return {
    procedure: {
      slug: version.procedure.slug,
      code: version.procedure.code,
      name: { vi: version.procedure.nameVi, en: version.procedure.nameEn },
    },
    version: version.version,
    effectiveFrom: version.effectiveFrom.toISOString().slice(0, 10),
    definition: version.formDefinition as FormDefinition,
    context: definitionContextOf(version),
  };
}

/** Publishes the definition as a new version from `effectiveFrom` (today or later). */
export async function publishFormVersion(
  actor: Actor,
  slug: string,
  input: { json: string; effectiveFrom: string },
): Promise<{ version: number }> {
  const me = requireFormAdmin(actor);
  const current = await latestVersion(slug);
  const { problems, definition } = definitionProblems(input.json.slice(0, 500_000), definitionContextOf(current));
  const today = todayInVietnam();
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(input.effectiveFrom) ||
    Number.isNaN(Date.parse(input.effectiveFrom)) ||
    input.effectiveFrom < today
  ) {
    problems.push({ path: "effectiveFrom", message: `the date must be today (${today}) or later` });
  }
  if (problems.length || !definition) {
    throw new ValidationError(Object.fromEntries(problems.map((p) => [p.path, { vi: p.message, en: p.message }])));
  }
  const {
    id: _id,
    procedure,
    fees,
    documents,
    steps,
    createdAt: _created,
    version: previous,
    formDefinition: _old,
    ...rules
  } = current;
  return db().$transaction(async (tx) => {
    // Versions of one procedure are numbered in order, even when two administrators publish at once.
    await tx.$queryRaw`SELECT 1 FROM "Procedure" WHERE "id" = ${procedure.id}::uuid FOR UPDATE`;
    const last = await tx.procedureVersion.aggregate({ where: { procedureId: procedure.id }, _max: { version: true } });
    const version = (last._max.version ?? previous) + 1;
    const created = await tx.procedureVersion.create({
      data: {
        ...rules,
        version,
        status: "PUBLISHED",
        effectiveFrom: new Date(`${input.effectiveFrom}T00:00:00Z`),
        formDefinition: definition,
        fees: { create: fees.map(({ id: _f, versionId: _v, ...fee }) => fee) },
        documents: { create: documents.map(({ id: _d, versionId: _v, ...document }) => document) },
        steps: { create: steps.map(({ id: _s, versionId: _v, ...step }) => step) },
      },
      select: { id: true, version: true },
    });
    await recordAudit(
      {
        actorUserId: me.userId,
        action: "procedure.form.published",
        targetType: "procedure",
        targetId: procedure.id,
        details: { slug, version, versionId: created.id, effectiveFrom: input.effectiveFrom },
      },
      tx,
    );
    return { version: created.version };
  });
}
