// Issue 27, item 1: every procedure's result in its legal form. Each seeded template names
// only what its form asks and what a decision defines, and filled from a complete sample it
// reads as a person would: options by their labels, wards by their names, no empty lines.
import { describe, expect, it } from "vitest";
import { compileForm, type FormValues } from "@/lib/forms/compile";
import { formDefinitionSchema, type FormDefinition } from "@/lib/forms/definition";
import { dateInWords, numberInWords } from "@/lib/i18n/vietnamese-words";
import {
  decisionProblems,
  draftDecision,
  fillTemplate,
  resultTemplateSchema,
  templateProblems,
  type TemplateContext,
} from "@/lib/results/template";
import { FORMS } from "@/prisma/seed";
import { PROCEDURES } from "@/prisma/seed/procedures";
import { RESULT_TEMPLATES } from "@/prisma/seed/results";
import { FORM_SAMPLES } from "./form-samples";

const WARDS = {
  "ubnd-phuong-sai-gon": "Ủy ban nhân dân Phường Sài Gòn",
  "ca-phuong-sai-gon": "Công an Phường Sài Gòn",
};

function contextFor(slug: string, decision: Record<string, string> = {}): TemplateContext {
  const definition: FormDefinition = formDefinitionSchema.parse(FORMS[slug]);
  const procedure = PROCEDURES.find((p) => p.slug === slug)!;
  return {
    definition,
    // As a dossier stores them: parsed by the form (numbers in their plain form).
    answers: compileForm(definition).schema.parse(FORM_SAMPLES[slug]) as FormValues,
    names: WARDS,
    decision,
    dossier: { code: "01.98.H29-261207-0001", receivedAt: new Date("2026-12-07T02:00:00Z") },
    result: { code: "01.98.H29-261207-0001-KQ1", issuedAt: new Date("2026-12-08T03:00:00Z") },
    agency: { name: "Ủy ban nhân dân Phường Sài Gòn" },
    register: { number: "15", book: "2026" },
    version: { validity: procedure.version.validityVi ?? "" },
  };
}

const textOf = (filled: ReturnType<typeof fillTemplate>) =>
  [
    filled.title,
    ...filled.preamble.flat(),
    ...filled.sections.flatMap((s) => [s.title, ...s.rows.flat()]),
    ...filled.closing.flat(),
  ].join("\n");

describe("Vietnamese numbers and dates in words", () => {
  it.each([
    [0, "không"],
    [5, "năm"],
    [11, "mười một"],
    [15, "mười lăm"],
    [21, "hai mươi mốt"],
    [24, "hai mươi tư"],
    [105, "một trăm linh năm"],
    [1990, "một nghìn chín trăm chín mươi"],
    [2026, "hai nghìn không trăm hai mươi sáu"],
    [150_000_000, "một trăm năm mươi triệu"],
    [2_500_000_000, "hai tỷ năm trăm triệu"],
  ])("%d is %s", (n, words) => expect(numberInWords(n)).toBe(words));

  it("writes a date of birth as a birth certificate does", () => {
    expect(dateInWords("2026-11-20")).toBe("Ngày hai mươi, tháng mười một, năm hai nghìn không trăm hai mươi sáu");
  });
});

describe("seeded result templates", () => {
  it("cover every procedure with an e-form", () => {
    expect(Object.keys(RESULT_TEMPLATES).sort()).toEqual(Object.keys(FORMS).sort());
  });

  it.each(Object.keys(RESULT_TEMPLATES))("%s: names only what exists, and prints people's words", (slug) => {
    const template = resultTemplateSchema.parse(RESULT_TEMPLATES[slug]);
    const context = contextFor(slug);
    expect(templateProblems(template, context.definition)).toEqual([]);
    // What the specialist would sign: the drafts, and a text where a draft is empty.
    const drafted = draftDecision(template, context);
    const decision = Object.fromEntries(
      template.decision.map((d) => [d.key, drafted[d.key] || (d.required ? `Nội dung ${d.key} đã thẩm định` : "")]),
    );
    expect(decisionProblems(template, decision)).toEqual([]);
    const filled = fillTemplate(template, { ...context, decision });
    const text = textOf(filled);
    expect(filled.holder.length).toBeGreaterThan(1);
    expect(text).not.toMatch(/Chưa nhập|\{\{|\}\}|undefined|null/);
    expect(text).not.toMatch(/ubnd-|ca-phuong|[0-9a-f]{8}-[0-9a-f]{4}-/);
    // No contact details: a result is shown to others.
    const sample = FORM_SAMPLES[slug]!;
    for (const contact of ["phone", "email", "contactPhone", "contactEmail", "companyPhone", "companyEmail"])
      if (typeof sample[contact] === "string") expect(text).not.toContain(sample[contact]);
    // An option prints as its label, never as its stored value.
    for (const page of context.definition!.pages)
      for (const field of page.fields) {
        const value = sample[field.id];
        if (!("options" in field) || typeof value !== "string" || !/^[a-zA-Z]{3,}$/.test(value)) continue;
        expect(text, `${slug}: ${field.id}`).not.toMatch(new RegExp(`\\b${value}\\b`));
      }
    const validity = PROCEDURES.find((p) => p.slug === slug)!.version.validityVi;
    if (validity) expect(text).toContain(validity);
  });

  it("writes a household business's capital in figures and in words", () => {
    const template = resultTemplateSchema.parse(RESULT_TEMPLATES["dang-ky-thanh-lap-ho-kinh-doanh"]);
    const text = textOf(fillTemplate(template, contextFor("dang-ky-thanh-lap-ho-kinh-doanh")));
    expect(text).toContain("100.000.000 đồng\nBằng chữ\nmột trăm triệu đồng");
  });

  it("prints the child as holder of a birth certificate, the date in words, no father when none is declared", () => {
    const template = resultTemplateSchema.parse(RESULT_TEMPLATES["dang-ky-khai-sinh"]);
    const filled = fillTemplate(template, contextFor("dang-ky-khai-sinh"));
    const text = textOf(filled);
    expect(filled.holder).toBe("Lê Minh An");
    expect(text).toContain("LÊ MINH AN");
    expect(text).toContain("Ngày hai mươi, tháng mười một, năm hai nghìn không trăm hai mươi sáu");
    expect(text).toContain("Giới tính\nNam");
    expect(text).toContain("Quyển số\n2026");
    expect(filled.sections.map((s) => s.title)).not.toContain("Người cha");
    expect(text).not.toContain("Số định danh cá nhân\n");
  });

  it("leaves a decision's required text to the specialist and refuses it missing", () => {
    const template = resultTemplateSchema.parse(RESULT_TEMPLATES["xac-nhan-tinh-trang-hon-nhan"]);
    const context = contextFor("xac-nhan-tinh-trang-hon-nhan");
    expect(draftDecision(template, context)).toEqual({ status: "Chưa đăng ký kết hôn với ai." });
    expect(decisionProblems(template, { status: " " })).toEqual(["status"]);
    expect(decisionProblems(template, { status: "x".repeat(2001) })).toEqual(["status"]);
  });

  it("reports a placeholder that names nothing", () => {
    const template = resultTemplateSchema.parse({
      title: "GIẤY",
      holder: ["{{answers.nobody}}"],
      sections: [{ lines: [{ value: "{{decision.unknown}} {{register.number}} {{answers.fullName}}" }] }],
    });
    expect(templateProblems(template, formDefinitionSchema.parse(FORMS["dang-ky-thuong-tru"]))).toEqual([
      "answers.nobody",
      "decision.unknown",
      "register.number",
    ]);
  });
});
