// One person's uploads and submissions are limited per hour, counted in PostgreSQL (so
// every instance shares the count); the refusal says when to try again and leaves nothing
// half-made: no stored file, no dossier, the draft kept. A replay of a submission already
// made still finds its dossier.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { uploadDocument } from "@/lib/documents/mutations";
import { submitDossier } from "@/lib/dossiers/mutations";
import { RateLimitedError, ValidationError } from "@/lib/errors";
import type { PersonActor } from "@/lib/identity/actor";
import { submissionsPerPerson, uploadsPerPerson } from "@/lib/security/limits";
import { hitLimit, type Limit } from "@/lib/security/rate-limit";
import { createPersonActor } from "@/tests/factories/actors";
import { birthRegistrationValues, createReadyDraft } from "@/tests/factories/dossiers";

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
let person: PersonActor;

beforeEach(async () => {
  person = await createPersonActor();
});

/** Uses up the person's allowance for this hour, as earlier attempts would have. */
async function useUp(limit: Limit) {
  for (let i = 0; i < limit.max; i++) await hitLimit(limit, person.userId);
}

describe("per-person limits", () => {
  it("refuse an upload past the hourly limit, saying when to try again, and store nothing", async () => {
    await uploadDocument(person, { name: "a.pdf", bytes: PDF });
    await useUp(uploadsPerPerson());
    const refused = await uploadDocument(person, { name: "b.pdf", bytes: PDF }, "birthCertificate").catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect(refused).toBeInstanceOf(ValidationError);
    const error = refused as RateLimitedError;
    expect(error.retryAfterSeconds).toBeGreaterThan(0);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(3600);
    expect(error.fieldErrors.birthCertificate?.vi).toMatch(
      /^Bạn đã tải lên tệp nhiều lần trong thời gian ngắn\. Vui lòng thử lại sau \d+ phút\.$/,
    );
    expect(await db().storedDocument.count({ where: { ownerUserId: person.userId } })).toBe(1);
  });

  it("refuse a new submission past the hourly limit, keeping the draft; a replay still finds its dossier", async () => {
    const first = await createReadyDraft(person, birthRegistrationValues(person));
    const { code } = await submitDossier(person, first.draftId, first.idempotencyKey);
    await useUp(submissionsPerPerson());
    const second = await createReadyDraft(person, birthRegistrationValues(person));
    await expect(submitDossier(person, second.draftId, second.idempotencyKey)).rejects.toBeInstanceOf(RateLimitedError);
    expect(await db().dossierDraft.count({ where: { id: second.draftId } })).toBe(1);
    expect(await db().dossier.count({ where: { applicantUserId: person.userId } })).toBe(1);
    // A double click or a retried post of the first submission is not a new one.
    expect(await submitDossier(person, first.draftId, first.idempotencyKey)).toEqual({ code });
  });
});
