// Drafts ready to submit, written straight to the database.
import { randomUUID } from "node:crypto";
import { createPrismaClient } from "@/lib/db/prisma";
import type { PersonActor } from "@/lib/identity/actor";
import type { FormValues } from "@/lib/forms/compile";

export async function birthRegistrationVersionId(): Promise<string> {
  const client = createPrismaClient(process.env.DATABASE_URL!, 1);
  try {
    const version = await client.procedureVersion.findFirstOrThrow({ where: { procedure: { slug: "dang-ky-khai-sinh" }, version: 1 }, select: { id: true } });
    return version.id;
  } finally {
    await client.$disconnect();
  }
}

/** Answers of a complete birth registration by the given actor (their identity values included). */
export function birthRegistrationValues(actor: PersonActor, overrides: FormValues = {}): FormValues {
  return {
    requesterName: actor.fullName, requesterIdNumber: actor.idNumber!, requesterAddress: "12 Lê Lợi, Phường Sài Gòn",
    relationship: "father", phone: "0903123456",
    childName: "Nguyễn Bảo Ngọc", childBirthDate: "2026-11-10", childSex: "female", childEthnicity: "Kinh", childNationality: "Việt Nam",
    birthPlace: "Bệnh viện Từ Dũ", hometown: "Thành phố Hồ Chí Minh",
    motherIdNumber: "079192005678", motherName: "Trần Thị Bình", motherBirthYear: "1992", motherEthnicity: "Kinh", motherNationality: "Việt Nam", motherAddress: "12 Lê Lợi, Phường Sài Gòn",
    fatherDeclared: "no", competentWard: "ubnd-phuong-sai-gon",
    ...overrides,
  };
}

/** A small, real PDF. */
export const TINY_PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

export async function createReadyDraft(actor: PersonActor, values: FormValues): Promise<{ draftId: string; idempotencyKey: string }> {
  const client = createPrismaClient(process.env.DATABASE_URL!, 1);
  try {
    if (!("birthCertificate" in values)) {
      const { uploadDocument } = await import("@/lib/documents/mutations");
      values = { ...values, birthCertificate: await uploadDocument(actor, { name: "giay-chung-sinh.pdf", bytes: TINY_PDF }) };
    }
    const draft = await client.dossierDraft.create({
      data: {
        userId: actor.userId, procedureVersionId: await birthRegistrationVersionId(), values,
        provenance: { requesterName: "IDENTITY", requesterIdNumber: "IDENTITY", motherName: "REGISTRY" }, idempotencyKey: randomUUID(),
      },
    });
    return { draftId: draft.id, idempotencyKey: draft.idempotencyKey };
  } finally {
    await client.$disconnect();
  }
}
