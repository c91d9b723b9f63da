import type {
  AdministrativeLevel,
  Channel,
  CompetentAgencyKind,
  DocumentForm,
  ServiceLevel,
  TimeLimitUnit,
} from "@/lib/generated/prisma/enums";

export type FeeSeed = {
  channel?: Channel;
  labelVi: string;
  labelEn: string;
  /** null: the amount comes from a separate fee table. */
  amount: number | null;
  exemptionVi?: string;
  exemptionEn?: string;
};

export type DocumentSeed = {
  key: string;
  nameVi: string;
  nameEn: string;
  form: DocumentForm;
  copies?: number;
  required?: boolean;
  /** Required only in this case (with `required: false`). */
  requiredWhenVi?: string;
  requiredWhenEn?: string;
  noteVi?: string;
  noteEn?: string;
};

export type StepSeed = { key: string; nameVi: string; nameEn: string; hours: number };

export type VersionSeed = {
  effectiveFrom: string;
  serviceLevel: ServiceLevel;
  /** What a partly online procedure still asks in person (required for PARTIAL_ONLINE). */
  inPersonVi?: string;
  inPersonEn?: string;
  limit: [number, TimeLimitUnit];
  sameDayCutoff?: string;
  noteVi?: string;
  noteEn?: string;
  /** The kind of agency that decides it; a city kind must match the procedure's handling agency. */
  competent: CompetentAgencyKind;
  competentVi: string;
  competentEn: string;
  eligibleVi: string;
  eligibleEn: string;
  resultVi: string;
  resultEn: string;
  validityVi?: string;
  validityEn?: string;
  legalBasis: string[];
  fees: FeeSeed[];
  documents: DocumentSeed[];
  steps: StepSeed[];
};

export type ProcedureSeed = {
  code: string;
  slug: string;
  nameVi: string;
  nameEn: string;
  field: string;
  level: AdministrativeLevel;
  /** Slug of the managing city agency. */
  managing: string;
  /** Slug of the handling agency, for city-level procedures. */
  handling?: string;
  featuredRank?: number;
  /** Other words people search with (synonyms, abbreviations). */
  keywords?: string[];
  version: VersionSeed;
};

const HOURS_PER_DAY = 8;

/**
 * The usual internal steps (reception, appraisal, approval, return) sharing a limit
 * given in working days; a same-day procedure shares one working day.
 */
export function standardSteps(
  workingDays: number,
  appraisalVi = "Thẩm định hồ sơ",
  appraisalEn = "Appraisal",
): StepSeed[] {
  const total = Math.max(1, workingDays) * HOURS_PER_DAY;
  const reception = total <= HOURS_PER_DAY ? 1 : 4;
  const approval = total <= HOURS_PER_DAY ? 2 : Math.min(16, Math.round(total * 0.2));
  const handover = total <= HOURS_PER_DAY ? 1 : 4;
  return [
    { key: "reception", nameVi: "Tiếp nhận hồ sơ", nameEn: "Reception", hours: reception },
    { key: "appraisal", nameVi: appraisalVi, nameEn: appraisalEn, hours: total - reception - approval - handover },
    { key: "approval", nameVi: "Phê duyệt, ký kết quả", nameEn: "Approval and signature", hours: approval },
    { key: "return", nameVi: "Trả kết quả", nameEn: "Return of result", hours: handover },
  ];
}

export const FREE: FeeSeed = { labelVi: "Không thu phí, lệ phí", labelEn: "No fee", amount: 0 };

export const REQUEST_FORM = (nameVi: string, nameEn: string, key = "to-khai"): DocumentSeed => ({
  key,
  nameVi,
  nameEn,
  form: "ORIGINAL",
  noteVi: "Khi nộp trực tuyến, điền biểu mẫu điện tử thay cho tờ khai giấy.",
  noteEn: "When filing online, the e-form replaces the paper form.",
});

export const AUTHORISATION: DocumentSeed = {
  key: "van-ban-uy-quyen",
  nameVi: "Văn bản ủy quyền (khi người khác nộp thay)",
  nameEn: "Power of attorney (when someone else files)",
  form: "ORIGINAL_OR_CERTIFIED_COPY",
  required: false,
  requiredWhenVi: "Khi người khác nộp thay",
  requiredWhenEn: "When someone else files",
};
