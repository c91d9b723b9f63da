// Every seeded e-form passes the meta-schema and names documents its procedure lists.
import { describe, expect, it } from "vitest";
import { formDefinitionSchema } from "@/lib/forms/definition";
import { BIRTH_REGISTRATION_FORM } from "@/prisma/seed/forms/birth-registration";
import { CRIMINAL_RECORD_FORM } from "@/prisma/seed/forms/criminal-record";
import { CONSTRUCTION_PERMIT_FORM, HOUSEHOLD_BUSINESS_FORM, MARITAL_STATUS_FORM, PERMANENT_RESIDENCE_FORM } from "@/prisma/seed/forms/more-forms";

const ALL = [BIRTH_REGISTRATION_FORM, CRIMINAL_RECORD_FORM, PERMANENT_RESIDENCE_FORM, MARITAL_STATUS_FORM, HOUSEHOLD_BUSINESS_FORM, CONSTRUCTION_PERMIT_FORM];

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
