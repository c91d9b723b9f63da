// Submitting dossiers against a real PostgreSQL: codes, idempotency, atomicity,
// authorization, and once-only prefill through the registries.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseDossierCode } from "@/lib/dossiers/codes";
import { saveDraftPage, startDraft, submitDossier } from "@/lib/dossiers/mutations";
import { dossierSubmittedFrom, getDossierForApplicant, getDraftForOwner } from "@/lib/dossiers/queries";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { PersonActor } from "@/lib/identity/actor";
import {
  createPersonActor,
  expectAuthorizationMatrix,
  type MatrixName,
  registryPersonActor,
} from "@/tests/factories/actors";
import {
  birthRegistrationValues,
  createDraftFor,
  createReadyDraft,
  maritalStatusValues,
} from "@/tests/factories/dossiers";
import { openJson, sealJson } from "@/lib/security/identity-sealing";
import { advanceClock, resetClock, setClock } from "@/lib/time";
import { instant } from "@/tests/factories/instants";

let citizen: PersonActor;

beforeAll(async () => {
  citizen = await createPersonActor({ name: "Nguyễn Văn Thử" });
});

describe("submitDossier", () => {
  afterEach(() => resetClock());

  it("writes the dossier, its first event and its notifications, and removes the draft", async () => {
    const { draftId, idempotencyKey } = await createReadyDraft(citizen, birthRegistrationValues(citizen));
    const { code } = await submitDossier(citizen, draftId, idempotencyKey);
    expect(code).toMatch(/^01\.98\.H29-\d{6}-\d{4}$/);
    const dossier = await db().dossier.findUniqueOrThrow({ where: { code }, include: { events: true } });
    expect(dossier).toMatchObject({ status: 1, channel: "ONLINE", applicantUserId: citizen.userId });
    expect(dossier.events.map((e) => [e.type, e.toStatus])).toEqual([["submitted", 1]]);
    expect((dossier.provenance as Record<string, string>).motherName).toBe("REGISTRY");
    expect(dossier.reusedValueCount).toBeGreaterThanOrEqual(3);
    expect(await db().notification.count({ where: { dossierId: dossier.id } })).toBe(2);
    expect(await db().dossierDraft.count({ where: { id: draftId } })).toBe(0);
    // The draft's pages, opened again, lead its applicant (and no one else) to the dossier.
    expect(await dossierSubmittedFrom(citizen, draftId)).toBe(code);
    expect(await dossierSubmittedFrom(await createPersonActor(), draftId)).toBeNull();
  });

  it("gives 50 concurrent submissions 50 distinct, consecutive codes", async () => {
    // One day's sequence: at a standing instant, so that midnight cannot fall among them (the
    // time-travel run at 23:59 on New Year's Eve split them over two days).
    setClock(instant("fridayAt1459"));
    const drafts = await Promise.all(
      Array.from({ length: 50 }, () =>
        createReadyDraft(citizen, birthRegistrationValues(citizen, { competentWard: "ubnd-phuong-ban-co" })),
      ),
    );
    const codes = await Promise.all(
      drafts.map((d) => submitDossier(citizen, d.draftId, d.idempotencyKey).then((r) => r.code)),
    );
    const sequences = codes.map((c) => parseDossierCode(c)!.sequence).sort((a, b) => a - b);
    expect(new Set(codes).size).toBe(50);
    expect(sequences[49]! - sequences[0]!).toBe(49);
    expect(new Set(codes.map((c) => parseDossierCode(c)!.day))).toEqual(new Set(["261211"]));
  });

  it("numbers a dossier filed after midnight on New Year's Eve in the new day's sequence", async () => {
    setClock(new Date("2026-12-31T23:59:59+07:00"));
    const before = await createReadyDraft(
      citizen,
      birthRegistrationValues(citizen, { competentWard: "ubnd-phuong-ban-co" }),
    );
    const last = (await submitDossier(citizen, before.draftId, before.idempotencyKey)).code;
    advanceClock(2000);
    const after = await createReadyDraft(
      citizen,
      birthRegistrationValues(citizen, { competentWard: "ubnd-phuong-ban-co" }),
    );
    const first = (await submitDossier(citizen, after.draftId, after.idempotencyKey)).code;
    expect(parseDossierCode(last)).toMatchObject({ day: "261231" });
    expect(parseDossierCode(first)).toMatchObject({ day: "270101" });
  });

  it("makes one dossier from 20 concurrent replays of one submission", async () => {
    const { draftId, idempotencyKey } = await createReadyDraft(
      citizen,
      birthRegistrationValues(citizen, { competentWard: "ubnd-phuong-xuan-hoa" }),
    );
    const results = await Promise.all(
      Array.from({ length: 20 }, () => submitDossier(citizen, draftId, idempotencyKey)),
    );
    expect(new Set(results.map((r) => r.code)).size).toBe(1);
    expect(await db().dossier.count({ where: { idempotencyKey } })).toBe(1);
  });

  it("leaves no rows when it fails halfway", async () => {
    const agency = await db().agency.findUniqueOrThrow({ where: { slug: "ubnd-phuong-nhieu-loc" } });
    const { draftId, idempotencyKey } = await createReadyDraft(
      citizen,
      birthRegistrationValues(citizen, { competentWard: "ubnd-phuong-nhieu-loc" }),
    );
    const counterBefore = await db().dossierCodeCounter.findMany({ where: { agencyId: agency.id } });
    // Occupy the code the submission will take, so that its insert fails after the counter moved.
    const { formatDossierCode, codeDay } = await import("@/lib/dossiers/codes");
    const next = (counterBefore[0]?.last ?? 0) + 1;
    const blocker = await db().dossier.create({
      data: {
        code: formatDossierCode(agency.code, codeDay(new Date()), next),
        procedureVersionId: (await db().dossierDraft.findUniqueOrThrow({ where: { id: draftId } })).procedureVersionId,
        applicantUserId: citizen.userId,
        agencyId: agency.id,
        status: 1,
        channel: "ONLINE",
        submittedAt: new Date(),
        sealedValues: sealJson({}),
        provenance: {},
        reusedValueCount: 0,
        totalValueCount: 0,
        idempotencyKey: crypto.randomUUID(),
      },
    });
    const notificationsBefore = await db().notification.count();
    await expect(submitDossier(citizen, draftId, idempotencyKey)).rejects.toThrow();
    expect(await db().dossier.count({ where: { idempotencyKey } })).toBe(0);
    expect(await db().dossierCodeCounter.findMany({ where: { agencyId: agency.id } })).toEqual(counterBefore);
    expect(await db().notification.count()).toBe(notificationsBefore);
    expect(await db().dossierDraft.count({ where: { id: draftId } })).toBe(1);
    await db().dossier.delete({ where: { id: blocker.id } });
  });

  it("refuses invalid answers and tampered locked identity values", async () => {
    const invalid = await createReadyDraft(citizen, birthRegistrationValues(citizen, { childBirthDate: "2999-01-01" }));
    await expect(submitDossier(citizen, invalid.draftId, invalid.idempotencyKey)).rejects.toMatchObject({
      fieldErrors: { childBirthDate: { en: "future-date" } },
    });
    const tampered = await createReadyDraft(citizen, birthRegistrationValues(citizen, { requesterName: "Người Khác" }));
    const error = await submitDossier(citizen, tampered.draftId, tampered.idempotencyKey).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toHaveProperty("requesterName");
  });
});

describe("dossiers and drafts are not found for anyone else", () => {
  let actors: Record<MatrixName, PersonActor>;
  let code: string;
  let draftId: string;
  beforeAll(async () => {
    const agencyId = (await db().agency.findUniqueOrThrow({ where: { slug: "ubnd-phuong-sai-gon" } })).id;
    const otherId = (await db().agency.findUniqueOrThrow({ where: { slug: "ubnd-phuong-ben-thanh" } })).id;
    const owner = await createPersonActor();
    actors = {
      owner,
      anotherCitizen: await createPersonActor(),
      competentClerk: await createPersonActor({ roles: [{ role: "RECEPTION_CLERK", agencyId }] }),
      otherClerk: await createPersonActor({ roles: [{ role: "RECEPTION_CLERK", agencyId: otherId }] }),
      admin: await createPersonActor({ roles: [{ role: "SYSTEM_ADMIN", agencyId: null }] }),
    };
    const ready = await createReadyDraft(owner, birthRegistrationValues(owner));
    code = (await submitDossier(owner, ready.draftId, ready.idempotencyKey)).code;
    draftId = (await createReadyDraft(owner, birthRegistrationValues(owner))).draftId;
  });

  it("through the applicant's dossier page", async () => {
    await expectAuthorizationMatrix(actors, (a) => getDossierForApplicant(a, code), {
      owner: "allowed",
      anotherCitizen: "not-found",
      competentClerk: "not-found",
      otherClerk: "not-found",
      admin: "not-found",
    });
  });

  it("through drafts, and submitting someone else's draft", async () => {
    await expectAuthorizationMatrix(actors, (a) => getDraftForOwner(a, draftId), {
      owner: "allowed",
      anotherCitizen: "not-found",
      competentClerk: "not-found",
      otherClerk: "not-found",
      admin: "not-found",
    });
    const draft = await db().dossierDraft.findUniqueOrThrow({ where: { id: draftId } });
    await expect(submitDossier(actors.anotherCitizen, draftId, draft.idempotencyKey)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});

describe("once-only prefill", () => {
  it("prefills identity values and fills a parent's details from the population registry", async () => {
    // The mother is the applicant's wife in the registry (finding 1 of issue 19: a stranger's would not fill).
    const an = await registryPersonActor("079090001234", "Nguyễn Văn An");
    const { draftId } = await startDraft(an, "dang-ky-khai-sinh");
    const draft = await getDraftForOwner(an, draftId);
    expect(draft.values).toMatchObject({ requesterName: an.fullName, requesterIdNumber: an.idNumber });
    expect(draft.provenance).toMatchObject({ requesterName: "IDENTITY", requesterIdNumber: "IDENTITY" });
    const result = await saveDraftPage(an, draftId, "me", { motherIdNumber: "079192005678" });
    expect(result.filledFromRegistry).toBe(true);
    const after = await getDraftForOwner(an, draftId);
    expect(after.values).toMatchObject({
      motherName: "Trần Thị Bình",
      motherBirthYear: "1992",
      motherNationality: "Việt Nam",
    });
    expect(after.provenance).toMatchObject({ motherName: "REGISTRY", motherIdNumber: "TYPED" });
  });

  it("keeps locked identity values whatever the page sends, and keeps invalid input with its errors", async () => {
    const { draftId } = await startDraft(citizen, "dang-ky-khai-sinh");
    const result = await saveDraftPage(citizen, draftId, "nguoi-yeu-cau", {
      requesterName: "Kẻ Giả Mạo",
      requesterAddress: "1 Lê Lợi",
      relationship: "father",
      phone: "12",
    });
    expect(result.errors).toEqual({ phone: "phone" });
    const draft = await getDraftForOwner(citizen, draftId);
    expect(draft.values).toMatchObject({ requesterName: citizen.fullName, phone: "12" });
  });
});

describe("drafts", () => {
  it("are deleted by their owner only, and purged after 30 days untouched", async () => {
    const other = await createPersonActor();
    const { draftId } = await startDraft(citizen, "dang-ky-khai-sinh");
    const { deleteDraft } = await import("@/lib/dossiers/mutations");
    const { purgeStaleDrafts } = await import("@/lib/dossiers/purge");
    await expect(deleteDraft(other, draftId)).rejects.toBeInstanceOf(NotFoundError);
    await deleteDraft(citizen, draftId);
    expect(await db().dossierDraft.count({ where: { id: draftId } })).toBe(0);

    const stale = await startDraft(citizen, "dang-ky-khai-sinh");
    const fresh = await startDraft(citizen, "dang-ky-khai-sinh");
    await db().$executeRaw`UPDATE "DossierDraft" SET "updatedAt" = now() - interval '31 days' WHERE id =
        ${stale.draftId}::uuid`;
    expect(await purgeStaleDrafts(db())).toBeGreaterThanOrEqual(1);
    expect(await db().dossierDraft.count({ where: { id: stale.draftId } })).toBe(0);
    expect(await db().dossierDraft.count({ where: { id: fresh.draftId } })).toBe(1);
  });
});

describe("saving pages of one draft at once", () => {
  it("keeps every page's answers when 12 pages are saved concurrently", async () => {
    const { draftId } = await startDraft(citizen, "dang-ky-khai-sinh");
    // Twelve saves of two pages at once, each with its own answer: the last of each page stays,
    // and neither page loses its answers to the other's saves.
    const saves = Array.from({ length: 12 }, (_, i) =>
      i % 2 === 0
        ? saveDraftPage(citizen, draftId, "tre-em", { childName: `Con Thứ ${i}`, birthPlace: "Bệnh viện Từ Dũ" })
        : saveDraftPage(citizen, draftId, "noi-dang-ky", { competentWard: "ubnd-phuong-sai-gon" }),
    );
    const results = await Promise.all(saves);
    const draft = await getDraftForOwner(citizen, draftId);
    expect(draft.values).toMatchObject({
      birthPlace: "Bệnh viện Từ Dũ",
      competentWard: "ubnd-phuong-sai-gon",
      requesterName: citizen.fullName,
    });
    expect(draft.values.childName).toMatch(/^Con Thứ \d+$/);
    // Each save wrote over the one before it, never beside it.
    expect(results.map((r) => r.revision).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(draft.revision).toBe(12);
  });

  it("refuses an autosave from a page shown before the draft was saved elsewhere, and writes nothing", async () => {
    const { draftId } = await startDraft(citizen, "dang-ky-khai-sinh");
    const shown = (await getDraftForOwner(citizen, draftId)).revision;
    const first = await saveDraftPage(citizen, draftId, "tre-em", { childName: "Nguyễn An Khang" }, [], shown);
    expect(first.revision).toBe(shown + 1);
    // Another tab saves the same page; this page's next autosave still names the revision it knew.
    await saveDraftPage(citizen, draftId, "tre-em", { childName: "Nguyễn Bảo Khang" });
    await expect(
      saveDraftPage(citizen, draftId, "tre-em", { childName: "Nguyễn An" }, [], first.revision),
    ).rejects.toBeInstanceOf(ConflictError);
    const draft = await getDraftForOwner(citizen, draftId);
    expect(draft.values.childName).toBe("Nguyễn Bảo Khang");
    expect(draft.revision).toBe(shown + 2);
  });
});

describe("contact details given before", () => {
  it("prefill a new draft from the last dossier when the profile lacks them, editable and marked as such", async () => {
    const applicant = await createPersonActor({ name: "Người Đã Nộp Trước" });
    const earlier = await createDraftFor(
      applicant,
      "xac-nhan-tinh-trang-hon-nhan",
      maritalStatusValues(applicant, {
        phone: "0912345678",
        email: "da.nop@example.vn",
        address: "8 Hàm Nghi, Phường Sài Gòn",
      }),
    );
    await submitDossier(applicant, earlier.draftId, earlier.idempotencyKey);
    const { draftId } = await startDraft(applicant, "dang-ky-thuong-tru");
    const draft = await db().dossierDraft.findUniqueOrThrow({ where: { id: draftId } });
    expect(openJson(draft.sealedValues)).toMatchObject({
      phone: "0912345678",
      email: "da.nop@example.vn",
      address: "8 Hàm Nghi, Phường Sài Gòn",
      fullName: "Người Đã Nộp Trước",
    });
    expect(draft.provenance).toMatchObject({
      phone: "PREVIOUS_DOSSIER",
      email: "PREVIOUS_DOSSIER",
      address: "PREVIOUS_DOSSIER",
      fullName: "IDENTITY",
    });
    // Editable: a new phone number replaces it and is marked as typed.
    await saveDraftPage(applicant, draftId, "nguoi-yeu-cau", {
      ...openJson<object>(draft.sealedValues),
      phone: "0987654321",
    });
    expect((await db().dossierDraft.findUniqueOrThrow({ where: { id: draftId } })).provenance).toMatchObject({
      phone: "TYPED",
    });
  });
});
