// Issue 19, low: a NUL byte in a dossier code, a search or a complaint reached PostgreSQL,
// which refuses it in text (error 22021), and about twelve routes answered 500.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getDossierForApplicant } from "@/lib/dossiers/queries";
import { fileFeedback } from "@/lib/feedback/complaints";
import type { PersonActor } from "@/lib/identity/actor";
import { listReceptionQueue } from "@/lib/processing/reception";
import { listWorkQueue } from "@/lib/processing/work-queue";
import { searchCatalogue } from "@/lib/procedures/queries";
import { catalogueParamsSchema } from "@/lib/procedures/schemas";
import { agencyIds, createPersonActor, createStaff } from "@/tests/factories/actors";

let citizen: PersonActor;
let clerk: PersonActor;

beforeAll(async () => {
  const [saiGon] = await agencyIds("ubnd-phuong-sai-gon");
  citizen = await createPersonActor();
  clerk = await createStaff("RECEPTION_CLERK", saiGon);
});

describe("low: NUL bytes in input", () => {
  it("low (NUL bytes): a dossier code with a NUL is not found, and searches with one answer normally", async () => {
    await expect(getDossierForApplicant(citizen, "01.98.H29-261206-0001\u0000")).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(listWorkQueue(clerk, { q: "Nguyễn\u0000" })).resolves.toMatchObject({ items: expect.any(Array) });
    await expect(listReceptionQueue(clerk, { q: "01.98\u0000" })).resolves.toBeDefined();
    const found = await searchCatalogue(catalogueParamsSchema.parse({ q: "khai\u0000 sinh" }));
    expect(found.total).toBeGreaterThan(0);
  });

  it("low (NUL bytes): a complaint with NULs is kept without them", async () => {
    const filed = await fileFeedback(citizen, {
      agency: "ubnd-phuong-sai-gon",
      subject: "Giờ\u0000 làm việc",
      body: "Đề nghị\u0000 làm việc sáng thứ Bảy để người dân tiện nộp hồ sơ.",
    });
    const row = await db().feedback.findUniqueOrThrow({ where: { id: filed.id } });
    expect(row).toMatchObject({
      subject: "Giờ làm việc",
      body: "Đề nghị làm việc sáng thứ Bảy để người dân tiện nộp hồ sơ.",
    });
  });
});
