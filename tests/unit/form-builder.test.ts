// The form builder's operations: ids made from labels and never reused, conditions and
// registry fills chosen from lists, and what cannot be done refused by name.
import { describe, expect, it } from "vitest";
import { applyOperation, newFieldId, type BuilderContext, type BuilderOperation } from "@/lib/forms/builder";
import { formDefinitionSchema, structureProblems, type FormDefinition } from "@/lib/forms/definition";
import { definitionDifferences } from "@/lib/forms/differences";
import { carriedAnswers, startTry, tryPage } from "@/lib/forms/try-out";

const context: BuilderContext = {
  reserved: new Set(["hoTen"]),
  documentKeys: ["giay-bao-tu"],
  wardFieldId: "competentWard",
};

const start = (): FormDefinition =>
  formDefinitionSchema.parse({
    formVersion: 1,
    pages: [
      {
        id: "nguoi-nop",
        title: { vi: "Người nộp", en: "Applicant" },
        fields: [{ id: "applicantName", type: "text", label: { vi: "Họ tên", en: "Name" } }],
      },
    ],
  });

function apply(definition: FormDefinition, ...operations: BuilderOperation[]): FormDefinition {
  let current = definition;
  for (const operation of operations) {
    const result = applyOperation(current, operation, context);
    if (!result.ok) throw new Error(result.refusal.message.en);
    current = formDefinitionSchema.parse(result.definition);
    expect(structureProblems(current)).toEqual([]);
  }
  return current;
}

describe("the form builder", () => {
  it("makes ids from Vietnamese labels, never one the form has or had", () => {
    expect(newFieldId("Họ, chữ đệm, tên người mất", new Set())).toBe("hoChuDemTenNguoiMat");
    expect(newFieldId("Họ tên", new Set(["hoTen"]))).toBe("hoTen2");
    expect(newFieldId("2 bản sao", new Set())).toBe("field2BanSao");
    const form = apply(
      start(),
      { op: "field.add", pageId: "nguoi-nop", type: "text", label: { vi: "Họ tên", en: "Name" } },
      { op: "field.delete", fieldId: "hoTen2" },
    );
    const again = applyOperation(
      form,
      { op: "field.add", pageId: "nguoi-nop", type: "text", label: { vi: "Họ tên", en: "Name" } },
      { ...context, reserved: new Set([...context.reserved, "hoTen2"]) },
    );
    expect(again.ok && again.focus).toBe("hoTen3");
  });

  it("builds two pages with a condition, a registry fill and an attachment", () => {
    const form = apply(
      start(),
      { op: "page.add", title: { vi: "Người mất", en: "The deceased" } },
      { op: "field.add", pageId: "nguoi-mat", type: "yesno", label: { vi: "Có số định danh", en: "Has an ID" } },
      { op: "field.add", pageId: "nguoi-mat", type: "idNumber", label: { vi: "Số định danh", en: "ID number" } },
      { op: "field.add", pageId: "nguoi-mat", type: "text", label: { vi: "Họ tên người mất", en: "Name" } },
      { op: "field.add", pageId: "nguoi-mat", type: "date", label: { vi: "Ngày sinh", en: "Date of birth" } },
      { op: "field.add", pageId: "nguoi-mat", type: "attachment", label: { vi: "Giấy báo tử", en: "Death notice" } },
      { op: "field.add", pageId: "nguoi-nop", type: "ward", label: { vi: "Phường nộp", en: "Ward" } },
      {
        op: "field.edit",
        fieldId: "soDinhDanh",
        changes: {
          label: { vi: "Số định danh", en: "ID number" },
          required: true,
          showIf: "eq:coSoDinhDanh:true",
          fill: { fullName: "hoTenNguoiMat", birthDate: "ngaySinh", sex: "" },
          relation: "spouse",
        },
      },
    );
    const deceased = form.pages[1]!;
    expect(deceased.id).toBe("nguoi-mat");
    expect(deceased.fields.map((f) => f.id)).toEqual([
      "nguoiMatNoiDung",
      "coSoDinhDanh",
      "soDinhDanh",
      "hoTenNguoiMat",
      "ngaySinh",
      "giayBaoTu",
    ]);
    expect(deceased.fields[2]).toMatchObject({
      showIf: { field: "coSoDinhDanh", equals: true },
      fill: { fullName: "hoTenNguoiMat", birthDate: "ngaySinh" },
      relation: "spouse",
    });
    expect(deceased.fields[5]).toMatchObject({ type: "attachment", documentKey: "giay-bao-tu" });
    // The ward that decides gets the id the routing reads.
    expect(form.pages[0]!.fields[1]).toMatchObject({ id: "competentWard", type: "ward" });
  });

  it("moves pages and fields, keeping option values whose label did not change", () => {
    const form = apply(
      start(),
      { op: "field.add", pageId: "nguoi-nop", type: "radio", label: { vi: "Quan hệ", en: "Relation" } },
      {
        op: "field.edit",
        fieldId: "quanHe",
        changes: {
          label: { vi: "Quan hệ", en: "Relation" },
          required: true,
          showIf: "",
          options: [
            { vi: "Lựa chọn 2", en: "Option 2" },
            { vi: "Vợ, chồng", en: "Spouse" },
          ],
        },
      },
      { op: "field.move", fieldId: "quanHe", direction: "up" },
      { op: "page.add", title: { vi: "Trang hai", en: "Page two" } },
      { op: "page.move", pageId: "trang-hai", direction: "up" },
    );
    expect(form.pages.map((p) => p.id)).toEqual(["trang-hai", "nguoi-nop"]);
    expect(form.pages[1]!.fields.map((f) => f.id)).toEqual(["quanHe", "applicantName"]);
    expect(form.pages[1]!.fields[0]).toMatchObject({
      options: [
        { value: "lua-chon-2", label: { vi: "Lựa chọn 2" } },
        { value: "vo-chong", label: { vi: "Vợ, chồng" } },
      ],
    });
  });

  it("refuses what would break the form, naming it", () => {
    const form = apply(
      start(),
      { op: "field.add", pageId: "nguoi-nop", type: "yesno", label: { vi: "Đã kết hôn", en: "Married" } },
      { op: "field.add", pageId: "nguoi-nop", type: "group", label: { vi: "Các con", en: "Children" } },
      {
        op: "field.edit",
        fieldId: "applicantName",
        changes: { label: { vi: "Họ tên", en: "Name" }, required: true, showIf: "eq:daKetHon:true" },
      },
    );
    const refused = (operation: BuilderOperation) => {
      const result = applyOperation(form, operation, context);
      return result.ok ? null : result.refusal.message.vi;
    };
    expect(refused({ op: "field.delete", fieldId: "daKetHon" })).toContain("Họ tên");
    expect(
      refused({ op: "field.add", pageId: "nguoi-nop", groupId: "cacCon", type: "group", label: { vi: "A", en: "A" } }),
    ).toContain("Các con");
    expect(refused({ op: "page.delete", pageId: "nguoi-nop" })).toContain("ít nhất một trang");
    expect(refused({ op: "field.delete", fieldId: "cacCon.cacConNoiDung" })).toContain("duy nhất");
    expect(
      refused({
        op: "field.edit",
        fieldId: "khongCo",
        changes: { label: { vi: "A", en: "A" }, required: true, showIf: "" },
      }),
    ).toContain("khongCo");
    expect(
      applyOperation(
        form,
        { op: "field.add", pageId: "nguoi-nop", type: "attachment", label: { vi: "Tệp", en: "File" } },
        { ...context, documentKeys: [] },
      ).ok,
    ).toBe(false);
  });

  it("tells the differences from the version in force field by field", () => {
    const before = start();
    const after = apply(
      before,
      { op: "field.add", pageId: "nguoi-nop", type: "phone", label: { vi: "Điện thoại", en: "Phone" } },
      {
        op: "field.edit",
        fieldId: "applicantName",
        changes: { label: { vi: "Họ và tên", en: "Full name" }, required: false, showIf: "" },
      },
    );
    const differences = definitionDifferences(before, after);
    expect(differences).toContainEqual({ kind: "added", subject: { vi: "Điện thoại", en: "Phone" } });
    expect(differences).toContainEqual({
      kind: "changed",
      subject: { vi: "Họ và tên", en: "Full name" },
      settings: [
        { setting: "label", before: "Họ tên / Name", after: "Họ và tên / Full name" },
        { setting: "required", before: "true", after: "false" },
      ],
    });
    expect(differences.filter((d) => d.kind === "moved")).toEqual([]);
  });

  it("tries a form page by page as when filing: problems stop a page, conditions skip one, nothing else", () => {
    const form = apply(
      start(),
      { op: "field.add", pageId: "nguoi-nop", type: "yesno", label: { vi: "Có con", en: "Has children" } },
      { op: "page.add", title: { vi: "Con", en: "Children" } },
      {
        op: "page.edit",
        pageId: "con",
        title: { vi: "Con", en: "Children" },
        showIf: "eq:coCon:true",
      },
    );
    expect(startTry(form).pageId).toBe("nguoi-nop");
    const refused = tryPage(form, {}, "nguoi-nop", { applicantName: "" });
    expect(refused).toMatchObject({
      pageId: "nguoi-nop",
      errors: { applicantName: "required", coCon: "required-choice" },
    });
    // "No" skips the children's page: the try is over.
    expect(tryPage(form, {}, "nguoi-nop", { applicantName: "An", coCon: "no" })).toEqual({
      pageId: null,
      answers: { applicantName: "An", coCon: "no" },
      errors: {},
    });
    expect(tryPage(form, {}, "nguoi-nop", { applicantName: "An", coCon: "yes" }).pageId).toBe("con");
    // Answers carried between pages keep only the form's own fields and shapes.
    expect(carriedAnswers(form, { applicantName: "An", khac: "x", coCon: ["a"] })).toEqual({
      applicantName: "An",
      coCon: ["a"],
    });
  });
});
