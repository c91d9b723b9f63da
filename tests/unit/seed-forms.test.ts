// Every procedure of the catalogue has an e-form (issue 20, item 3): it passes the meta-schema,
// names documents its procedure lists, compiles, and takes a complete sample submission.
import { describe, expect, it } from "vitest";
import { definitionProblems, type ListedDocument } from "@/lib/procedures/definition-check";
import { compileForm } from "@/lib/forms/compile";
import { feeDue } from "@/lib/procedures/fees";
import { formDefinitionSchema } from "@/lib/forms/definition";
import { listedDocuments } from "@/lib/procedures/form-admin";
import { FORMS } from "@/prisma/seed";
import { PROCEDURES } from "@/prisma/seed/procedures";
import { FORM_SAMPLES } from "./form-samples";

describe("seeded e-forms", () => {
  it("cover every procedure of the catalogue, and nothing else", () => {
    expect(Object.keys(FORMS).sort()).toEqual(PROCEDURES.map((p) => p.slug).sort());
    expect(Object.keys(FORM_SAMPLES).sort()).toEqual(PROCEDURES.map((p) => p.slug).sort());
  });

  it.each(PROCEDURES.map((p) => p.slug))("%s: the form compiles and takes a complete submission", (slug) => {
    const parsed = formDefinitionSchema.safeParse(FORMS[slug]);
    expect(parsed.error?.issues ?? []).toEqual([]);
    const sample = FORM_SAMPLES[slug]!;
    const submitted = compileForm(parsed.data!).schema.safeParse(sample);
    expect(submitted.error?.issues ?? []).toEqual([]);
    // Every answer of the sample is one the form asked for (none dropped as hidden).
    expect(Object.keys(submitted.data!).sort()).toEqual(Object.keys(sample).sort());
  });

  it.each([
    ["dang-ky-ket-hon", "partnerName"],
    ["chung-thuc-ban-sao-tu-ban-chinh", "competentWard"],
    ["giai-quyet-huong-tro-cap-that-nghiep", "contractEndDate"],
  ])("%s: refuses the sample without its %s", (slug, field) => {
    const form = compileForm(formDefinitionSchema.parse(FORMS[slug]));
    const { [field]: _left, ...rest } = FORM_SAMPLES[slug]!;
    expect(form.schema.safeParse(rest).error?.issues.map((i) => i.path.join("."))).toEqual([field]);
  });

  it.each([
    ["cap-ban-sao-trich-luc-ho-tich", { copies: "3" }, 24_000],
    // Certified copies are counted and paid at the counter, on collecting them: nothing is owed online.
    ["chung-thuc-ban-sao-tu-ban-chinh", { pages: "5", copies: "2" }, 0],
    ["cap-phieu-ly-lich-tu-phap-nguoi-nuoc-ngoai", { copies: "4" }, 210_000],
  ])("%s: the fee follows the answers", (slug, answers, total) => {
    const procedure = PROCEDURES.find((p) => p.slug === slug)!;
    const lines = procedure.version.fees.map((f, i) => ({
      sortOrder: i,
      channel: f.channel ?? null,
      labelVi: f.labelVi,
      labelEn: f.labelEn,
      amountVnd: f.amount,
    }));
    const rules = formDefinitionSchema.parse(FORMS[slug]).feeRules;
    expect(feeDue(lines, rules, { ...FORM_SAMPLES[slug]!, ...answers }).totalVnd).toBe(total);
  });

  it("state the in-person part of every partly online procedure, and only of those", () => {
    for (const p of PROCEDURES) {
      const partial = p.version.serviceLevel === "PARTIAL_ONLINE";
      expect(Boolean(p.version.inPersonVi && p.version.inPersonEn), p.slug).toBe(partial);
    }
  });
});

describe("every seeded e-form asks for the documents its procedure requires (issue 26, item 1)", () => {
  it.each(Object.entries(FORMS))("%s passes the publish check", (slug, form) => {
    const procedure = PROCEDURES.find((p) => p.slug === slug)!;
    const documents = listedDocuments(
      procedure.version.documents.map((d) => ({
        key: d.key,
        required: d.required ?? true,
        requiredWhenVi: d.requiredWhenVi ?? null,
      })),
    );
    const feeLineCount = procedure.version.fees.filter(
      (f) => f.channel === undefined || f.channel === null || f.channel === "ONLINE",
    ).length;
    expect(
      definitionProblems(JSON.stringify(form), { documents, feeLineCount, competentKind: procedure.version.competent })
        .problems,
    ).toEqual([]);
  });

  it(
    "refuses a form that leaves out a required document, asks for it as optional, or leaves out one required in " +
      "a case",
    () => {
      const documents: ListedDocument[] = [
        { key: "to-khai", required: true, conditional: false },
        { key: "ban-ve", required: true, conditional: false },
        { key: "dong-y", required: false, conditional: true },
      ];
      const form = (fields: unknown[]) =>
        JSON.stringify({
          formVersion: 1,
          pages: [
            {
              id: "p",
              title: { vi: "Trang", en: "Page" },
              fields: [{ id: "name", type: "text", label: { vi: "Tên", en: "Name" } }, ...fields],
            },
          ],
        });
      const drawings = {
        id: "drawings",
        type: "attachment",
        documentKey: "ban-ve",
        label: { vi: "Bản vẽ", en: "Drawings" },
      };
      const consent = {
        id: "consent",
        type: "attachment",
        documentKey: "dong-y",
        label: { vi: "Đồng ý", en: "Consent" },
        showIf: { field: "name", filled: true },
      };
      const messages = (fields: unknown[]) =>
        definitionProblems(form(fields), { documents, feeLineCount: 0, competentKind: "CITY_DEPARTMENT" }).problems.map(
          (p) => p.message.en,
        );
      expect(messages([drawings, consent])).toEqual([]);
      expect(messages([consent])).toEqual([expect.stringContaining('"ban-ve"')]);
      expect(messages([{ ...drawings, required: false }, consent])).toEqual([
        expect.stringContaining("always required"),
      ]);
      expect(messages([drawings])).toEqual([expect.stringContaining('"dong-y" in some cases')]);
    },
  );
});

describe("a form asks for the deciding agency exactly when the applicant chooses it (issue 26, item 2)", () => {
  const form = (fields: unknown[]) =>
    JSON.stringify({
      formVersion: 1,
      pages: [
        {
          id: "p",
          title: { vi: "Trang", en: "Page" },
          fields: [{ id: "name", type: "text", label: { vi: "Tên", en: "Name" } }, ...fields],
        },
      ],
    });
  const ward = { id: "competentWard", type: "ward", label: { vi: "Nơi giải quyết", en: "Where" } };
  const problems = (fields: unknown[], competentKind: "WARD_POLICE" | "CITY_POLICE") =>
    definitionProblems(form(fields), { documents: [], feeLineCount: 0, competentKind }).problems;

  it("requires the ward field, required and always shown, for a ward-level kind", () => {
    expect(problems([ward], "WARD_POLICE")).toEqual([]);
    expect(problems([], "WARD_POLICE")).toEqual([
      expect.objectContaining({
        message: expect.objectContaining({
          en: expect.stringContaining('add a ward field with the id "competentWard"'),
        }),
      }),
    ]);
    expect(problems([{ ...ward, required: false }], "WARD_POLICE")).toEqual([
      expect.objectContaining({
        path: "pages.0.fields.1",
        message: expect.objectContaining({ en: expect.stringContaining("required and always shown") }),
      }),
    ]);
    expect(problems([{ ...ward, showIf: { field: "name", filled: true } }], "WARD_POLICE")).toEqual([
      expect.objectContaining({
        message: expect.objectContaining({ en: expect.stringContaining("required and always shown") }),
      }),
    ]);
    expect(problems([ward, { ...ward, id: "otherWard" }], "WARD_POLICE")).toEqual([
      expect.objectContaining({
        path: "pages.0.fields.2",
        message: expect.objectContaining({ en: expect.stringContaining("only the ward field") }),
      }),
    ]);
  });

  it("refuses any ward field for a kind decided at city level", () => {
    expect(problems([], "CITY_POLICE")).toEqual([]);
    expect(problems([ward], "CITY_POLICE")).toEqual([
      expect.objectContaining({
        path: "pages.0.fields.1",
        message: expect.objectContaining({ en: expect.stringContaining("asks for no ward") }),
      }),
    ]);
  });
});
