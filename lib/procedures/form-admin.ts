// Editors build a procedure's next e-form as a draft, one operation or one JSON text at a
// time, and publish it as a new version from a chosen date (docs/filing.md#the-form-builder).
// A system administrator edits every procedure; a department's procedure editor only those
// the department manages, and any other is *not found*. Every save names the draft's
// revision its editor saw, so two editors cannot overwrite each other; every save and every
// publication is audited. Dossiers keep the version they were filed on.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/mutations";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { formDefinitionSchema, type FormDefinition } from "@/lib/forms/definition";
import { applyOperation, idsInDefinition, type BuilderOperation } from "@/lib/forms/builder";
import { definitionDifferences } from "@/lib/forms/differences";
import {
  checkDefinition,
  definitionProblems,
  ESTABLISHED_BY_THE_PORTAL,
  type DefinitionContext,
  type DefinitionProblem,
  type ListedDocument,
} from "@/lib/procedures/definition-check";
import { isSignedIn, type Actor, type PersonActor } from "@/lib/identity/actor";
import { agenciesWithPermission } from "@/lib/identity/permissions";
import { todayInVietnam } from "@/lib/clock/dates";
import { COMPETENT_WARD_FIELD, isChosenByApplicant } from "@/lib/procedures/competent";

const PAGE_SIZE = 20;
/** The versions read for ids a form once used: far more than a procedure has. */
const VERSIONS_FOR_IDS = 100;

function requireEditor(actor: Actor): { me: PersonActor; agencies: string[] | "all" } {
  if (!isSignedIn(actor)) throw new ForbiddenError();
  const agencies = agenciesWithPermission(actor.roles, "procedure.manage");
  if (agencies !== "all" && agencies.length === 0) throw new ForbiddenError();
  return { me: actor, agencies };
}

/** The procedures an editor may open: all for a system administrator, else those their agencies manage. */
function editableWhere(agencies: string[] | "all") {
  return agencies === "all" ? {} : { managingAgencyId: { in: agencies } };
}

/** Procedures the person may edit, by name, with the version in force and the draft in progress. */
export async function listFormsForAdmin(actor: Actor, page = 1) {
  const { agencies } = requireEditor(actor);
  const where = editableWhere(agencies);
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
          select: { version: true, effectiveFrom: true, formDefinition: true },
        },
        draft: { select: { revision: true, updatedAt: true } },
      },
    }),
  ]);
  return {
    total,
    page,
    pageSize: PAGE_SIZE,
    items: procedures.map((p) => {
      const latest = p.versions[0];
      return {
        slug: p.slug,
        code: p.code,
        name: { vi: p.nameVi, en: p.nameEn },
        latest: latest
          ? { version: latest.version, effectiveFrom: latest.effectiveFrom, hasForm: latest.formDefinition !== null }
          : null,
        draft: p.draft ? { updatedAt: p.draft.updatedAt } : null,
      };
    }),
  };
}

/** The procedure by slug among those the person may edit, with its newest published version; else *not found*. */
async function editable(actor: Actor, slug: string, client: Prisma.TransactionClient = db()) {
  const { me, agencies } = requireEditor(actor);
  const procedure = await client.procedure.findFirst({
    where: { slug: slug.slice(0, 200), ...editableWhere(agencies) },
    select: {
      id: true,
      slug: true,
      code: true,
      nameVi: true,
      nameEn: true,
      draft: true,
      versions: {
        where: { status: "PUBLISHED" },
        orderBy: { version: "desc" },
        take: 1,
        include: {
          fees: { orderBy: { sortOrder: "asc" } },
          documents: { orderBy: { sortOrder: "asc" } },
          steps: { orderBy: { sortOrder: "asc" } },
        },
      },
    },
  });
  const latest = procedure?.versions[0];
  if (!procedure || !latest) throw new NotFoundError("procedure");
  return { me, procedure, latest };
}

type Editable = Awaited<ReturnType<typeof editable>>;

/** The documents an attachment field may ask for: those the portal does not establish itself. */
function attachable<D extends { key: string }>(documents: D[]): D[] {
  return documents.filter((d) => !ESTABLISHED_BY_THE_PORTAL.has(d.key));
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
function definitionContextOf(version: Editable["latest"]): DefinitionContext {
  return {
    documents: listedDocuments(version.documents),
    feeLineCount: version.fees.filter((f) => f.channel === null || f.channel === "ONLINE").length,
    competentKind: version.competentKind,
  };
}

/**
 * The first form of a procedure that has none: the applicant's name from VNeID and, when
 * the applicant chooses the deciding ward, that choice (which the publish check asks for).
 */
function starterDefinition(latest: Editable["latest"]): FormDefinition {
  const ward = isChosenByApplicant(latest.competentKind)
    ? [
        {
          id: COMPETENT_WARD_FIELD,
          type: "ward",
          label: { vi: "Nộp hồ sơ tại phường, xã", en: "File with the ward or commune" },
        },
      ]
    : [];
  return formDefinitionSchema.parse({
    formVersion: 1,
    pages: [
      {
        id: "nguoi-nop",
        title: { vi: "Người nộp hồ sơ", en: "Applicant" },
        fields: [
          {
            id: "applicantName",
            type: "text",
            label: { vi: "Họ, chữ đệm, tên người nộp", en: "Applicant's full name" },
            prefill: "identity.fullName",
          },
          ...ward,
        ],
      },
    ],
  });
}

/** The form being edited: the draft's, else the version in force's, else a starter form. */
function workingDefinition({ procedure, latest }: Editable): FormDefinition {
  const stored = procedure.draft?.formDefinition ?? latest.formDefinition;
  return stored ? formDefinitionSchema.parse(stored) : starterDefinition(latest);
}

/** Ids this procedure's forms ever used, and those the draft removed: never given to a new field. */
async function reservedIds(editing: Editable, client: Prisma.TransactionClient): Promise<Set<string>> {
  const versions = await client.procedureVersion.findMany({
    where: { procedureId: editing.procedure.id },
    orderBy: { version: "desc" },
    take: VERSIONS_FOR_IDS,
    select: { formDefinition: true },
  });
  const ids = new Set(editing.procedure.draft?.retiredIds ?? []);
  for (const { formDefinition } of versions) {
    const parsed = formDefinitionSchema.safeParse(formDefinition);
    if (parsed.success) idsInDefinition(parsed.data).forEach((id) => ids.add(id));
  }
  return ids;
}

/** Everything the builder's pages show: the procedure, the form being edited, its problems and the draft's revision. */
export async function getFormForAdmin(actor: Actor, slug: string) {
  const editing = await editable(actor, slug);
  const { procedure, latest } = editing;
  const definition = workingDefinition(editing);
  const context = definitionContextOf(latest);
  return {
    procedure: {
      slug: procedure.slug,
      code: procedure.code,
      name: { vi: procedure.nameVi, en: procedure.nameEn },
    },
    version: latest.version,
    effectiveFrom: latest.effectiveFrom.toISOString().slice(0, 10),
    hasForm: latest.formDefinition !== null,
    /** 0 while no draft is saved: the first save starts it. */
    revision: procedure.draft?.revision ?? 0,
    draftUpdatedAt: procedure.draft?.updatedAt ?? null,
    definition,
    context,
    documents: attachable(latest.documents).map((d) => ({ key: d.key, name: { vi: d.nameVi, en: d.nameEn } })),
    problems: checkDefinition(definition, context).problems,
    differences: definitionDifferences(
      latest.formDefinition ? formDefinitionSchema.parse(latest.formDefinition) : null,
      definition,
    ),
  };
}

/** Saves a new definition over the draft the editor saw, or refuses it (nothing saved). */
async function saveDraft(
  tx: Prisma.TransactionClient,
  editing: Editable,
  seen: number,
  next: FormDefinition,
  retired: readonly string[],
  action: string,
) {
  const { me, procedure, latest } = editing;
  const current = procedure.draft?.revision ?? 0;
  if (seen !== current)
    throw new ConflictError(
      "Bản nháp đã được người khác sửa sau khi bạn mở. Trang hiển thị bản mới nhất; hãy làm lại thay đổi của bạn.",
      "Someone else changed the draft after you opened it. The page shows the latest; make your change again.",
    );
  const refusing = checkDefinition(next, definitionContextOf(latest)).problems.filter((p) => p.refusesSave);
  if (refusing.length) throw problemsError(refusing);
  const retiredIds = [...new Set([...(procedure.draft?.retiredIds ?? []), ...retired])];
  const data = { formDefinition: next, retiredIds, revision: current + 1, updatedById: me.userId };
  // The row is written only if it is still at the revision read: a concurrent save loses.
  const written = procedure.draft
    ? (await tx.procedureDraft.updateMany({ where: { procedureId: procedure.id, revision: current }, data })).count
    : (
        await tx.procedureDraft.createMany({
          data: [{ procedureId: procedure.id, baseVersion: latest.version, ...data }],
          skipDuplicates: true,
        })
      ).count;
  if (written !== 1)
    throw new ConflictError(
      "Bản nháp vừa được người khác sửa. Trang hiển thị bản mới nhất; hãy làm lại thay đổi của bạn.",
      "Someone else has just changed the draft. The page shows the latest; make your change again.",
    );
  await recordAudit(
    {
      actorUserId: me.userId,
      action,
      targetType: "procedure",
      targetId: procedure.id,
      details: { slug: procedure.slug, revision: current + 1 },
    },
    tx,
  );
  return current + 1;
}

function problemsError(problems: DefinitionProblem[]): ValidationError {
  return new ValidationError(
    Object.fromEntries(problems.map((p) => [p.path, p.message])),
    `Chưa lưu: ${problems[0]?.message.vi ?? "biểu mẫu chưa hợp lệ"}`,
    `Not saved: ${problems[0]?.message.en ?? "the form is not valid"}`,
  );
}

/** Applies one builder operation to the draft (started from the form in force when there is none). */
export async function changeDraft(
  actor: Actor,
  slug: string,
  input: { revision: number; operation: BuilderOperation },
): Promise<{ revision: number; focus?: string }> {
  return db().$transaction(async (tx) => {
    const editing = await editable(actor, slug, tx);
    const result = applyOperation(workingDefinition(editing), input.operation, {
      reserved: await reservedIds(editing, tx),
      documentKeys: attachable(editing.latest.documents).map((d) => d.key),
      wardFieldId: isChosenByApplicant(editing.latest.competentKind) ? COMPETENT_WARD_FIELD : undefined,
    });
    if (!result.ok)
      throw new ValidationError(
        { [result.refusal.path]: result.refusal.message },
        `Chưa lưu: ${result.refusal.message.vi}`,
        `Not saved: ${result.refusal.message.en}`,
      );
    const revision = await saveDraft(
      tx,
      editing,
      input.revision,
      result.definition,
      result.retired,
      `procedure.draft.${input.operation.op}`,
    );
    return { revision, focus: result.focus };
  });
}

/** Replaces the draft with a definition written as JSON (the builder's JSON view). */
export async function saveDraftJson(actor: Actor, slug: string, input: { revision: number; json: string }) {
  return db().$transaction(async (tx) => {
    const editing = await editable(actor, slug, tx);
    const { problems, definition } = definitionProblems(
      input.json.slice(0, 500_000),
      definitionContextOf(editing.latest),
    );
    const refusing = problems.filter((p) => p.refusesSave);
    if (refusing.length || !definition) throw problemsError(refusing);
    // A field the text no longer has is retired; an id the form once used cannot come back as another field.
    const before = idsInDefinition(workingDefinition(editing));
    const after = new Set(idsInDefinition(definition));
    const retired = before.filter((id) => !after.has(id));
    const reused = [...after].filter(
      (id) => (editing.procedure.draft?.retiredIds ?? []).includes(id) && !before.includes(id),
    );
    if (reused.length)
      throw new ValidationError(
        {
          definition: { vi: `Mã "${reused[0]}" đã được dùng cho một trường đã xoá`, en: `id ${reused[0]} was removed` },
        },
        `Chưa lưu: mã "${reused[0]}" đã dùng cho một trường đã xoá; hãy đặt mã khác`,
        `Not saved: id ${reused[0]} belonged to a removed field; choose another`,
      );
    return { revision: await saveDraft(tx, editing, input.revision, definition, retired, "procedure.draft.json") };
  });
}

/** Throws the draft away: the builder shows the version in force again. */
export async function discardDraft(actor: Actor, slug: string, input: { revision: number }) {
  await db().$transaction(async (tx) => {
    const { me, procedure } = await editable(actor, slug, tx);
    const deleted = await tx.procedureDraft.deleteMany({
      where: { procedureId: procedure.id, revision: input.revision },
    });
    if (deleted.count !== 1) throw staleDraft();
    await recordAudit(
      {
        actorUserId: me.userId,
        action: "procedure.draft.discarded",
        targetType: "procedure",
        targetId: procedure.id,
        details: { slug: procedure.slug, revision: input.revision },
      },
      tx,
    );
  });
}

function staleDraft() {
  return new ConflictError(
    "Bản nháp đã thay đổi hoặc không còn. Trang hiển thị bản mới nhất.",
    "The draft has changed or is gone. The page shows the latest.",
  );
}

/**
 * Publishes the draft the editor reviewed as a new version from `effectiveFrom` (today or
 * later): a copy of the version in force with the draft's form. Refused while the form has
 * a problem, without the editor's confirmation, or when the draft changed since it was reviewed.
 */
export async function publishDraft(
  actor: Actor,
  slug: string,
  input: { revision: number; effectiveFrom: string; confirmed: boolean },
): Promise<{ version: number }> {
  const today = todayInVietnam();
  const fieldErrors: Record<string, { vi: string; en: string }> = {};
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(input.effectiveFrom) ||
    Number.isNaN(Date.parse(input.effectiveFrom)) ||
    input.effectiveFrom < today
  )
    fieldErrors.effectiveFrom = {
      vi: `Ngày hiệu lực phải từ hôm nay (${today}) trở đi.`,
      en: `The date must be today (${today}) or later.`,
    };
  if (!input.confirmed)
    fieldErrors.confirmed = {
      vi: "Hãy xác nhận bạn đã xem các thay đổi.",
      en: "Confirm that you have reviewed the changes.",
    };
  return db().$transaction(async (tx) => {
    const editing = await editable(actor, slug, tx);
    const { me, procedure, latest } = editing;
    // Versions of one procedure are numbered in order, even when two editors publish at once.
    await tx.$queryRaw`SELECT 1 FROM "Procedure" WHERE "id" = ${procedure.id}::uuid FOR UPDATE`;
    const draft = await tx.procedureDraft.findUnique({ where: { procedureId: procedure.id } });
    if (!draft || draft.revision !== input.revision) throw staleDraft();
    const definition = formDefinitionSchema.parse(draft.formDefinition);
    const problems = checkDefinition(definition, definitionContextOf(latest)).problems;
    if (problems.length) throw problemsError(problems);
    if (Object.keys(fieldErrors).length) throw new ValidationError(fieldErrors);
    const {
      id: _id,
      procedureId: _procedure,
      fees,
      documents,
      steps,
      createdAt: _created,
      version: _previous,
      formDefinition: _old,
      status: _status,
      effectiveFrom: _from,
      ...rules
    } = latest;
    const last = await tx.procedureVersion.aggregate({ where: { procedureId: procedure.id }, _max: { version: true } });
    const version = (last._max.version ?? latest.version) + 1;
    const created = await tx.procedureVersion.create({
      data: {
        ...rules,
        procedureId: procedure.id,
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
    await tx.procedureDraft.delete({ where: { procedureId: procedure.id } });
    await recordAudit(
      {
        actorUserId: me.userId,
        action: "procedure.form.published",
        targetType: "procedure",
        targetId: procedure.id,
        details: { slug: procedure.slug, version, versionId: created.id, effectiveFrom: input.effectiveFrom },
      },
      tx,
    );
    return { version: created.version };
  });
}
