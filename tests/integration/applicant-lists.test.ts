// What applicants see on their account page: their own dossiers (and their organisation's
// while acting for it), a page at a time, and their own in-app notifications.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { submitDossier } from "@/lib/dossiers/mutations";
import { listDossiersForApplicant } from "@/lib/dossiers/queries";
import { countUnreadForSelf, listNotificationsForSelf, markNotificationsRead } from "@/lib/notifications/queries";
import { DEMO_ORGANISATION } from "@/prisma/seed/staff";
import { createPersonActor } from "@/tests/factories/actors";
import { birthRegistrationValues, createReadyDraft, householdBusinessValues } from "@/tests/factories/dossiers";
import { sealJson } from "@/lib/security/identity-sealing";

describe("the applicant's dossiers and notifications", () => {
  it("lists only one's own dossiers, newest first, ten a page, with one's own notifications", async () => {
    const applicant = await createPersonActor({ name: "Người Nhiều Hồ Sơ" });
    const other = await createPersonActor();
    const codes: string[] = [];
    for (let i = 0; i < 11; i++) {
      const draft = await createReadyDraft(applicant, birthRegistrationValues(applicant));
      codes.push((await submitDossier(applicant, draft.draftId, draft.idempotencyKey)).code);
    }
    const first = await listDossiersForApplicant(applicant, 1);
    expect(first.total).toBe(11);
    expect(first.items.map((d) => d.code)).toEqual(codes.slice(1).reverse());
    expect((await listDossiersForApplicant(applicant, 2)).items.map((d) => d.code)).toEqual([codes[0]]);
    expect(first.items[0]).toMatchObject({ status: 1, procedureName: { vi: "Đăng ký khai sinh" } });
    expect((await listDossiersForApplicant(other)).total).toBe(0);

    const notices = await listNotificationsForSelf(applicant);
    expect(notices.unread).toBe(11);
    expect(await countUnreadForSelf(applicant)).toBe(11);
    expect(await countUnreadForSelf(other)).toBe(0);
    expect(notices.items).toHaveLength(10);
    expect(notices.items[0]).toMatchObject({
      titleVi: `Đã nộp hồ sơ ${codes[10]}`,
      dossierCode: codes[10],
      readAt: null,
    });
    expect((await listNotificationsForSelf(other)).items).toEqual([]);
    await markNotificationsRead(other);
    expect((await listNotificationsForSelf(applicant)).unread).toBe(11);
    await markNotificationsRead(applicant);
    expect((await listNotificationsForSelf(applicant)).unread).toBe(0);
  });

  it("shows an organisation's dossiers to whoever acts for it, and only then", async () => {
    const organisation = await db().organisation.findUniqueOrThrow({
      where: { enterpriseCode: DEMO_ORGANISATION.enterpriseCode },
    });
    const actingFor = {
      organisationId: organisation.id,
      enterpriseCode: organisation.enterpriseCode,
      name: organisation.name,
    };
    const filer = await createPersonActor({ actingFor });
    const colleague = await createPersonActor({ actingFor });
    const before = (await listDossiersForApplicant(colleague)).total;
    // Written directly: this is about who sees the row, not about filing it.
    const version = await db().procedureVersion.findFirstOrThrow({
      where: { procedure: { slug: "dang-ky-thanh-lap-ho-kinh-doanh" } },
      select: { id: true },
    });
    const agency = await db().agency.findFirstOrThrow({
      where: { slug: "ubnd-phuong-ben-thanh" },
      select: { id: true },
    });
    const dossier = await db().dossier.create({
      data: {
        code: `03.98.H29-000101-${String(Date.now() % 10_000).padStart(4, "0")}`,
        procedureVersionId: version.id,
        applicantUserId: filer.userId,
        actingForOrganisationId: organisation.id,
        agencyId: agency.id,
        status: 1,
        channel: "ONLINE",
        submittedAt: new Date(),
        sealedValues: sealJson(householdBusinessValues(filer)),
        provenance: {},
        reusedValueCount: 0,
        totalValueCount: 0,
        idempotencyKey: randomUUID(),
      },
    });
    expect((await listDossiersForApplicant(colleague)).total).toBe(before + 1);
    expect((await listDossiersForApplicant({ ...colleague, actingFor: null })).items.map((d) => d.code)).not.toContain(
      dossier.code,
    );
  });
});
