// Signing a submission: the applicant (or the organisation they act for) signs the digest
// of the canonical submission through the remote-signing service; the submission is
// accepted only with a signature of exactly what is submitted; and anyone who may see
// the dossier can check later that its data still hashes to what was signed.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { compileForm, type FormValues } from "@/lib/forms/compile";
import { formDefinitionSchema, type FormDefinition } from "@/lib/forms/definition";
import { isSignedIn, type Actor, type PersonActor } from "@/lib/identity/actor";
import { submissionDigest } from "@/lib/signing/canonical";
import { requestSignature, trustedCaCertificate, type Signer } from "@/lib/signing/client";
import { confirmWithCode } from "@/lib/signing/confirm";
import { checkSignature, signerUid } from "@/lib/signing/verify";
import { openIdentity, openJson, openText, sealJson, sealText } from "@/lib/security/identity-sealing";
import { applicantScope, plausibleCode } from "./access";
import { currentTimeMs } from "@/lib/time";
import { assertStillActsFor } from "@/lib/accounts/acting-for";

type Client = Prisma.TransactionClient | ReturnType<typeof db>;

export type DraftSigning =
  | { state: "pending"; requestId: string; digest: string; signer: Signer; expiresAt: string; demoOtp?: string }
  | {
      state: "signed";
      digest: string;
      signer: Signer;
      signature: string;
      algorithm: string;
      certificate: string;
      signedAt: string;
    };

/** The draft's signing state, opened from its sealed column. */
function draftSigningOf(draft: { sealedSigning: string | null }): DraftSigning | null {
  return draft.sealedSigning ? openJson<DraftSigning>(draft.sealedSigning) : null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The digest of a submission: procedure, applicant, organisation, answers and the hashes of attached files. */
export async function digestOf(
  client: Client,
  input: {
    procedureVersionId: string;
    applicantUserId: string;
    actingForOrganisationId: string | null;
    definition: FormDefinition;
    values: FormValues;
  },
): Promise<string> {
  const [version, applicant, organisation] = await Promise.all([
    client.procedureVersion.findUniqueOrThrow({
      where: { id: input.procedureVersionId },
      select: { procedure: { select: { code: true } } },
    }),
    client.user
      .findUniqueOrThrow({ where: { id: input.applicantUserId }, select: { sealedIdentity: true } })
      .then((u) => openIdentity(u.sealedIdentity)),
    input.actingForOrganisationId
      ? client.organisation.findUnique({
          where: { id: input.actingForOrganisationId },
          select: { enterpriseCode: true },
        })
      : null,
  ]);
  const attachmentFields = input.definition.pages.flatMap((p) => p.fields).filter((f) => f.type === "attachment");
  const ids = attachmentFields
    .map((f) => input.values[f.id])
    .filter((v): v is string => typeof v === "string" && UUID.test(v));
  const stored = await client.storedDocument.findMany({
    where: { id: { in: ids } },
    select: { id: true, sha256: true },
  });
  const shaOf = new Map(stored.map((d) => [d.id, d.sha256]));
  return submissionDigest({
    procedureCode: version.procedure.code,
    procedureVersionId: input.procedureVersionId,
    applicantIdNumber: applicant.idNumber,
    organisationCode: organisation?.enterpriseCode ?? null,
    values: input.values,
    documents: attachmentFields.flatMap((f) => {
      const sha = shaOf.get(String(input.values[f.id]));
      return f.type === "attachment" && sha ? [{ key: f.documentKey, sha256: sha }] : [];
    }),
  });
}

function signerOf(me: PersonActor): Signer {
  return me.actingFor
    ? { kind: "ORGANISATION", id: me.actingFor.enterpriseCode, name: me.actingFor.name }
    : { kind: "PERSON", id: me.idNumber ?? "", name: me.fullName };
}

async function signableDraft(actor: Actor, draftId: string) {
  if (!isSignedIn(actor) || !UUID.test(draftId)) throw new NotFoundError("draft");
  const draft = await db().dossierDraft.findFirst({ where: { id: draftId, userId: actor.userId } });
  if (!draft) throw new NotFoundError("draft");
  await assertStillActsFor(db(), actor, draft.actingForOrganisationId);
  const version = await db().procedureVersion.findUniqueOrThrow({
    where: { id: draft.procedureVersionId },
    select: { formDefinition: true, procedure: { select: { nameVi: true } } },
  });
  const definition = formDefinitionSchema.parse(version.formDefinition);
  if (!definition.requiresSignature) throw new NotFoundError("signature");
  const parsed = compileForm(definition).schema.safeParse(openJson<FormValues>(draft.sealedValues));
  if (!parsed.success) throw new ValidationError({ form: { vi: "invalid", en: "invalid" } });
  const digest = await digestOf(db(), {
    procedureVersionId: draft.procedureVersionId,
    applicantUserId: actor.userId,
    actingForOrganisationId: draft.actingForOrganisationId,
    definition,
    values: parsed.data,
  });
  return { me: actor, draft, digest, procedureName: version.procedure.nameVi, signing: draftSigningOf(draft) };
}

/** What the applicant is about to sign, and the state of the signing. */
export async function getDraftSigning(actor: Actor, draftId: string) {
  const { me, digest, signing } = await signableDraft(actor, draftId);
  const current = signing && signing.digest === digest ? signing : null;
  return {
    digest,
    signer: signerOf(me),
    pending: current?.state === "pending" && Date.parse(current.expiresAt) > currentTimeMs() ? current : null,
    signed: current?.state === "signed",
  };
}

/** Asks the signing service for a signature of the draft's current digest; the signer gets a one-time code. */
export async function requestDraftSignature(actor: Actor, draftId: string): Promise<void> {
  const { me, draft, digest, procedureName } = await signableDraft(actor, draftId);
  const signer = signerOf(me);
  if (!signer.id)
    throw new ConflictError("Tài khoản chưa có số định danh để ký.", "The account has no ID number to sign with.");
  const request = await requestSignature(
    signer,
    digest,
    `Ký hồ sơ "${procedureName}" trên Cổng dịch vụ công Một Cửa Số. Mã băm SHA-256: ${digest}`,
  );
  const signing: DraftSigning = {
    state: "pending",
    requestId: request.requestId,
    digest,
    signer,
    expiresAt: request.expiresAt,
    ...(request.demoOtp ? { demoOtp: request.demoOtp } : {}),
  };
  await db().dossierDraft.update({ where: { id: draft.id }, data: { sealedSigning: sealJson(signing) } });
}

/** Confirms the pending signature with the signer's code and keeps it with the draft, after checking it. */
export async function confirmDraftSignature(actor: Actor, draftId: string, otp: string): Promise<void> {
  const { me, draft, digest, signing } = await signableDraft(actor, draftId);
  // Sent twice (a double click): the first confirmation already holds.
  if (signing?.state === "signed" && signing.digest === digest) return;
  if (signing?.state !== "pending" || signing.digest !== digest)
    throw new ConflictError("Chưa có yêu cầu ký cho nội dung này.", "There is no signing request for this content.");
  const signed = await confirmWithCode(me.userId, signing.requestId, otp);
  const check = checkSignature({
    digest,
    signature: signed.signature,
    certificate: signed.certificate,
    caCertificate: await trustedCaCertificate(),
    signerUid: signerUid(signing.signer.kind, signing.signer.id),
    signedAt: new Date(signed.signedAt),
  });
  if (!check.certificateTrusted || !check.signerMatches || !check.signatureValid)
    throw new ConflictError("Chữ ký nhận được không hợp lệ.", "The signature received is not valid.");
  const result: DraftSigning = {
    state: "signed",
    digest,
    signer: signing.signer,
    signature: signed.signature,
    algorithm: signed.algorithm,
    certificate: signed.certificate,
    signedAt: signed.signedAt,
  };
  await db().dossierDraft.update({ where: { id: draft.id }, data: { sealedSigning: sealJson(result) } });
}

/** Inside the submission: the draft's signature must cover exactly what is submitted. */
export async function requireSignatureOf(
  tx: Prisma.TransactionClient,
  draft: {
    procedureVersionId: string;
    userId: string;
    actingForOrganisationId: string | null;
    sealedSigning: string | null;
  },
  definition: FormDefinition,
  values: FormValues,
) {
  const signing = draftSigningOf(draft);
  const digest = await digestOf(tx, {
    procedureVersionId: draft.procedureVersionId,
    applicantUserId: draft.userId,
    actingForOrganisationId: draft.actingForOrganisationId,
    definition,
    values,
  });
  if (signing?.state !== "signed" || signing.digest !== digest) {
    throw new ValidationError({
      signature: {
        vi: "Hồ sơ cần được ký số trước khi nộp.",
        en: "The dossier must be signed before it is submitted.",
      },
    });
  }
  return {
    signerKind: signing.signer.kind,
    signerIdSealed: sealText(signing.signer.id),
    signerName: signing.signer.name,
    documentHash: digest,
    algorithm: signing.algorithm,
    signature: signing.signature,
    certificateSealed: sealText(signing.certificate),
    signedAt: new Date(signing.signedAt),
  };
}

/**
 * Verifies a dossier's signature for someone who may see the dossier: the data stored now
 * must hash to the signed digest, and the signature must check against the trusted CA.
 */
export async function verifyDossierSignature(actor: Actor, code: string) {
  if (!isSignedIn(actor) || !plausibleCode(code)) throw new NotFoundError("dossier");
  const dossier = await db().dossier.findFirst({
    where: { code, ...applicantScope(actor) },
    select: {
      procedureVersionId: true,
      applicantUserId: true,
      actingForOrganisationId: true,
      sealedValues: true,
      signature: true,
    },
  });
  if (!dossier) throw new NotFoundError("dossier");
  if (!dossier.signature) return null;
  const s = dossier.signature;
  const version = await db().procedureVersion.findUniqueOrThrow({
    where: { id: dossier.procedureVersionId },
    select: { formDefinition: true },
  });
  const digest = await digestOf(db(), {
    ...dossier,
    definition: formDefinitionSchema.parse(version.formDefinition),
    values: openJson<FormValues>(dossier.sealedValues),
  });
  const signerId = openText(s.signerIdSealed);
  const check = checkSignature({
    digest: s.documentHash,
    signature: s.signature,
    certificate: openText(s.certificateSealed),
    caCertificate: await trustedCaCertificate(),
    signerUid: signerUid(s.signerKind as Signer["kind"], signerId),
    signedAt: s.signedAt,
  });
  const dataUnchanged = digest === s.documentHash;
  return {
    signerKind: s.signerKind,
    signerName: s.signerName,
    signerId,
    signedAt: s.signedAt,
    digest: s.documentHash,
    dataUnchanged,
    ...check,
    valid: dataUnchanged && check.certificateTrusted && check.signerMatches && check.signatureValid,
  };
}
