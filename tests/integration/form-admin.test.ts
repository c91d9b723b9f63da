// Administrators publish an edited e-form as a new version: checked by the meta-schema and
// against the version's documents and fee lines; new drafts use it, old dossiers keep theirs.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startDraft } from "@/lib/dossiers/mutations";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import type { PersonActor } from "@/lib/identity/actor";
import { getFormForAdmin, publishFormVersion } from "@/lib/procedures/form-admin";
import { todayInVietnam } from "@/lib/clock/dates";
import { createPersonActor } from "@/tests/factories/actors";

const SLUG = "cap-giay-phep-xay-dung-nha-o-rieng-le";
let admin: PersonActor;

beforeAll(async () => {
  admin = await createPersonActor({ name: "Quản Trị Viên", roles: [{ role: "SYSTEM_ADMIN", agencyId: null }] });
});

async function problemsOf(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return Object.keys((error as ValidationError).fieldErrors);
}

describe("publishing an e-form", () => {
  it("is for administrators who manage procedures only", async () => {
    const citizen = await createPersonActor();
    const clerk = await createPersonActor({
      roles: [
        {
          role: "RECEPTION_CLERK",
          agencyId: (await db().agency.findFirstOrThrow({ where: { slug: "ubnd-phuong-sai-gon" } })).id,
        },
      ],
    });
    for (const actor of [citizen, clerk]) {
      await expect(getFormForAdmin(actor, SLUG)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        publishFormVersion(actor, SLUG, { json: "{}", effectiveFrom: todayInVietnam() }),
      ).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it(
    "refuses bad JSON, a broken definition, unknown documents and fee lines, and a past date, " + "creating nothing",
    async () => {
      const form = await getFormForAdmin(admin, SLUG);
      const before = await db().procedureVersion.count({ where: { procedure: { slug: SLUG } } });
      const today = todayInVietnam();
      expect(await problemsOf(publishFormVersion(admin, SLUG, { json: '{ "pages": [', effectiveFrom: today }))).toEqual(
        ["(JSON)"],
      );
      expect(
        await problemsOf(
          publishFormVersion(admin, SLUG, {
            json: JSON.stringify({ ...form.definition, pages: [] }),
            effectiveFrom: today,
          }),
        ),
      ).toEqual(["pages"]);
      const withAttachment = structuredClone(form.definition);
      withAttachment.pages[0]!.fields.push({
        id: "extraFile",
        type: "attachment",
        documentKey: "khong-co",
        label: { vi: "Tệp", en: "File" },
        required: false,
      });
      expect(
        await problemsOf(
          publishFormVersion(admin, SLUG, { json: JSON.stringify(withAttachment), effectiveFrom: today }),
        ),
      ).toEqual(["pages.0.fields.6.documentKey"]);
      expect(
        await problemsOf(
          publishFormVersion(admin, SLUG, {
            json: JSON.stringify({ ...form.definition, feeRules: [{ line: 9 }] }),
            effectiveFrom: today,
          }),
        ),
      ).toEqual(["feeRules.0.line"]);
      // A form that does not ask for the documents the procedure requires cannot be published (issue 26, item 1).
      const withoutDocuments = { ...form.definition, pages: form.definition.pages.filter((p) => p.id !== "giay-to") };
      expect(
        await problemsOf(
          publishFormVersion(admin, SLUG, { json: JSON.stringify(withoutDocuments), effectiveFrom: today }),
        ),
      ).toEqual(["documents.quyen-su-dung-dat", "documents.ban-ve-thiet-ke"]);
      expect(
        await problemsOf(
          publishFormVersion(admin, SLUG, { json: JSON.stringify(form.definition), effectiveFrom: "2020-01-01" }),
        ),
      ).toEqual(["effectiveFrom"]);
      expect(await db().procedureVersion.count({ where: { procedure: { slug: SLUG } } })).toBe(before);
    },
  );

  it("publishes a copy of the version in force with the new form, audited; new drafts use it", async () => {
    const form = await getFormForAdmin(admin, SLUG);
    const edited = structuredClone(form.definition);
    edited.pages[1]!.title = { vi: "Công trình cần sửa chữa", en: "The building to repair" };
    const { version } = await publishFormVersion(admin, SLUG, {
      json: JSON.stringify(edited),
      effectiveFrom: todayInVietnam(),
    });
    expect(version).toBe(form.version + 1);
    const [previous, next] = await Promise.all(
      [form.version, version].map((v) =>
        db().procedureVersion.findFirstOrThrow({
          where: { procedure: { slug: SLUG }, version: v },
          include: { fees: true, documents: true, steps: true },
        }),
      ),
    );
    expect(next!.fees.map((f) => [f.labelVi, f.amountVnd])).toEqual(
      previous!.fees.map((f) => [f.labelVi, f.amountVnd]),
    );
    expect(next!.documents.map((d) => d.key)).toEqual(previous!.documents.map((d) => d.key));
    expect(next!.steps.length).toBe(previous!.steps.length);
    expect(next!.timeLimitValue).toBe(previous!.timeLimitValue);
    expect(
      await db().auditEvent.count({ where: { action: "procedure.form.published", actorUserId: admin.userId } }),
    ).toBe(1);

    const citizen = await createPersonActor();
    const { draftId } = await startDraft(citizen, SLUG);
    const draft = await db().dossierDraft.findUniqueOrThrow({ where: { id: draftId } });
    expect(draft.procedureVersionId).toBe(next!.id);
  });
});
