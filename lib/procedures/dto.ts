// Shapes the catalogue returns to pages. Both languages travel together so a page can
// render either without a second query; no internal ids beyond what links need.
import type {
  AdministrativeLevel,
  Channel,
  DocumentForm,
  ServiceLevel,
  TimeLimitUnit,
} from "@/lib/generated/prisma/enums";
import type { TimeLimit } from "@/lib/i18n/format";

export type Bilingual = { vi: string; en: string };

export type TimeLimitDto = TimeLimit;

/** A version's time limit as stored, for showing. */
export function timeLimitOf(version: {
  timeLimitValue: number;
  timeLimitUnit: TimeLimitUnit;
  sameDayCutoff: string | null;
}): TimeLimitDto {
  return {
    value: version.timeLimitValue,
    unit: version.timeLimitUnit,
    sameDayCutoff: version.sameDayCutoff,
    note: null,
  };
}

export type ProcedureSummaryDto = {
  code: string;
  slug: string;
  name: Bilingual;
  field: Bilingual & { slug: string };
  level: AdministrativeLevel;
  agency: Bilingual & { slug: string };
  serviceLevel: ServiceLevel;
  timeLimit: TimeLimitDto;
};

export type FeeDto = {
  channel: Channel | null;
  label: Bilingual;
  amountVnd: number | null;
  exemption: Bilingual | null;
};

export type RequiredDocumentDto = {
  key: string;
  name: Bilingual;
  form: DocumentForm;
  copies: number;
  required: boolean;
  /** Required only in this case (then `required` is false). */
  requiredWhen: Bilingual | null;
  note: Bilingual | null;
};

export type ProcedureDetailDto = ProcedureSummaryDto & {
  version: number;
  effectiveFrom: string;
  competentAuthority: Bilingual;
  handlingAgency: (Bilingual & { code: string }) | null;
  eligibleApplicants: Bilingual;
  resultDocument: Bilingual;
  resultValidity: Bilingual | null;
  legalBasis: string[];
  fees: FeeDto[];
  documents: RequiredDocumentDto[];
  steps: Array<{ key: string; name: Bilingual; allottedHours: number }>;
  /** Minimum VNeID account level to file online. */
  requiredAccountLevel: number;
  /** True once the procedure version carries an e-form (issue 4 opens filing). */
  onlineFilingOpen: boolean;
  /** What a partly online procedure still asks of the applicant in person (docs/domain.md §6). */
  inPerson: Bilingual | null;
};

export type CataloguePageDto = {
  items: ProcedureSummaryDto[];
  total: number;
  page: number;
  pageCount: number;
  /** The requested page was past the end and was clamped to the last one. */
  pageClamped: boolean;
  /** Filters that named something unknown and were ignored. */
  ignoredFilters: Array<"field" | "agency">;
};

export type FieldDto = Bilingual & { slug: string; procedureCount: number };

export type AgencyOptionDto = Bilingual & { slug: string; level: AdministrativeLevel };
