// Editors build a procedure's next version as a draft: its e-form, one operation or one JSON
// text at a time, and its rules (time limit, fees, documents, steps...), one form at a time;
// then publish it as a new version from a chosen date (docs/filing.md#the-form-builder).
// A system administrator edits every procedure; a department's procedure editor only those
// the department manages, and any other is *not found*. Every save names the draft's
// revision its editor saw, so two editors cannot overwrite each other; every save and every
// publication is audited. Dossiers keep the version they were filed on.
import "server-only";
import { isDeepStrictEqual } from "node:util";
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
import { procedureDetail } from "@/lib/procedures/queries";
import type { ProcedureDetailDto } from "@/lib/procedures/dto";
import { COMPETENT_WARD_FIELD, isChosenByApplicant } from "@/lib/procedures/competent";
import {
  ruleDifferences,
  rulesOf,
  rulesProblems,
  versionRulesSchema,
  type HandlingAgency,
  type VersionRules,
} from "@/lib/procedures/version-rules";
import {
  chargeTexts,
  chargesOf,
  feeRulesAfter,
  numberFieldsOf,
  readPostedRules,
  type Intent,
  type Posted,
} from "@/lib/procedures/rules-form";

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
      level: true,
      field: { select: { slug: true, nameVi: true, nameEn: true } },
      managingAgency: { select: { slug: true, nameVi: true, nameEn: true } },
      handlingAgency: { select: { code: true, level: true, kind: true, nameVi: true, nameEn: true } },
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
  documents: Array<{ key: string; required: boolean; requiredWhenVi: string | null; nameVi?: string; nameEn?: string }>,
): ListedDocument[] {
  return documents.map((d) => ({
    key: d.key,
    required: d.required,
    conditional: !d.required && d.requiredWhenVi !== null,
    ...(d.nameVi && d.nameEn ? { name: { vi: d.nameVi, en: d.nameEn } } : {}),
  }));
}

/** What a definition published with these rules may refer to: their documents, online fee lines and who decides. */
function definitionContextOf(rules: VersionRules): DefinitionContext {
  return {
    documents: listedDocuments(rules.documents),
    feeLineCount: rules.fees.filter((f) => f.channel === null || f.channel === "ONLINE").length,
    competentKind: rules.competentKind,
  };
}

/** What the next version's rules change from the version in force, with how each fee is charged online. */
function ruleChanges(latest: Editable["latest"], rules: VersionRules, definition: FormDefinition | null) {
  const inForce = rulesOf(latest);
  const inForceForm = latest.formDefinition ? formDefinitionSchema.parse(latest.formDefinition) : null;
  return ruleDifferences(inForce, rules, {
    before: chargeTexts(inForce.fees, inForceForm?.feeRules, inForceForm),
    after: chargeTexts(rules.fees, definition?.feeRules, definition),
  });
}

/** The rules being edited: the draft's, else the version in force's. */
function workingRules({ procedure, latest }: Editable): VersionRules {
  return procedure.draft?.rules ? versionRulesSchema.parse(procedure.draft.rules) : rulesOf(latest);
}

/** The form the next version would carry: the draft's, else the version in force's (null: none). */
function nextDefinition({ procedure, latest }: Editable): FormDefinition | null {
  const stored = procedure.draft?.formDefinition ?? latest.formDefinition;
  return stored ? formDefinitionSchema.parse(stored) : null;
}

/**
 * The first form of a procedure that has none: the applicant's name from VNeID and, when
 * the applicant chooses the deciding ward, that choice (which the publish check asks for).
 */
function starterDefinition(rules: VersionRules): FormDefinition {
  const ward = isChosenByApplicant(rules.competentKind)
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
function workingDefinition(editing: Editable): FormDefinition {
  return nextDefinition(editing) ?? starterDefinition(workingRules(editing));
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
  const next = nextDefinition(editing);
  const rules = workingRules(editing);
  const definition = next ?? starterDefinition(rules);
  const context = definitionContextOf(rules);
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
    documents: attachable(rules.documents).map((d) => ({ key: d.key, name: { vi: d.nameVi, en: d.nameEn } })),
    problems: [
      ...rulesProblems(rules, procedure.handlingAgency as HandlingAgency).map((p) => ({ ...p, refusesSave: true })),
      ...checkDefinition(definition, context).problems,
    ],
    /** The form's differences from the version in force (none while the draft leaves the form alone). */
    differences: procedure.draft?.formDefinition
      ? definitionDifferences(
          latest.formDefinition ? formDefinitionSchema.parse(latest.formDefinition) : null,
          definition,
        )
      : [],
    rules,
    /** How each fee line is charged to an online filing (null: not charged online). */
    charges: chargesOf(rules, next?.feeRules),
    /** The same, in words. */
    chargeTexts: chargeTexts(rules.fees, next?.feeRules, next),
    numberFields: numberFieldsOf(next),
    ruleDifferences: procedure.draft ? ruleChanges(latest, rules, next) : [],
    /** The draft would publish the form it shows (false: a starter form nobody has saved). */
    formReady: next !== null,
  };
}

/**
 * The procedure's page as applicants would see it once the draft is published: the draft's
 * rules, and whether it can be filed online (the builder's preview).
 */
export async function previewProcedureForAdmin(actor: Actor, slug: string): Promise<ProcedureDetailDto> {
  const editing = await editable(actor, slug);
  return procedureDetail(editing.procedure, {
    ...workingRules(editing),
    version: editing.latest.version + 1,
    effectiveFrom: new Date(`${todayInVietnam()}T00:00:00Z`),
    formDefinition: nextDefinition(editing),
  });
}

/** Saves a new definition over the draft the editor saw, or refuses it (nothing saved). */
async function saveDraft(
  tx: Prisma.TransactionClient,
  editing: Editable,
  seen: number,
  next: { definition?: FormDefinition; rules?: VersionRules },
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
  const definition = next.definition ?? nextDefinition(editing);
  if (definition) {
    const context = definitionContextOf(next.rules ?? workingRules(editing));
    const refusing = checkDefinition(definition, context).problems.filter((p) => p.refusesSave);
    if (refusing.length) throw problemsError(refusing);
  }
  const retiredIds = [...new Set([...(procedure.draft?.retiredIds ?? []), ...retired])];
  const data = {
    ...(next.definition ? { formDefinition: next.definition } : {}),
    ...(next.rules ? { rules: next.rules } : {}),
    retiredIds,
    revision: current + 1,
    updatedById: me.userId,
  };
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
      documentKeys: attachable(workingRules(editing).documents).map((d) => d.key),
      wardFieldId: isChosenByApplicant(workingRules(editing).competentKind) ? COMPETENT_WARD_FIELD : undefined,
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
      { definition: result.definition },
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
      definitionContextOf(workingRules(editing)),
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
    return {
      revision: await saveDraft(tx, editing, input.revision, { definition }, retired, "procedure.draft.json"),
    };
  });
}

/**
 * Saves the rules editor's form over the draft's rules (docs/filing.md#the-version-rules),
 * with the button pressed (save, or move or remove a row), and the e-form's fee rules when
 * the editor changed how a fee is charged online. Refused whole, beside each field, when a
 * value cannot be read, when rules contradict each other, or when the form would lose what
 * it refers to (a document an attachment asks for, a fee line a rule charges).
 */
export async function saveDraftRules(
  actor: Actor,
  slug: string,
  input: { revision: number; posted: Posted; intent: Intent },
): Promise<{ revision: number; changed: boolean }> {
  return db().$transaction(async (tx) => {
    const editing = await editable(actor, slug, tx);
    const current = workingRules(editing);
    const { rules, charges, errors } = readPostedRules(input.posted, current, input.intent);
    const definition = nextDefinition(editing);
    const fee = definition
      ? feeRulesAfter(definition.feeRules, current.fees, charges, new Set(numberFieldsOf(definition).map((f) => f.id)))
      : { feeRules: undefined, errors: {} };
    const fieldErrors = { ...errors, ...fee.errors };
    // What one rule says of another, said in the same answer, unless it rests on a value that could not be read.
    const unread = (...prefixes: string[]) => Object.keys(errors).some((k) => prefixes.some((p) => k.startsWith(p)));
    for (const p of rulesProblems(rules, editing.procedure.handlingAgency)) {
      if (p.path.startsWith("steps.") && unread("steps.", "timeLimit")) continue;
      if (p.path === "sameDayCutoff" && unread("sameDayCutoff", "timeLimitUnit")) continue;
      fieldErrors[p.path] ??= p.message;
    }
    if (!Object.keys(fieldErrors).length) {
      const parsed = versionRulesSchema.safeParse(rules);
      if (!parsed.success)
        for (const issue of parsed.error.issues)
          fieldErrors[issue.path.join(".")] ??= { vi: "Giá trị không hợp lệ.", en: "This value is not valid." };
    }
    const first = Object.values(fieldErrors)[0];
    if (first) throw new ValidationError(fieldErrors, `Chưa lưu: ${first.vi}`, `Not saved: ${first.en}`);
    const feeRulesChanged = !isDeepStrictEqual(definition?.feeRules ?? null, fee.feeRules ?? null);
    const nextForm = definition && feeRulesChanged ? withFeeRules(definition, fee.feeRules) : undefined;
    // Saving what is already there changes nothing (and starts no draft), once the revision seen is checked.
    const seen = editing.procedure.draft?.revision ?? 0;
    if (!nextForm && isDeepStrictEqual(rules, current) && input.revision === seen)
      return { revision: seen, changed: false };
    return {
      revision: await saveDraft(
        tx,
        editing,
        input.revision,
        { rules, definition: nextForm },
        [],
        "procedure.draft.rules",
      ),
      changed: true,
    };
  });
}

function withFeeRules(definition: FormDefinition, feeRules: FormDefinition["feeRules"]): FormDefinition {
  const { feeRules: _before, ...rest } = definition;
  return feeRules ? { ...rest, feeRules } : rest;
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
 * later): the draft's rules and form, each the version in force's where the draft left it
 * alone. Refused while the rules or the form have a problem, without the editor's
 * confirmation, or when the draft changed since it was reviewed.
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
    const stored = draft.formDefinition ?? latest.formDefinition;
    const definition = stored ? formDefinitionSchema.parse(stored) : null;
    const rules = draft.rules ? versionRulesSchema.parse(draft.rules) : rulesOf(latest);
    const problems = [
      ...rulesProblems(rules, procedure.handlingAgency).map((p) => ({ ...p, refusesSave: true })),
      ...(definition ? checkDefinition(definition, definitionContextOf(rules)).problems : []),
    ];
    if (problems.length) throw problemsError(problems);
    if (Object.keys(fieldErrors).length) throw new ValidationError(fieldErrors);
    const { fees, documents, steps, ...columns } = rules;
    const changes = ruleChanges(latest, rules, definition);
    const last = await tx.procedureVersion.aggregate({ where: { procedureId: procedure.id }, _max: { version: true } });
    const version = (last._max.version ?? latest.version) + 1;
    const created = await tx.procedureVersion.create({
      data: {
        ...columns,
        procedureId: procedure.id,
        version,
        status: "PUBLISHED",
        effectiveFrom: new Date(`${input.effectiveFrom}T00:00:00Z`),
        ...(definition ? { formDefinition: definition } : {}),
        // The result's template goes on with the version (its editor is not built yet).
        ...(latest.resultTemplate ? { resultTemplate: latest.resultTemplate } : {}),
        fees: { create: fees },
        documents: { create: documents },
        steps: { create: steps },
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
        details: {
          slug: procedure.slug,
          version,
          versionId: created.id,
          effectiveFrom: input.effectiveFrom,
          formChanged: draft.formDefinition !== null,
          ruleChanges: changes.slice(0, 50).map((d) => `${d.kind}: ${d.subject.vi}`),
        },
      },
      tx,
    );
    return { version: created.version };
  });
}
