// Editors build a procedure's e-form as a draft and publish it as a new version: who may
// edit which procedure, what is refused (saving nothing), two editors at once, and a
// publication that copies the version in force, audited, which new drafts then use.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startDraft } from "@/lib/dossiers/mutations";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { PersonActor } from "@/lib/identity/actor";
import {
  changeDraft,
  discardDraft,
  getFormForAdmin,
  listFormsForAdmin,
  publishDraft,
  saveDraftJson,
} from "@/lib/procedures/form-admin";
import { todayInVietnam } from "@/lib/clock/dates";
import { createPersonActor } from "@/tests/factories/actors";
import { createProcedureEditors, refusal } from "@/tests/factories/procedure-editors";
import { FORMLESS_PROCEDURE } from "@/tests/setup/formless-procedure";

/** Managed by the Department of Construction; has an e-form. */
const PERMIT = "cap-giay-phep-xay-dung-nha-o-rieng-le";
/** Managed by the Department of Justice; no e-form yet. */
const DEATH = FORMLESS_PROCEDURE;
let admin: PersonActor;
let justiceEditor: PersonActor;

beforeAll(async () => {
  ({ admin, justiceEditor } = await createProcedureEditors());
});

const draftRow = (slug: string) => db().procedureDraft.findFirst({ where: { procedure: { slug } } });

describe("who may edit a procedure's e-form", () => {
  it("refuses people without the role, and hides other departments' procedures from an editor", async () => {
    const citizen = await createPersonActor();
    const clerk = await createPersonActor({
      roles: [
        {
          role: "RECEPTION_CLERK",
          agencyId: (await db().agency.findFirstOrThrow({ where: { slug: "ubnd-phuong-sai-gon" } })).id,
        },
      ],
    });
    const operation = { op: "page.add", title: { vi: "Trang", en: "Page" } } as const;
    for (const actor of [citizen, clerk]) {
      await expect(getFormForAdmin(actor, PERMIT)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(changeDraft(actor, PERMIT, { revision: 0, operation })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        publishDraft(actor, PERMIT, { revision: 1, effectiveFrom: todayInVietnam(), confirmed: true }),
      ).rejects.toBeInstanceOf(ForbiddenError);
    }
    // The Department of Justice's editor: its procedures, and no other (not found, as if it did not exist).
    expect((await getFormForAdmin(justiceEditor, DEATH)).procedure.slug).toBe(DEATH);
    for (const call of [
      () => getFormForAdmin(justiceEditor, PERMIT),
      () => changeDraft(justiceEditor, PERMIT, { revision: 0, operation }),
      () => saveDraftJson(justiceEditor, PERMIT, { revision: 0, json: "{}" }),
      () => discardDraft(justiceEditor, PERMIT, { revision: 1 }),
      () => publishDraft(justiceEditor, PERMIT, { revision: 1, effectiveFrom: todayInVietnam(), confirmed: true }),
    ])
      await expect(call()).rejects.toBeInstanceOf(NotFoundError);
    expect(await draftRow(PERMIT)).toBeNull();
    const listed = await listFormsForAdmin(justiceEditor);
    expect(listed.items.map((i) => i.slug)).toContain(DEATH);
    expect(listed.items.map((i) => i.slug)).not.toContain(PERMIT);
    expect(listed.total).toBeLessThan((await listFormsForAdmin(admin)).total);
  });
});

describe("a draft", () => {
  it(
    "refuses a duplicated id, a condition on a missing field, a group in a group and an attachment for no " +
      "document, by name, saving nothing",
    async () => {
      const form = await getFormForAdmin(admin, PERMIT);
      const page = form.definition.pages[0]!;
      const variants: Array<[string, unknown]> = [
        ["duplicate", { ...form.definition, pages: [{ ...page, fields: [...page.fields, page.fields[0]] }] }],
        ["missing", { ...form.definition, pages: [{ ...page, showIf: { field: "khongCoTruongNay", equals: "x" } }] }],
        [
          "nested",
          {
            ...form.definition,
            pages: [
              {
                ...page,
                fields: [
                  ...page.fields,
                  {
                    id: "nhomNgoai",
                    type: "group",
                    label: { vi: "Nhóm ngoài", en: "Outer" },
                    fields: [
                      {
                        id: "nhomTrong",
                        type: "group",
                        label: { vi: "Nhóm trong", en: "Inner" },
                        fields: [{ id: "x", type: "text", label: { vi: "X", en: "X" } }],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
        [
          "attachment",
          {
            ...form.definition,
            pages: [
              {
                ...page,
                fields: [
                  ...page.fields,
                  { id: "tepLa", type: "attachment", documentKey: "khong-co", label: { vi: "Tệp", en: "File" } },
                ],
              },
            ],
          },
        ],
      ];
      const named = {
        duplicate: page.fields[0]!.id,
        missing: "khongCoTruongNay",
        nested: "nhomTrong",
        attachment: "tepLa",
      };
      for (const [kind, definition] of variants) {
        const error = await refusal(saveDraftJson(admin, PERMIT, { revision: 0, json: JSON.stringify(definition) }));
        const messages = Object.values(error.fieldErrors).map((m) => m.vi);
        expect(messages.join(" "), kind).toContain(named[kind as keyof typeof named]);
      }
      expect(
        (await refusal(saveDraftJson(admin, PERMIT, { revision: 0, json: '{ "pages": [' }))).fieldErrors,
      ).toHaveProperty("(JSON)");
      expect(await draftRow(PERMIT)).toBeNull();
    },
  );

  it("is changed by one editor at a time: a save from an older revision is refused", async () => {
    const first = await changeDraft(justiceEditor, DEATH, {
      revision: 0,
      operation: { op: "page.add", title: { vi: "Người mất", en: "The deceased" } },
    });
    expect(first.revision).toBe(1);
    const stale = changeDraft(admin, DEATH, {
      revision: 0,
      operation: { op: "page.add", title: { vi: "Trang khác", en: "Another page" } },
    });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    // Two saves of the same revision at once: one wins.
    const both = await Promise.allSettled([
      changeDraft(admin, DEATH, { revision: 1, operation: { op: "page.move", pageId: "nguoi-mat", direction: "up" } }),
      changeDraft(justiceEditor, DEATH, {
        revision: 1,
        operation: { op: "page.add", title: { vi: "Trang ba", en: "Page three" } },
      }),
    ]);
    expect(both.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((await draftRow(DEATH))!.revision).toBe(2);
    await discardDraft(justiceEditor, DEATH, { revision: 2 });
    expect(await draftRow(DEATH)).toBeNull();
  });
});

describe("publishing", () => {
  it("builds a form with the builder alone and publishes it after review; a citizen's new draft uses it", async () => {
    const today = todayInVietnam();
    let revision = 0;
    const change = async (operation: Parameters<typeof changeDraft>[2]["operation"]) =>
      (revision = (await changeDraft(justiceEditor, DEATH, { revision, operation })).revision);
    await change({ op: "page.add", title: { vi: "Người mất", en: "The deceased" } });
    await change({ op: "field.add", pageId: "nguoi-mat", type: "idNumber", label: { vi: "Số định danh", en: "ID" } });
    await change({ op: "field.add", pageId: "nguoi-mat", type: "date", label: { vi: "Ngày sinh", en: "Born" } });
    await change({
      op: "field.edit",
      fieldId: "soDinhDanh",
      changes: {
        label: { vi: "Số định danh", en: "ID" },
        required: true,
        showIf: "",
        fill: { fullName: "nguoiMatNoiDung", birthDate: "ngaySinh" },
        relation: "spouse",
      },
    });
    let form = await getFormForAdmin(justiceEditor, DEATH);
    // The death notice is required: not publishable until an attachment asks for it.
    expect(form.problems.map((p) => p.path)).toEqual(["documents.giay-bao-tu"]);
    // Named as the editor knows it, not by its key.
    expect(form.problems[0]!.message.vi).toContain('giấy tờ "Giấy báo tử');
    await expect(
      publishDraft(justiceEditor, DEATH, { revision, effectiveFrom: today, confirmed: true }),
    ).rejects.toBeInstanceOf(ValidationError);
    await change({
      op: "field.add",
      pageId: "nguoi-mat",
      type: "attachment",
      label: { vi: "Giấy báo tử", en: "Notice" },
    });
    form = await getFormForAdmin(justiceEditor, DEATH);
    expect(form.problems.map((p) => p.message.en)).toEqual([]);
    expect(form.differences.filter((d) => d.kind === "added").map((d) => d.subject.vi)).toContain("Giấy báo tử");
    const before = await db().procedureVersion.count({ where: { procedure: { slug: DEATH } } });
    const unconfirmed = await refusal(
      publishDraft(justiceEditor, DEATH, { revision, effectiveFrom: today, confirmed: false }),
    );
    expect(Object.keys(unconfirmed.fieldErrors)).toEqual(["confirmed"]);
    const past = await refusal(
      publishDraft(justiceEditor, DEATH, { revision, effectiveFrom: "2020-01-01", confirmed: true }),
    );
    expect(Object.keys(past.fieldErrors)).toEqual(["effectiveFrom"]);
    expect(await db().procedureVersion.count({ where: { procedure: { slug: DEATH } } })).toBe(before);

    const { version } = await publishDraft(justiceEditor, DEATH, { revision, effectiveFrom: today, confirmed: true });
    expect(version).toBe(form.version + 1);
    const [previous, next] = await Promise.all(
      [form.version, version].map((v) =>
        db().procedureVersion.findFirstOrThrow({
          where: { procedure: { slug: DEATH }, version: v },
          include: { fees: true, documents: true, steps: true },
        }),
      ),
    );
    expect(next!.fees.map((f) => [f.labelVi, f.amountVnd])).toEqual(
      previous!.fees.map((f) => [f.labelVi, f.amountVnd]),
    );
    expect(next!.documents.map((d) => d.key)).toEqual(previous!.documents.map((d) => d.key));
    expect(next!.steps.length).toBe(previous!.steps.length);
    expect(next!.formDefinition).toMatchObject({ pages: [{ id: "nguoi-nop" }, { id: "nguoi-mat" }] });
    expect(await draftRow(DEATH)).toBeNull();
    expect(
      await db().auditEvent.count({ where: { action: "procedure.form.published", actorUserId: justiceEditor.userId } }),
    ).toBe(1);
    expect(
      await db().auditEvent.count({
        where: { action: { startsWith: "procedure.draft." }, actorUserId: justiceEditor.userId },
      }),
    ).toBeGreaterThanOrEqual(5);

    const citizen = await createPersonActor();
    const { draftId } = await startDraft(citizen, DEATH);
    const draft = await db().dossierDraft.findUniqueOrThrow({ where: { id: draftId } });
    expect(draft.procedureVersionId).toBe(next!.id);
  });
});
