// Drafts ready to submit, written straight to the database.
import { randomUUID } from "node:crypto";
import { createPrismaClient } from "@/lib/db/prisma";
import type { PersonActor } from "@/lib/identity/actor";
import type { FormValues } from "@/lib/forms/compile";
import { sealJson } from "@/lib/security/identity-sealing";

export async function birthRegistrationVersionId(): Promise<string> {
  const client = createPrismaClient(process.env.DATABASE_URL!, 1);
  try {
    const version = await client.procedureVersion.findFirstOrThrow({
      where: { procedure: { slug: "dang-ky-khai-sinh" }, version: 1 },
      select: { id: true },
    });
    return version.id;
  } finally {
    await client.$disconnect();
  }
}

/** Answers of a complete birth registration by the given actor (their identity values included). */
export function birthRegistrationValues(actor: PersonActor, overrides: FormValues = {}): FormValues {
  return {
    requesterName: actor.fullName,
    requesterIdNumber: actor.idNumber!,
    requesterAddress: "12 Lê Lợi, Phường Sài Gòn",
    relationship: "father",
    phone: "0903123456",
    childName: "Nguyễn Bảo Ngọc",
    childBirthDate: "2026-11-10",
    childSex: "female",
    childEthnicity: "Kinh",
    childNationality: "Việt Nam",
    birthPlace: "Bệnh viện Từ Dũ",
    hometown: "Thành phố Hồ Chí Minh",
    motherIdNumber: "079192005678",
    motherName: "Trần Thị Bình",
    motherBirthYear: "1992",
    motherEthnicity: "Kinh",
    motherNationality: "Việt Nam",
    motherAddress: "12 Lê Lợi, Phường Sài Gòn",
    fatherDeclared: "no",
    competentWard: "ubnd-phuong-sai-gon",
    ...overrides,
  };
}

/** A small, real PDF. */
export const TINY_PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

export async function createReadyDraft(
  actor: PersonActor,
  values: FormValues,
): Promise<{ draftId: string; idempotencyKey: string }> {
  const client = createPrismaClient(process.env.DATABASE_URL!, 1);
  try {
    if (!("birthCertificate" in values)) {
      const { uploadDocument } = await import("@/lib/documents/mutations");
      values = {
        ...values,
        birthCertificate: await uploadDocument(actor, { name: "giay-chung-sinh.pdf", bytes: TINY_PDF }),
      };
    }
    const draft = await client.dossierDraft.create({
      data: {
        userId: actor.userId,
        procedureVersionId: await birthRegistrationVersionId(),
        sealedValues: sealJson(values),
        provenance: { requesterName: "IDENTITY", requesterIdNumber: "IDENTITY", motherName: "REGISTRY" },
        idempotencyKey: randomUUID(),
      },
    });
    return { draftId: draft.id, idempotencyKey: draft.idempotencyKey };
  } finally {
    await client.$disconnect();
  }
}

/** A draft of any procedure with the given answers, as the applicant (or the organisation they act for) left it. */
export async function createDraftFor(
  actor: PersonActor,
  slug: string,
  values: FormValues,
  provenance: Record<string, string> = {},
): Promise<{ draftId: string; idempotencyKey: string }> {
  const client = createPrismaClient(process.env.DATABASE_URL!, 1);
  try {
    const version = await client.procedureVersion.findFirstOrThrow({
      where: { procedure: { slug } },
      orderBy: { version: "desc" },
      select: { id: true },
    });
    const draft = await client.dossierDraft.create({
      data: {
        userId: actor.userId,
        actingForOrganisationId: actor.actingFor?.organisationId ?? null,
        procedureVersionId: version.id,
        sealedValues: sealJson(values),
        provenance,
        idempotencyKey: randomUUID(),
      },
    });
    return { draftId: draft.id, idempotencyKey: draft.idempotencyKey };
  } finally {
    await client.$disconnect();
  }
}

/** Answers of the applicant page the residence, marital-status, business and building forms share. */
export function applicantValues(actor: PersonActor, overrides: FormValues = {}): FormValues {
  return {
    fullName: actor.fullName,
    idNumber: actor.idNumber!,
    birthDate: "1990-04-12",
    address: "12 Lê Lợi, Phường Sài Gòn",
    phone: "0903123456",
    ...overrides,
  };
}

/** A complete marital-status certificate request (3,000 đồng online). */
export function maritalStatusValues(actor: PersonActor, overrides: FormValues = {}): FormValues {
  return {
    ...applicantValues(actor),
    maritalStatus: "single",
    purpose: "property",
    competentWard: "ubnd-phuong-sai-gon",
    ...overrides,
  };
}

/** A complete household business registration (signed; no fee charged online). */
export function householdBusinessValues(actor: PersonActor, overrides: FormValues = {}): FormValues {
  return {
    ...applicantValues(actor),
    businessName: "Hộ kinh doanh Bún bò Cô Sáu",
    businessAddress: "45 Nguyễn Trãi, Phường Bến Thành",
    sector: "Dịch vụ ăn uống",
    capital: "150000000",
    employees: "3",
    membersRegister: "no",
    competentWard: "ubnd-phuong-ben-thanh",
    ...overrides,
  };
}

/** A specialist's appraisal, as recorded when the dossier goes from appraisal to approval. */
export const APPRAISAL = {
  findings:
    "Thành phần hồ sơ đầy đủ; giấy chứng sinh hợp lệ; thông tin của người mẹ khớp Cơ sở dữ liệu quốc gia về dân cư.",
  proposal: "approve",
} as const;
