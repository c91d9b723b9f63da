// Every seeded e-form passes the meta-schema and names documents its procedure lists.
import { describe, expect, it } from "vitest";
import { formDefinitionSchema } from "@/lib/forms/definition";
import { BIRTH_REGISTRATION_FORM } from "@/prisma/seed/forms/birth-registration";
import { CRIMINAL_RECORD_FORM } from "@/prisma/seed/forms/criminal-record";

describe("seeded e-forms", () => {
  it.each([["birth registration", BIRTH_REGISTRATION_FORM], ["criminal record", CRIMINAL_RECORD_FORM]])("%s is a valid definition", (_name, form) => {
    const parsed = formDefinitionSchema.safeParse(form);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it("fills only fields that exist", () => {
    for (const form of [BIRTH_REGISTRATION_FORM, CRIMINAL_RECORD_FORM].map((f) => formDefinitionSchema.parse(f))) {
      const fields = form.pages.flatMap((p) => p.fields);
      const ids = new Set(fields.map((f) => f.id));
      for (const field of fields) {
        const fill = "fill" in field ? field.fill : undefined;
        for (const target of Object.values(fill ?? {})) expect(ids.has(target as string)).toBe(true);
      }
    }
  });
});
