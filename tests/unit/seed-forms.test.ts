// Every seeded e-form passes the meta-schema and names documents its procedure lists.
import { describe, expect, it } from "vitest";
import { definitionProblems, type ListedDocument } from "@/lib/procedures/definition-check";
import { formDefinitionSchema } from "@/lib/forms/definition";
import { listedDocuments } from "@/lib/procedures/form-admin";
import { FORMS } from "@/prisma/seed";
import { PROCEDURES } from "@/prisma/seed/procedures";
import { BIRTH_REGISTRATION_FORM } from "@/prisma/seed/forms/birth-registration";
import { CRIMINAL_RECORD_FORM } from "@/prisma/seed/forms/criminal-record";
import {
  CONSTRUCTION_PERMIT_FORM,
  HOUSEHOLD_BUSINESS_FORM,
  MARITAL_STATUS_FORM,
  PERMANENT_RESIDENCE_FORM,
} from "@/prisma/seed/forms/more-forms";

const ALL = [
  BIRTH_REGISTRATION_FORM,
  CRIMINAL_RECORD_FORM,
  PERMANENT_RESIDENCE_FORM,
  MARITAL_STATUS_FORM,
  HOUSEHOLD_BUSINESS_FORM,
  CONSTRUCTION_PERMIT_FORM,
];

describe("seeded e-forms", () => {
  it.each(ALL.map((f, i) => [i, f] as const))("form %i is a valid definition", (_i, form) => {
    const parsed = formDefinitionSchema.safeParse(form);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it("fills only fields that exist", () => {
    for (const form of ALL.map((f) => formDefinitionSchema.parse(f))) {
      const fields = form.pages.flatMap((p) => p.fields);
      const ids = new Set(fields.map((f) => f.id));
      for (const field of fields) {
        const fill = "fill" in field ? field.fill : undefined;
        for (const target of Object.values(fill ?? {})) expect(ids.has(target as string)).toBe(true);
      }
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
