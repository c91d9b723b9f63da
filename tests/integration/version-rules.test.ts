// Editors change a procedure version's rules (time limit, fees, documents, steps...) in the
// draft, and publish them as a new version: the demo's versions are consistent, a change
// is saved only whole and only over the revision its editor saw, a document the e-form asks
// for cannot be removed, and a published version carries the rules, audited, on the page.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import type { PersonActor } from "@/lib/identity/actor";
import { getFormForAdmin, publishDraft, saveDraftRules } from "@/lib/procedures/form-admin";
import { getProcedureBySlug } from "@/lib/procedures/queries";
import { intentOf } from "@/lib/procedures/rules-form";
import { rulesOf, rulesProblems, versionRulesSchema } from "@/lib/procedures/version-rules";
import { todayInVietnam } from "@/lib/clock/dates";
import { createPersonActor } from "@/tests/factories/actors";
import { createProcedureEditors, refusal } from "@/tests/factories/procedure-editors";
import { postedOf } from "@/tests/factories/rules-form";

/** Managed by the Department of Justice; its fee is counted by the copies asked for. */
const EXTRACT = "cap-ban-sao-trich-luc-ho-tich";
/** Managed by the Department of Construction. */
const PERMIT = "cap-giay-phep-xay-dung-nha-o-rieng-le";
const SAVE = intentOf("save");
let admin: PersonActor;
let justiceEditor: PersonActor;

beforeAll(async () => {
  ({ admin, justiceEditor } = await createProcedureEditors());
});

const draftRow = (slug: string) => db().procedureDraft.findFirst({ where: { procedure: { slug } } });

describe("the demo's procedure versions", () => {
  it("each hold rules the editor accepts, with nothing one rule says against another", async () => {
    const versions = await db().procedureVersion.findMany({
      where: { status: "PUBLISHED" },
      include: {
        fees: true,
        documents: true,
        steps: true,
        procedure: { select: { slug: true, handlingAgency: true } },
      },
    });
    expect(versions.length).toBeGreaterThanOrEqual(26);
    for (const version of versions) {
      const rules = rulesOf(version);
      const parsed = versionRulesSchema.safeParse(rules);
      expect(parsed.success ? [] : parsed.error.issues, version.procedure.slug).toEqual([]);
      expect(rulesProblems(rules, version.procedure.handlingAgency), version.procedure.slug).toEqual([]);
    }
  });
});

describe("changing a version's rules", () => {
  it("is for the procedure's department: others are refused or find nothing; no change, no draft", async () => {
    const citizen = await createPersonActor();
    const form = await getFormForAdmin(admin, PERMIT);
    const input = { revision: 0, posted: postedOf(form.rules, form.charges), intent: SAVE };
    await expect(saveDraftRules(citizen, PERMIT, input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveDraftRules(justiceEditor, PERMIT, input)).rejects.toBeInstanceOf(NotFoundError);
    expect(await draftRow(PERMIT)).toBeNull();
    // The department's own editor saving the rules unchanged starts no draft.
    expect(await saveDraftRules(admin, PERMIT, input)).toEqual({ revision: 0, changed: false });
    expect(await draftRow(PERMIT)).toBeNull();
  });

  it("refuses removing a document the e-form asks for, and contradicting rules, saving nothing", async () => {
    const form = await getFormForAdmin(admin, PERMIT);
    const attached = form.rules.documents.findIndex((d) =>
      JSON.stringify(form.definition).includes(`"documentKey":"${d.key}"`),
    );
    expect(attached).toBeGreaterThanOrEqual(0);
    const posted = postedOf(form.rules, form.charges);
    const removed = await refusal(
      saveDraftRules(admin, PERMIT, { revision: 0, posted, intent: intentOf(`documents.${attached}.remove`) }),
    );
    expect(removed.messageVi).toContain(form.rules.documents[attached]!.key);
    const contradicting = await refusal(
      saveDraftRules(admin, PERMIT, {
        revision: 0,
        posted: { ...posted, timeLimitUnit: "SAME_DAY", sameDayCutoff: "", "steps.1.allottedHours": "3" },
        intent: SAVE,
      }),
    );
    expect(Object.keys(contradicting.fieldErrors)).toContain("sameDayCutoff");
    expect(await draftRow(PERMIT)).toBeNull();
  });

  it("saves over the revision its editor saw, and refuses one from an older revision", async () => {
    const form = await getFormForAdmin(justiceEditor, EXTRACT);
    const posted = postedOf(form.rules, form.charges);
    const first = await saveDraftRules(justiceEditor, EXTRACT, {
      revision: 0,
      posted: { ...posted, timeLimitNoteVi: "Tính từ ngày nhận đủ hồ sơ", timeLimitNoteEn: "From a complete filing" },
      intent: SAVE,
    });
    expect(first).toEqual({ revision: 1, changed: true });
    await expect(saveDraftRules(admin, EXTRACT, { revision: 0, posted, intent: SAVE })).rejects.toBeInstanceOf(
      ConflictError,
    );
    const draft = await draftRow(EXTRACT);
    expect(draft).toMatchObject({ revision: 1, formDefinition: null });
    expect(draft!.rules).toMatchObject({ timeLimitNoteVi: "Tính từ ngày nhận đủ hồ sơ" });
  });

  it("publishes the draft's rules as a new version, audited, shown on the procedure page at once", async () => {
    const before = await getFormForAdmin(justiceEditor, EXTRACT);
    const inForce = await getProcedureBySlug(EXTRACT);
    const longer = before.rules.timeLimitValue + 2;
    const posted = {
      ...postedOf(before.rules, before.charges),
      timeLimitUnit: "WORKING_DAYS",
      timeLimitValue: String(longer),
      [`documents.${before.rules.documents.length}.from`]: "",
      [`documents.${before.rules.documents.length}.nameVi`]: "Giấy xác nhận nơi làm việc",
      [`documents.${before.rules.documents.length}.nameEn`]: "Employer's confirmation",
      [`documents.${before.rules.documents.length}.requirement`]: "optional",
      [`documents.${before.rules.documents.length}.form`]: "COPY",
    };
    const { revision } = await saveDraftRules(justiceEditor, EXTRACT, {
      revision: before.revision,
      posted,
      intent: SAVE,
    });
    const review = await getFormForAdmin(justiceEditor, EXTRACT);
    expect(review.differences).toEqual([]);
    expect(review.ruleDifferences.map((d) => `${d.kind}: ${d.subject.vi}`)).toEqual([
      "changed: Thông tin chung",
      'added: Giấy tờ "Giấy xác nhận nơi làm việc"',
    ]);
    const { version } = await publishDraft(justiceEditor, EXTRACT, {
      revision,
      effectiveFrom: todayInVietnam(),
      confirmed: true,
    });
    expect(version).toBe(before.version + 1);
    const published = await db().procedureVersion.findFirstOrThrow({
      where: { procedure: { slug: EXTRACT }, version },
      include: { fees: true, documents: true, steps: true },
    });
    expect(rulesOf(published)).toEqual(review.rules);
    expect(published.formDefinition).toEqual(before.definition);
    expect(published.documents.find((d) => d.nameVi === "Giấy xác nhận nơi làm việc")).toMatchObject({
      key: "giay-xac-nhan-noi-lam-viec",
      required: false,
    });
    const page = await getProcedureBySlug(EXTRACT);
    expect(page!.version).toBe(version);
    expect(page!.timeLimit).toMatchObject({ value: longer, unit: "WORKING_DAYS" });
    expect(page!.fees).toEqual(inForce!.fees);
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { action: "procedure.form.published", actorUserId: justiceEditor.userId },
      orderBy: { at: "desc" },
    });
    expect(audit.details).toMatchObject({
      version,
      formChanged: false,
      ruleChanges: ["changed: Thông tin chung", 'added: Giấy tờ "Giấy xác nhận nơi làm việc"'],
    });
    expect(await draftRow(EXTRACT)).toBeNull();
  });
});
