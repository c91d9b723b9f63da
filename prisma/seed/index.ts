// Demo data: agencies, fields, the procedure catalogue and the 2025–2027 calendar.
// Idempotent: rows have deterministic ids and are inserted only when missing, so a
// second run changes nothing and never overwrites what administrators edited.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { foldVietnamese } from "@/lib/i18n/fold";
import { buildSearchText } from "@/lib/procedures/search-text";
import { AGENCIES, agencyCode, demoTaxCode } from "./agencies";
import { CALENDAR } from "./calendar";
import { FIELDS } from "./fields";
import { PROCEDURES } from "./procedures";
import { DEMO_ORGANISATION, STAFF } from "./staff";
import { formDefinitionSchema } from "@/lib/forms/definition";
import { resultTemplateSchema } from "@/lib/results/template";
import { RESULT_TEMPLATES } from "./results";
import { BIRTH_REGISTRATION_FORM } from "./forms/birth-registration";
import { BUSINESS_LABOUR_CONSTRUCTION_FORMS } from "./forms/business-labour-construction";
import { CIVIL_RESIDENCE_SOCIAL_FORMS } from "./forms/civil-residence-social";
import { CRIMINAL_RECORD_FORM } from "./forms/criminal-record";
import {
  CONSTRUCTION_PERMIT_FORM,
  HOUSEHOLD_BUSINESS_FORM,
  MARITAL_STATUS_FORM,
  PERMANENT_RESIDENCE_FORM,
} from "./forms/more-forms";

/** E-forms by procedure slug: every procedure of the catalogue can be filed online. */
export const FORMS: Record<string, unknown> = {
  "dang-ky-khai-sinh": BIRTH_REGISTRATION_FORM,
  "cap-phieu-ly-lich-tu-phap": CRIMINAL_RECORD_FORM,
  "dang-ky-thuong-tru": PERMANENT_RESIDENCE_FORM,
  "xac-nhan-tinh-trang-hon-nhan": MARITAL_STATUS_FORM,
  "dang-ky-thanh-lap-ho-kinh-doanh": HOUSEHOLD_BUSINESS_FORM,
  "cap-giay-phep-xay-dung-nha-o-rieng-le": CONSTRUCTION_PERMIT_FORM,
  ...CIVIL_RESIDENCE_SOCIAL_FORMS,
  ...BUSINESS_LABOUR_CONSTRUCTION_FORMS,
};
import { stableId } from "./stable-id";
import { sealIdNumber } from "@/lib/security/identity-sealing";

export type SeedReport = {
  agencies: number;
  fields: number;
  procedures: number;
  versions: number;
  calendarDays: number;
  staff: number;
};

const agencyId = (code: string) => stableId("agency", code);
const fieldId = (slug: string) => stableId("field", slug);
const procedureId = (code: string) => stableId("procedure", code);
const versionId = (code: string, version: number) => stableId("procedure-version", `${code}#${version}`);

/** Inserts the demo data that is missing; returns how many rows of each kind were added. */
export async function seedDatabase(prisma: PrismaClient): Promise<SeedReport> {
  return prisma.$transaction(async (tx) => {
    const agencies = await tx.agency.createMany({
      skipDuplicates: true,
      data: AGENCIES.map((a) => ({
        id: agencyId(a.code),
        code: a.code,
        slug: a.slug,
        nameVi: a.nameVi,
        nameEn: a.nameEn,
        shortVi: a.shortVi,
        taxCode: demoTaxCode(a.code),
        level: a.level,
        kind: a.kind,
        parentId: a.parent ? agencyId(a.parent) : null,
        addressVi: a.addressVi,
        phone: a.phone,
        email: a.email,
      })),
    });
    const fields = await tx.procedureField.createMany({
      skipDuplicates: true,
      data: FIELDS.map((f, i) => ({
        id: fieldId(f.slug),
        slug: f.slug,
        nameVi: f.nameVi,
        nameEn: f.nameEn,
        sortOrder: i + 1,
      })),
    });
    const fieldNames = new Map(FIELDS.map((f) => [f.slug, f]));
    const procedures = await tx.procedure.createMany({
      skipDuplicates: true,
      data: PROCEDURES.map((p) => {
        const field = fieldNames.get(p.field);
        if (!field) throw new Error(`Procedure ${p.code} names unknown field ${p.field}`);
        return {
          id: procedureId(p.code),
          code: p.code,
          slug: p.slug,
          nameVi: p.nameVi,
          nameEn: p.nameEn,
          fieldId: fieldId(p.field),
          level: p.level,
          managingAgencyId: agencyId(agencyCode(p.managing)),
          handlingAgencyId: p.handling ? agencyId(agencyCode(p.handling)) : null,
          featuredRank: p.featuredRank ?? null,
          nameSearch: foldVietnamese(p.nameVi),
          searchText: buildSearchText([p.nameVi, p.nameEn, p.code, field.nameVi, ...(p.keywords ?? [])]),
        };
      }),
    });
    const versions = await tx.procedureVersion.createMany({
      skipDuplicates: true,
      data: PROCEDURES.map(({ code, slug, version: v }) => ({
        id: versionId(code, 1),
        procedureId: procedureId(code),
        version: 1,
        status: "PUBLISHED" as const,
        formDefinition: FORMS[slug] ? formDefinitionSchema.parse(FORMS[slug]) : undefined,
        resultTemplate: RESULT_TEMPLATES[slug] ? resultTemplateSchema.parse(RESULT_TEMPLATES[slug]) : undefined,
        effectiveFrom: new Date(`${v.effectiveFrom}T00:00:00Z`),
        serviceLevel: v.serviceLevel,
        inPersonVi: v.inPersonVi ?? null,
        inPersonEn: v.inPersonEn ?? null,
        timeLimitValue: v.limit[0],
        timeLimitUnit: v.limit[1],
        sameDayCutoff: v.sameDayCutoff ?? null,
        timeLimitNoteVi: v.noteVi,
        timeLimitNoteEn: v.noteEn,
        competentKind: v.competent,
        competentAuthorityVi: v.competentVi,
        competentAuthorityEn: v.competentEn,
        eligibleApplicantsVi: v.eligibleVi,
        eligibleApplicantsEn: v.eligibleEn,
        resultDocumentVi: v.resultVi,
        resultDocumentEn: v.resultEn,
        resultValidityVi: v.validityVi,
        resultValidityEn: v.validityEn,
        legalBasis: v.legalBasis,
      })),
    });
    await tx.feeLine.createMany({
      skipDuplicates: true,
      data: PROCEDURES.flatMap(({ code, version: v }) =>
        v.fees.map((f, i) => ({
          id: stableId("fee", `${code}#1#${i}`),
          versionId: versionId(code, 1),
          sortOrder: i + 1,
          channel: f.channel ?? null,
          labelVi: f.labelVi,
          labelEn: f.labelEn,
          amountVnd: f.amount,
          exemptionVi: f.exemptionVi,
          exemptionEn: f.exemptionEn,
        })),
      ),
    });
    await tx.requiredDocument.createMany({
      skipDuplicates: true,
      data: PROCEDURES.flatMap(({ code, version: v }) =>
        v.documents.map((d, i) => ({
          id: stableId("document", `${code}#1#${d.key}`),
          versionId: versionId(code, 1),
          sortOrder: i + 1,
          key: d.key,
          nameVi: d.nameVi,
          nameEn: d.nameEn,
          form: d.form,
          copies: d.copies ?? 1,
          required: d.required ?? true,
          requiredWhenVi: d.requiredWhenVi,
          requiredWhenEn: d.requiredWhenEn,
          noteVi: d.noteVi,
          noteEn: d.noteEn,
        })),
      ),
    });
    await tx.processingStep.createMany({
      skipDuplicates: true,
      data: PROCEDURES.flatMap(({ code, version: v }) =>
        v.steps.map((s, i) => ({
          id: stableId("step", `${code}#1#${s.key}`),
          versionId: versionId(code, 1),
          sortOrder: i + 1,
          key: s.key,
          nameVi: s.nameVi,
          nameEn: s.nameEn,
          allottedHours: s.hours,
        })),
      ),
    });
    const calendarDays = await tx.calendarDay.createMany({
      skipDuplicates: true,
      data: CALENDAR.map((d) => ({ ...d, date: new Date(`${d.date}T00:00:00Z`) })),
    });
    const agencyIdBySlug = new Map(AGENCIES.map((a) => [a.slug, agencyId(a.code)]));
    const staff = await tx.staffAssignment.createMany({
      skipDuplicates: true,
      data: STAFF.map((s) => {
        const person = sealIdNumber(s.idNumber);
        return {
          id: stableId("staff", `${s.idNumber}#${s.role}#${s.agency}`),
          idNumberHash: person.hash,
          idNumberSealed: person.sealed,
          role: s.role,
          agencyId: s.agency ? (agencyIdBySlug.get(s.agency) ?? null) : null,
        };
      }),
    });
    const { mandateHolder, legalRepIdNumber, ...organisation } = DEMO_ORGANISATION;
    const organisationId = stableId("organisation", organisation.enterpriseCode);
    const legalRep = sealIdNumber(legalRepIdNumber);
    await tx.organisation.createMany({
      skipDuplicates: true,
      data: [
        {
          id: organisationId,
          ...organisation,
          legalRepIdHash: legalRep.hash,
          legalRepIdSealed: legalRep.sealed,
          verifiedAt: new Date("2025-07-01T00:00:00Z"),
        },
      ],
    });
    const holder = sealIdNumber(mandateHolder.idNumber);
    await tx.mandate.createMany({
      skipDuplicates: true,
      data: [
        {
          id: stableId("mandate", `${organisation.enterpriseCode}#${mandateHolder.idNumber}`),
          organisationId,
          holderIdHash: holder.hash,
          holderIdSealed: holder.sealed,
          holderName: mandateHolder.name,
          grantedAt: new Date("2025-07-01T00:00:00Z"),
        },
      ],
    });
    return {
      agencies: agencies.count,
      fields: fields.count,
      procedures: procedures.count,
      versions: versions.count,
      calendarDays: calendarDays.count,
      staff: staff.count,
    };
  });
}

/** True when the catalogue holds no procedure yet (a fresh database). */
export async function isDatabaseEmpty(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.procedure.count()) === 0;
}
