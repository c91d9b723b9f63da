// The version-rules editor's form as a browser posts it (every field as text, rows as
// `<list>.<n>.<field>`, the hidden `from` of each saved row), for tests that post it
// without a browser.
import type { FeeCharge } from "@/lib/procedures/rules-form";
import type { VersionRules } from "@/lib/procedures/version-rules";

export function postedOf(rules: VersionRules, charges: Array<FeeCharge | null> = []): Record<string, string> {
  const text = (value: string | number | null) => (value === null ? "" : String(value));
  const posted: Record<string, string> = {
    serviceLevel: rules.serviceLevel,
    requiredAccountLevel: String(rules.requiredAccountLevel),
    inPersonVi: text(rules.inPersonVi),
    inPersonEn: text(rules.inPersonEn),
    timeLimitUnit: rules.timeLimitUnit,
    timeLimitValue: rules.timeLimitUnit === "SAME_DAY" ? "" : String(rules.timeLimitValue),
    sameDayCutoff: text(rules.sameDayCutoff),
    timeLimitNoteVi: text(rules.timeLimitNoteVi),
    timeLimitNoteEn: text(rules.timeLimitNoteEn),
    competentKind: rules.competentKind,
    competentAuthorityVi: rules.competentAuthorityVi,
    competentAuthorityEn: rules.competentAuthorityEn,
    eligibleApplicantsVi: rules.eligibleApplicantsVi,
    eligibleApplicantsEn: rules.eligibleApplicantsEn,
    resultDocumentVi: rules.resultDocumentVi,
    resultDocumentEn: rules.resultDocumentEn,
    resultValidityVi: text(rules.resultValidityVi),
    resultValidityEn: text(rules.resultValidityEn),
    legalBasis: rules.legalBasis.join("\n"),
  };
  if (rules.outOfHoursNextWorkingDay) posted.outOfHoursNextWorkingDay = "on";
  rules.fees.forEach((fee, n) => {
    const charge = charges[n];
    Object.assign(posted, {
      [`fees.${n}.from`]: String(n),
      [`fees.${n}.channel`]: fee.channel ?? "",
      [`fees.${n}.labelVi`]: fee.labelVi,
      [`fees.${n}.labelEn`]: fee.labelEn,
      [`fees.${n}.amountVnd`]: text(fee.amountVnd),
      [`fees.${n}.exemptionVi`]: text(fee.exemptionVi),
      [`fees.${n}.exemptionEn`]: text(fee.exemptionEn),
      [`fees.${n}.when`]: charge?.when ?? "",
      [`fees.${n}.perUnitOf`]: charge?.perUnitOf ?? "",
      [`fees.${n}.beyond`]: String(charge?.beyond ?? 0),
    });
  });
  rules.documents.forEach((document, n) => {
    Object.assign(posted, {
      [`documents.${n}.from`]: String(n),
      [`documents.${n}.nameVi`]: document.nameVi,
      [`documents.${n}.nameEn`]: document.nameEn,
      [`documents.${n}.form`]: document.form,
      [`documents.${n}.copies`]: String(document.copies),
      [`documents.${n}.requirement`]: document.required ? "always" : document.requiredWhenVi ? "case" : "optional",
      [`documents.${n}.requiredWhenVi`]: text(document.requiredWhenVi),
      [`documents.${n}.requiredWhenEn`]: text(document.requiredWhenEn),
      [`documents.${n}.noteVi`]: text(document.noteVi),
      [`documents.${n}.noteEn`]: text(document.noteEn),
    });
  });
  rules.steps.forEach((step, n) => {
    Object.assign(posted, {
      [`steps.${n}.nameVi`]: step.nameVi,
      [`steps.${n}.nameEn`]: step.nameEn,
      [`steps.${n}.allottedHours`]: String(step.allottedHours),
    });
  });
  return posted;
}
