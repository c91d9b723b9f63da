// Signing a submission through the remote-signing stand-in: the organisation's key signs
// the digest of exactly what is submitted, and the dossier's data can be checked later.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveDraftPage, startDraft, submitDossier } from "@/lib/dossiers/mutations";
import {
  confirmDraftSignature,
  getDraftSigning,
  requestDraftSignature,
  verifyDossierSignature,
} from "@/lib/dossiers/signing";
import { RateLimitedError, ValidationError } from "@/lib/errors";
import type { PersonActor } from "@/lib/identity/actor";
import { SigningRefusedError } from "@/lib/signing/client";
import { DEMO_ORGANISATION } from "@/prisma/seed/staff";
import { createPersonActor, expectAuthorizationMatrix } from "@/tests/factories/actors";
import { createDraftFor, householdBusinessValues } from "@/tests/factories/dossiers";
import { openJson, openText, sealIdNumber, sealJson } from "@/lib/security/identity-sealing";

let business: PersonActor;

beforeAll(async () => {
  const organisation = await db().organisation.findUniqueOrThrow({
    where: { enterpriseCode: DEMO_ORGANISATION.enterpriseCode },
  });
  business = await createPersonActor({
    name: "Hoàng Minh Thử",
    actingFor: {
      organisationId: organisation.id,
      enterpriseCode: organisation.enterpriseCode,
      name: organisation.name,
    },
  });
  // Acting for the organisation takes its mandate, checked again at signing and submission.
  const holder = sealIdNumber(business.idNumber!);
  await db().mandate.create({
    data: {
      organisationId: organisation.id,
      holderIdHash: holder.hash,
      holderIdSealed: holder.sealed,
      holderName: business.fullName,
    },
  });
});

function organisationValues(actor: PersonActor) {
  return householdBusinessValues(actor, {
    organisationCode: DEMO_ORGANISATION.enterpriseCode,
    organisationName: DEMO_ORGANISATION.name,
    organisationAddress: "200 Điện Biên Phủ, Phường Bàn Cờ, Thành phố Hồ Chí Minh",
    organisationRepresentative: "Hoàng Minh Đức",
  });
}

async function signDraft(actor: PersonActor, draftId: string) {
  await requestDraftSignature(actor, draftId);
  const { pending } = await getDraftSigning(actor, draftId);
  expect(pending?.demoOtp).toMatch(/^\d{6}$/);
  await confirmDraftSignature(actor, draftId, pending!.demoOtp!);
}

describe("a draft filed for an organisation", () => {
  it("arrives with the organisation's details from its e-ID and the business registry", async () => {
    const { draftId } = await startDraft(business, "dang-ky-thanh-lap-ho-kinh-doanh");
    const draft = await db().dossierDraft.findUniqueOrThrow({ where: { id: draftId } });
    expect(openJson(draft.sealedValues)).toMatchObject({
      organisationCode: "0312345678",
      organisationName: "Công ty TNHH Sài Gòn Xanh",
      organisationAddress: "200 Điện Biên Phủ, Phường Bàn Cờ, Thành phố Hồ Chí Minh",
      organisationRepresentative: "Hoàng Minh Đức",
    });
    expect(draft.provenance).toMatchObject({
      organisationCode: "IDENTITY",
      organisationName: "IDENTITY",
      organisationAddress: "REGISTRY",
      organisationRepresentative: "REGISTRY",
    });
  });
});

describe("signing and submitting", () => {
  it(
    "refuses an unsigned submission, signs with the organisation's key after a one-time code, and verifies " + "later",
    async () => {
      const { draftId, idempotencyKey } = await createDraftFor(
        business,
        "dang-ky-thanh-lap-ho-kinh-doanh",
        organisationValues(business),
      );
      await expect(submitDossier(business, draftId, idempotencyKey)).rejects.toBeInstanceOf(ValidationError);

      await requestDraftSignature(business, draftId);
      const { pending, signer, digest } = await getDraftSigning(business, draftId);
      expect(signer).toEqual({ kind: "ORGANISATION", id: "0312345678", name: "Công ty TNHH Sài Gòn Xanh" });
      await expect(
        confirmDraftSignature(business, draftId, pending!.demoOtp === "000000" ? "111111" : "000000"),
      ).rejects.toBeInstanceOf(SigningRefusedError);
      await confirmDraftSignature(business, draftId, pending!.demoOtp!);
      await confirmDraftSignature(business, draftId, pending!.demoOtp!); // a double click changes nothing

      const { code } = await submitDossier(business, draftId, idempotencyKey);
      const stored = await db().dossier.findUniqueOrThrow({ where: { code }, include: { signature: true } });
      expect(stored.signature).toMatchObject({
        signerKind: "ORGANISATION",
        documentHash: digest,
        algorithm: "ECDSA-P256-SHA256",
      });
      // The signer's code and certificate (whose subject names it) are kept sealed.
      expect(openText(stored.signature!.signerIdSealed)).toBe("0312345678");
      expect(openText(stored.signature!.certificateSealed)).toContain("BEGIN CERTIFICATE");
      expect(`${stored.signature!.signerIdSealed}${stored.signature!.certificateSealed}`).not.toContain("0312345678");
      expect(await verifyDossierSignature(business, code)).toMatchObject({
        valid: true,
        dataUnchanged: true,
        certificateTrusted: true,
        signerMatches: true,
        signatureValid: true,
      });

      // Anyone who changes the stored data afterwards is found out.
      await db().dossier.update({
        where: { code },
        data: { sealedValues: sealJson({ ...openJson<object>(stored.sealedValues), capital: "900000000" }) },
      });
      expect(await verifyDossierSignature(business, code)).toMatchObject({
        valid: false,
        dataUnchanged: false,
        signatureValid: true,
      });
    },
  );

  it("voids the signature when an answer changes after signing", async () => {
    const { draftId, idempotencyKey } = await createDraftFor(
      business,
      "dang-ky-thanh-lap-ho-kinh-doanh",
      organisationValues(business),
    );
    await signDraft(business, draftId);
    await saveDraftPage(business, draftId, "ho-kinh-doanh", { ...organisationValues(business), employees: "4" });
    expect((await getDraftSigning(business, draftId)).signed).toBe(false);
    await expect(submitDossier(business, draftId, idempotencyKey)).rejects.toBeInstanceOf(ValidationError);
    expect(await db().dossier.count({ where: { idempotencyKey } })).toBe(0);
  });

  it("lets a person sign for themselves, and shows the signature only to those who may see the dossier", async () => {
    const person = await createPersonActor({ name: "Phạm Thị Ký" });
    const { draftId, idempotencyKey } = await createDraftFor(
      person,
      "dang-ky-thanh-lap-ho-kinh-doanh",
      householdBusinessValues(person),
    );
    await signDraft(person, draftId);
    const { code } = await submitDossier(person, draftId, idempotencyKey);
    expect(await verifyDossierSignature(person, code)).toMatchObject({
      valid: true,
      signerKind: "PERSON",
      signerId: person.idNumber,
      signerName: "Phạm Thị Ký",
    });
    const actors = {
      owner: person,
      anotherCitizen: await createPersonActor(),
      competentClerk: await createPersonActor(),
      otherClerk: await createPersonActor(),
      admin: business,
    };
    await expectAuthorizationMatrix(actors, (actor) => verifyDossierSignature(actor, code), {
      owner: "allowed",
      anotherCitizen: "not-found",
      competentClerk: "not-found",
      otherClerk: "not-found",
      admin: "not-found",
    });
  });
});

describe("wrong one-time codes", () => {
  it("are limited per person across signing requests: a new code gives a guesser no more tries", async () => {
    const guesser = await createPersonActor({ name: "Người Đoán Mã" });
    const { draftId } = await createDraftFor(
      guesser,
      "dang-ky-thanh-lap-ho-kinh-doanh",
      householdBusinessValues(guesser),
    );
    const wrong = (otp: string | undefined) => (otp === "000000" ? "111111" : "000000");
    for (let round = 0; round < 2; round++) {
      // Each round asks for a fresh code, as someone guessing would.
      await requestDraftSignature(guesser, draftId);
      const { pending } = await getDraftSigning(guesser, draftId);
      for (let i = 0; i < (round === 0 ? 3 : 2); i++)
        await expect(confirmDraftSignature(guesser, draftId, wrong(pending?.demoOtp))).rejects.toBeInstanceOf(
          SigningRefusedError,
        );
    }
    // Five wrong codes: now even the right one is refused for a while, with the time to wait.
    await requestDraftSignature(guesser, draftId);
    const { pending } = await getDraftSigning(guesser, draftId);
    const refused = await confirmDraftSignature(guesser, draftId, pending!.demoOtp!).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect((refused as RateLimitedError).retryAfterSeconds).toBeGreaterThan(0);
    expect((refused as RateLimitedError).retryAfterSeconds).toBeLessThanOrEqual(900);
    expect((await getDraftSigning(guesser, draftId)).signed).toBe(false);
    // Someone else signing at the same time is not held back.
    const other = await createPersonActor({ name: "Người Ký Đúng" });
    const { draftId: otherDraft } = await createDraftFor(
      other,
      "dang-ky-thanh-lap-ho-kinh-doanh",
      householdBusinessValues(other),
    );
    await signDraft(other, otherDraft);
    expect((await getDraftSigning(other, otherDraft)).signed).toBe(true);
  });

  it("count each code before it is checked: twenty wrong codes sent at once get five checks, not twenty", async () => {
    const guesser = await createPersonActor({ name: "Người Đoán Cùng Lúc" });
    const { draftId } = await createDraftFor(
      guesser,
      "dang-ky-thanh-lap-ho-kinh-doanh",
      householdBusinessValues(guesser),
    );
    await requestDraftSignature(guesser, draftId);
    const { pending } = await getDraftSigning(guesser, draftId);
    const wrong = pending?.demoOtp === "000000" ? "111111" : "000000";
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, () => confirmDraftSignature(guesser, draftId, wrong)),
    );
    const reasons = outcomes.map((o) => (o.status === "rejected" ? o.reason : null));
    expect(reasons.filter((r) => r instanceof SigningRefusedError)).toHaveLength(5);
    expect(reasons.filter((r) => r instanceof RateLimitedError)).toHaveLength(15);
  });
});
