// Filing: drafts saved page by page with once-only prefill, and the submission that
// writes the dossier, its first event and its notifications in one transaction.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { ConflictError, NotFoundError, RateLimitedError, ValidationError, ForbiddenError } from "@/lib/errors";
import { submissionsPerPerson } from "@/lib/security/limits";
import { hitLimit } from "@/lib/security/rate-limit";
import { openIdentity, openJson, sealJson } from "@/lib/security/identity-sealing";
import { compileForm, type FormErrorKey, type FormValues } from "@/lib/forms/compile";
import { formDefinitionSchema, type FormDefinition, type FormPage, type ScalarField } from "@/lib/forms/definition";
import { sanitizeValues } from "@/lib/forms/form-data";
import { canonicalNumberAnswers } from "@/lib/forms/numbers";
import {
  applyRegistryRecord,
  contactFromDossier,
  isLockedSource,
  prefillFromIdentity,
  reuseCounts,
  tamperedLockedFields,
  type IdentitySnapshot,
  type PreviousContact,
  type Provenance,
} from "@/lib/forms/prefill";
import { isSignedIn, type Actor, type PersonActor } from "@/lib/identity/actor";
import { businessRegistry, RegistryUnavailableError } from "@/lib/registries/client";
import type { BusinessRecord } from "@/lib/registries/records";
import { lookUpPersonForApplicant, type PersonLookupResult } from "@/lib/registries/lookup";
import { assertStillActsFor } from "@/lib/accounts/acting-for";
import { todayInVietnam } from "@/lib/clock/dates";
import { COMPETENT_AGENCY, COMPETENT_WARD_FIELD, isChosenByApplicant } from "@/lib/procedures/competent";
import type { CompetentAgencyKind } from "@/lib/generated/prisma/enums";
import { wakeMailerOnCommit } from "@/lib/notifications/mailer";
import { dossierMessages } from "@/lib/notifications/dossier-messages";
import { feeDue } from "@/lib/procedures/fees";
import { codeDay, formatDossierCode } from "./codes";
import { numberDossier, openDossier } from "./lifecycle";
import { requireSignatureOf } from "./signing";
import { DOSSIER_STATUS } from "./status";
import { isUuid } from "@/lib/db/ids";
import { currentTime, currentTimeMs } from "@/lib/time";

/** All attachments of one dossier together (MAX_DOSSIER_MB, default 50). */
const MAX_DOSSIER_BYTES = Number(process.env.MAX_DOSSIER_MB ?? 50) * 1024 * 1024;

function requireApplicant(actor: Actor): PersonActor {
  if (!isSignedIn(actor)) throw new NotFoundError("draft");
  return actor;
}

type Tx = Parameters<Parameters<ReturnType<typeof db>["$transaction"]>[0]>[0];

/** Pass the transaction client inside a transaction: a second connection could wait on a full pool. */
async function identityOf(actor: PersonActor, client: Tx | ReturnType<typeof db> = db()): Promise<IdentitySnapshot> {
  const user = await client.user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { fullName: true, sealedIdentity: true },
  });
  const organisation = actor.actingFor
    ? await client.organisation.findUnique({
        where: { id: actor.actingFor.organisationId },
        select: { name: true, enterpriseCode: true, address: true },
      })
    : null;
  const identity = openIdentity(user.sealedIdentity);
  return { fullName: user.fullName, ...identity, email: identity.contactEmail, organisation };
}

/** The version in force today of a procedure open for online filing. */
async function currentFilingVersion(slug: string) {
  const today = new Date(`${todayInVietnam()}T00:00:00Z`);
  const version = await db().procedureVersion.findFirst({
    where: {
      procedure: { slug, isActive: true },
      status: "PUBLISHED",
      effectiveFrom: { lte: today },
      formDefinition: { not: Prisma.DbNull },
    },
    orderBy: [{ effectiveFrom: "desc" }, { version: "desc" }],
    select: { id: true, requiredAccountLevel: true },
  });
  if (!version) throw new NotFoundError("procedure");
  return version;
}

/** Starts a draft for the signed-in applicant, prefilled from their identity. */
export async function startDraft(actor: Actor, procedureSlug: string): Promise<{ draftId: string }> {
  const me = requireApplicant(actor);
  const version = await currentFilingVersion(procedureSlug);
  if (me.accountLevel < version.requiredAccountLevel)
    throw new ForbiddenError(
      "Thủ tục này yêu cầu tài khoản định danh điện tử mức độ 2.",
      "This procedure needs a level 2 account.",
    );
  const definition = await definitionOf(version.id);
  const { values, provenance } = prefillFromIdentity(definition, await identityOf(me), await lastContactDetails(me));
  await fillOrganisationFromRegistry(definition, values, provenance);
  const draft = await db().dossierDraft.create({
    data: {
      userId: me.userId,
      actingForOrganisationId: me.actingFor?.organisationId ?? null,
      procedureVersionId: version.id,
      sealedValues: sealJson(values),
      provenance,
      idempotencyKey: crypto.randomUUID(),
    },
    select: { id: true },
  });
  return { draftId: draft.id };
}

/** Phone, e-mail and address the applicant gave in their last dossier. */
async function lastContactDetails(me: PersonActor): Promise<PreviousContact> {
  const last = await db().dossier.findFirst({
    where: { applicantUserId: me.userId },
    orderBy: { submittedAt: "desc" },
    select: { sealedValues: true, procedureVersionId: true },
  });
  if (!last) return {};
  return contactFromDossier(await definitionOf(last.procedureVersionId), openJson<FormValues>(last.sealedValues));
}

/**
 * An enterprise code prefilled from the organisation acted for is looked up at once in
 * the business registry, so the organisation's details arrive with the draft. If the
 * registry cannot be reached, the fields stay open for typing (marked as typed).
 */
async function fillOrganisationFromRegistry(definition: FormDefinition, values: FormValues, provenance: Provenance) {
  for (const field of definition.pages.flatMap((p) => p.fields)) {
    if (
      field.type !== "enterpriseCode" ||
      !field.fill ||
      provenance[field.id] !== "IDENTITY" ||
      typeof values[field.id] !== "string"
    )
      continue;
    try {
      const record = await businessRegistry.findBusiness(values[field.id] as string);
      if (record) applyRegistryRecord(field, record, values, provenance);
    } catch (error) {
      if (!(error instanceof RegistryUnavailableError)) throw error;
    }
  }
}

async function definitionOf(versionId: string): Promise<FormDefinition> {
  const version = await db().procedureVersion.findUniqueOrThrow({
    where: { id: versionId },
    select: { formDefinition: true },
  });
  return formDefinitionSchema.parse(version.formDefinition);
}

async function ownDraft(me: PersonActor, draftId: string, client: Prisma.TransactionClient = db()) {
  if (!isUuid(draftId)) throw new NotFoundError("draft");
  const draft = await client.dossierDraft.findFirst({ where: { id: draftId, userId: me.userId } });
  if (!draft) throw new NotFoundError("draft");
  return draft;
}

export type PageSaveResult = {
  errors: Record<string, FormErrorKey>;
  filledFromRegistry: boolean;
  registryUnavailable: boolean;
  /** An ID number the registry could not confirm for the relation the field claims, nor with the name typed: the
   * applicant types the details. */
  registryNotConfirmed: boolean;
  /** The applicant used up their registry lookups for the hour. */
  registryLimited: boolean;
  values: FormValues;
  provenance: Provenance;
  revision: number;
};

/**
 * Saves one page of a draft: what was typed is kept even when invalid, locked identity
 * values cannot be changed, and ID numbers or enterprise codes with a `fill` are looked
 * up in the national registries.
 *
 * Two saves of a draft at once (an autosave and Continue, two tabs) cannot drop each
 * other's answers: a save writes only over the revision it read; when another save came
 * first, it merges its page again into the draft as that save left it, holding the row,
 * with the registries' answers it already has. An autosave names the revision its page was
 * shown at, and is refused (ConflictError) when the draft has been saved since: its
 * answers may be older than what was saved.
 */
export async function saveDraftPage(
  actor: Actor,
  draftId: string,
  pageId: string,
  untrusted: unknown,
  uploadedFieldIds: string[] = [],
  shownRevision?: number,
): Promise<PageSaveResult> {
  const me = requireApplicant(actor);
  const draft = await ownDraft(me, draftId);
  const outdated = () =>
    new ConflictError("Bản nháp đã được lưu từ một trang khác.", "The draft was saved from another page.");
  if (shownRevision !== undefined && draft.revision !== shownRevision) throw outdated();
  const definition = await definitionOf(draft.procedureVersionId);
  const page = definition.pages.find((p) => p.id === pageId);
  if (!page) throw new NotFoundError("page");
  const lookups: RegistryAnswers = new Map();
  const autosave = shownRevision !== undefined;
  const save = async (client: Prisma.TransactionClient, row: DraftRow) => {
    const { values, provenance, voidSigning, ...result } = await mergePage(
      client,
      me,
      row,
      definition,
      page,
      untrusted,
      uploadedFieldIds,
      lookups,
      autosave,
    );
    const { count } = await client.dossierDraft.updateMany({
      where: { id: row.id, revision: row.revision },
      data: {
        sealedValues: sealJson(values),
        provenance,
        revision: { increment: 1 },
        ...(voidSigning ? { sealedSigning: null } : {}),
      },
    });
    return count === 1 ? { ...result, values, provenance, revision: row.revision + 1 } : null;
  };
  const saved = await save(db(), draft);
  if (saved) return saved;
  if (shownRevision !== undefined) throw outdated();
  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "DossierDraft" WHERE id = ${draft.id}::uuid FOR UPDATE`;
    const again = await save(tx, await ownDraft(me, draftId, tx));
    if (!again) throw new Error("a locked draft changed");
    return again;
  });
}

type DraftRow = Awaited<ReturnType<typeof ownDraft>>;
/** Registry answers by field and what was asked, so that saving again asks the registry nothing new. */
type RegistryAnswers = Map<string, PersonLookupResult | BusinessRecord | null | "unavailable">;

/** The draft's answers with one page's answers merged in, and what the registries filled. */
async function mergePage(
  client: Prisma.TransactionClient,
  me: PersonActor,
  draft: DraftRow,
  definition: FormDefinition,
  page: FormPage,
  untrusted: unknown,
  uploadedFieldIds: string[],
  lookups: RegistryAnswers,
  autosave: boolean,
) {
  const input = canonicalNumberAnswers(page, sanitizeValues(untrusted, page));
  // An attachment answer must be a document of the applicant's own data store. One said to be
  // uploaded just now (by this post, or by the page's script before it) counts as new rather
  // than reused only if it really is new: created today and used by no dossier yet.
  const freshUploads = new Set<string>();
  for (const field of page.fields) {
    const id = input[field.id];
    if (field.type !== "attachment" || typeof id !== "string") continue;
    const document = isUuid(id)
      ? await client.storedDocument.findFirst({
          where: { id, ownerUserId: me.userId },
          select: { createdAt: true, _count: { select: { uses: true } } },
        })
      : null;
    if (!document) delete input[field.id];
    else if (
      uploadedFieldIds.includes(field.id) &&
      document._count.uses === 0 &&
      document.createdAt.getTime() > currentTimeMs() - 24 * 3600_000
    )
      freshUploads.add(field.id);
  }
  const values = openJson<FormValues>(draft.sealedValues);
  const provenance = { ...(draft.provenance as Provenance) };
  const changed = new Set<string>();
  for (const field of page.fields) {
    if (field.type !== "group" && isLockedSource(field.prefill)) continue;
    const next = input[field.id];
    const previous = values[field.id];
    if (next === undefined || next === "") delete values[field.id];
    else values[field.id] = next;
    if (JSON.stringify(next ?? "") !== JSON.stringify(previous ?? "")) {
      provenance[field.id] = field.type === "attachment" && !freshUploads.has(field.id) ? "DATA_STORE" : "TYPED";
      changed.add(field.id);
    }
  }
  // Lookups after the page's own values, so that what the registry holds wins over blanks.
  const registry = { filled: false, unavailable: false, notConfirmed: false, limited: false };
  for (const field of page.fields) {
    if (field.type === "idNumber" && field.fill)
      await lookUpPersonField(me, field, values, provenance, changed, lookups, autosave, registry);
    if (field.type === "enterpriseCode" && field.fill)
      await lookUpBusinessField(field, values, provenance, changed, lookups, registry);
  }
  const parsed = compileForm(definition).pageSchema(page.id).safeParse(values);
  const errors = parsed.success
    ? {}
    : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message as FormErrorKey]));
  // A changed answer voids a signature (or a pending request) of the earlier content.
  const voidSigning = changed.size > 0 || registry.filled;
  return {
    values,
    provenance,
    voidSigning,
    errors,
    filledFromRegistry: registry.filled,
    registryUnavailable: registry.unavailable,
    registryNotConfirmed: registry.notConfirmed,
    registryLimited: registry.limited,
  };
}

const ID_NUMBER = /^\d{12}$/;

type RegistryFlags = { filled: boolean; unavailable: boolean; notConfirmed: boolean; limited: boolean };
type IdNumberField = Extract<ScalarField, { type: "idNumber" }>;
type EnterpriseCodeField = Extract<ScalarField, { type: "enterpriseCode" }>;

/**
 * An ID number typed into a field with `fill` (issue 19 finding 1), looked up when the number
 * changes, or when the name typed for it changes on Continue (not on every autosave, which
 * would spend the applicant's lookups while they type). The registry's record fills the form
 * only for the relation the field claims; otherwise the typed name is confirmed, or not. Not
 * asking again when nothing changed lets the applicant go on with details the registry could
 * not confirm (staff check typed details).
 */
async function lookUpPersonField(
  me: PersonActor,
  field: IdNumberField,
  values: FormValues,
  provenance: Provenance,
  changed: Set<string>,
  lookups: RegistryAnswers,
  autosave: boolean,
  flags: RegistryFlags,
) {
  const value = values[field.id];
  const nameTarget = field.fill?.fullName;
  const numberChanged = changed.has(field.id);
  if (!numberChanged && (autosave || !nameTarget || !changed.has(nameTarget))) return;
  if (numberChanged) {
    // What an earlier number filled belongs to that person, not to this one.
    for (const target of Object.values(field.fill ?? {})) {
      if (target && !changed.has(target) && provenance[target] === "REGISTRY") {
        delete values[target];
        delete provenance[target];
      }
    }
  }
  if (typeof value !== "string" || !ID_NUMBER.test(value.trim())) return;
  const idNumber = value.trim();
  const typedName = nameTarget && typeof values[nameTarget] === "string" ? (values[nameTarget] as string) : undefined;
  const key = `${field.id}:${idNumber}:${typedName ?? ""}`;
  let answer = lookups.get(key) as PersonLookupResult | undefined;
  if (!answer) {
    answer = await lookUpPersonForApplicant(me, { field: field.id, idNumber, relation: field.relation, typedName });
    lookups.set(key, answer);
  }
  if (answer.kind === "fill") {
    applyRegistryRecord(field, answer.record, values, provenance);
    flags.filled = true;
  } else if (answer.kind === "name-confirmed") {
    // Confirmed, not filled: the field shows its source; nothing else came from the registry.
    values[nameTarget!] = answer.fullName;
    provenance[nameTarget!] = "REGISTRY";
  } else if (answer.kind === "not-confirmed") flags.notConfirmed = true;
  else if (answer.kind === "unavailable") flags.unavailable = true;
  else flags.limited = true;
}

/** An enterprise code with `fill`: business registration data is public, so the record fills the form. */
async function lookUpBusinessField(
  field: EnterpriseCodeField,
  values: FormValues,
  provenance: Provenance,
  changed: Set<string>,
  lookups: RegistryAnswers,
  flags: RegistryFlags,
) {
  const value = values[field.id];
  if (typeof value !== "string" || (!changed.has(field.id) && hasFilled(field, provenance))) return;
  const key = `${field.id}:${value.trim()}`;
  if (!lookups.has(key)) {
    try {
      lookups.set(key, await businessRegistry.findBusiness(value.trim()));
    } catch (error) {
      if (!(error instanceof RegistryUnavailableError)) throw error;
      lookups.set(key, "unavailable");
    }
  }
  const record = lookups.get(key) as BusinessRecord | null | "unavailable";
  if (record === "unavailable") flags.unavailable = true;
  else if (record) {
    applyRegistryRecord(field, record, values, provenance);
    flags.filled = true;
  }
}

function hasFilled(field: ScalarField, provenance: Provenance): boolean {
  if (!("fill" in field) || !field.fill) return true;
  return Object.values(field.fill).every((target) => target && provenance[target] === "REGISTRY");
}

/** Deletes one of the applicant's own drafts. */
export async function deleteDraft(actor: Actor, draftId: string): Promise<void> {
  const me = requireApplicant(actor);
  const deleted = await db().dossierDraft.deleteMany({ where: { id: draftId, userId: me.userId } });
  if (deleted.count === 0) throw new NotFoundError("draft");
}

/**
 * Submits a draft. Idempotent: the same key returns the dossier it already made, even
 * under concurrent replays. The dossier, its first event and its notifications are
 * written in one transaction with a gap-free per-agency daily code.
 */
export async function submitDossier(actor: Actor, draftId: string, idempotencyKey: string): Promise<{ code: string }> {
  const me = requireApplicant(actor);
  if (!isUuid(idempotencyKey)) throw new NotFoundError("draft");
  return db().$transaction(
    async (tx) => {
      // Replays of one submission wait here for the first, then find its dossier.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${idempotencyKey}, 0))`;
      const existing = await tx.dossier.findUnique({
        where: { idempotencyKey },
        select: { code: true, applicantUserId: true },
      });
      if (existing) {
        if (existing.applicantUserId !== me.userId) throw new NotFoundError("draft");
        return { code: existing.code };
      }
      const draft = await tx.dossierDraft.findFirst({ where: { id: draftId, userId: me.userId, idempotencyKey } });
      if (!draft) throw new NotFoundError("draft");
      await assertStillActsFor(tx, me, draft.actingForOrganisationId);
      const version = await tx.procedureVersion.findUniqueOrThrow({
        where: { id: draft.procedureVersionId },
        select: {
          formDefinition: true,
          requiredAccountLevel: true,
          competentKind: true,
          procedure: { select: { nameVi: true, nameEn: true, handlingAgencyId: true } },
          fees: { select: { sortOrder: true, channel: true, labelVi: true, labelEn: true, amountVnd: true } },
        },
      });
      if (me.accountLevel < version.requiredAccountLevel)
        throw new ForbiddenError(
          "Thủ tục này yêu cầu tài khoản định danh điện tử mức độ 2.",
          "This procedure needs a level 2 account.",
        );
      const definition = formDefinitionSchema.parse(version.formDefinition);
      const values = openJson<FormValues>(draft.sealedValues);
      const parsed = compileForm(definition).schema.safeParse(values);
      if (!parsed.success)
        throw new ValidationError(
          Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), { vi: i.message, en: i.message }])),
        );
      const tampered = tamperedLockedFields(definition, await identityOf(me, tx), values);
      if (tampered.length)
        throw new ValidationError(
          Object.fromEntries(tampered.map((f) => [f, { vi: "locked-changed", en: "locked-changed" }])),
        );
      const signature = definition.requiresSignature
        ? await requireSignatureOf(tx, draft, definition, parsed.data)
        : null;
      const agency = await competentAgency(tx, version.competentKind, version.procedure.handlingAgencyId, parsed.data);
      const now = currentTime();
      const provenance = draft.provenance as Provenance;
      const counts = reuseCounts(parsed.data, provenance);
      const fee = feeDue(version.fees, definition.feeRules, parsed.data);
      // A fee due online is paid before the dossier goes to the agency: it waits in status 6.
      const status = fee.totalVnd > 0 ? DOSSIER_STATUS.PAYMENT_REQUESTED : DOSSIER_STATUS.SUBMITTED;
      // Every check before any write: the attachments must be the applicant's and within the size limit.
      const attachments = definition.pages
        .flatMap((p) => p.fields)
        .filter((f) => f.type === "attachment" && typeof parsed.data[f.id] === "string");
      const documents = await tx.storedDocument.findMany({
        where: { id: { in: attachments.map((f) => parsed.data[f.id] as string) }, ownerUserId: me.userId },
        select: { id: true, sizeBytes: true },
      });
      const sizeOf = new Map(documents.map((d) => [d.id, d.sizeBytes]));
      const missing = attachments.find((f) => !sizeOf.has(parsed.data[f.id] as string));
      if (missing) throw new ValidationError({ [missing.id]: { vi: "invalid", en: "invalid" } });
      if (documents.reduce((sum, d) => sum + d.sizeBytes, 0) > MAX_DOSSIER_BYTES) {
        throw new ValidationError({
          attachments: {
            vi: `Tổng dung lượng giấy tờ vượt quá ${MAX_DOSSIER_BYTES / 1024 / 1024} MB.`,
            en: `Documents exceed ${MAX_DOSSIER_BYTES / 1024 / 1024} MB in total.`,
          },
        });
      }
      // The dossier is written under a provisional code; its number is taken last (below), so
      // that submissions to one agency on one day, which all queue on its counter row, hold
      // that row for three statements rather than the whole transaction.
      const dossierId = crypto.randomUUID();
      await openDossier(
        tx,
        {
          id: dossierId,
          procedureVersionId: draft.procedureVersionId,
          applicantUserId: me.userId,
          actingForOrganisationId: draft.actingForOrganisationId,
          agencyId: agency.id,
          status,
          channel: "ONLINE",
          submittedAt: now,
          sealedValues: sealJson(parsed.data),
          feeVnd: fee.totalVnd,
          feeItems: fee.items,
          provenance: Object.fromEntries(Object.keys(parsed.data).map((k) => [k, provenance[k] ?? "TYPED"])),
          reusedValueCount: counts.reused,
          totalValueCount: counts.total,
          idempotencyKey,
          fromDraftId: draft.id,
        },
        {
          actorUserId: me.userId,
          details: { channel: "ONLINE", feeVnd: fee.totalVnd, formVersion: definition.formVersion },
        },
      );
      if (signature) await tx.dossierSignature.create({ data: { dossierId, ...signature } });
      if (attachments.length) {
        await tx.dossierDocument.createMany({
          data: attachments.map((field) => ({
            dossierId,
            documentId: parsed.data[field.id] as string,
            documentKey: field.type === "attachment" ? field.documentKey : field.id,
          })),
        });
      }
      await wakeMailerOnCommit(tx);
      await tx.dossierDraft.delete({ where: { id: draft.id } });
      // Each new dossier counts against the person's hourly limit, in this transaction: a
      // replay found above is not counted, a refused or failed submission counts nothing, and
      // the person's counter row, like the agency's, is held only for the last statements.
      const limit = await hitLimit(submissionsPerPerson(), me.userId, now, tx);
      if (!limit.allowed)
        throw new RateLimitedError("submission", limit.retryAfterSeconds, {
          vi: "nộp hồ sơ",
          en: "submitted dossiers",
        });
      const day = codeDay(now);
      const [{ last }] = await tx.$queryRaw<[{ last: number }]>`
      INSERT INTO "DossierCodeCounter" ("agencyId", "day", "last") VALUES (${agency.id}::uuid, ${day}, 1)
      ON CONFLICT ("agencyId", "day") DO UPDATE SET "last" = "DossierCodeCounter"."last" + 1
      RETURNING "last"`;
      const code = formatDossierCode(agency.code, day, last);
      await numberDossier(tx, dossierId, code);
      const message = dossierMessages.submitted(
        code,
        { vi: version.procedure.nameVi, en: version.procedure.nameEn },
        { vi: agency.nameVi, en: agency.nameEn },
        fee.totalVnd,
      );
      await tx.notification.createMany({
        data: [
          { userId: me.userId, dossierId, kind: "dossier.submitted", channel: "IN_APP", ...message },
          { userId: me.userId, dossierId, kind: "dossier.submitted", channel: "EMAIL", ...message },
        ],
      });
      return { code };
      // Submissions to one agency on one day queue on its counter row: allow for the wait.
    },
    { maxWait: 15_000, timeout: 20_000 },
  );
}

/**
 * Routes to the agency that decides (docs/domain.md §8b): the ward-level agency of the
 * version's kind that the applicant chose, or the procedure's handling agency, which must
 * be of that kind. A ward of another kind (the People's Committee for a residence
 * registration, which the ward police decide) is refused on the field.
 */
async function competentAgency(
  tx: Tx,
  competent: CompetentAgencyKind,
  handlingAgencyId: string | null,
  values: FormValues,
) {
  const select = { id: true, code: true, nameVi: true, nameEn: true } as const;
  const { level, kind } = COMPETENT_AGENCY[competent];
  if (!isChosenByApplicant(competent)) {
    const agency = handlingAgencyId
      ? await tx.agency.findFirst({ where: { id: handlingAgencyId, level, kind, isActive: true }, select })
      : null;
    if (!agency) throw new Error(`the procedure's handling agency is not an active agency of the kind ${competent}`);
    return agency;
  }
  const chosen = values[COMPETENT_WARD_FIELD];
  const agency =
    typeof chosen === "string"
      ? await tx.agency.findFirst({ where: { slug: chosen, level, kind, isActive: true }, select })
      : null;
  if (!agency) throw new ValidationError({ [COMPETENT_WARD_FIELD]: { vi: "invalid-option", en: "invalid-option" } });
  return agency;
}
