// The agency that decides a procedure (docs/domain.md §8b). A procedure version names a
// kind of agency: a ward-level kind is a choice the applicant makes among the agencies of
// that kind (the ward where they live, where the house stands...), a city-level kind is
// the procedure's one handling agency. Routing, the ward choices a form offers and the
// publish check all read this table.
import type { AdministrativeLevel, AgencyKind, CompetentAgencyKind } from "@/lib/generated/prisma/enums";

export const COMPETENT_AGENCY: Record<CompetentAgencyKind, { level: AdministrativeLevel; kind: AgencyKind }> = {
  WARD_PEOPLES_COMMITTEE: { level: "WARD", kind: "PEOPLES_COMMITTEE" },
  WARD_POLICE: { level: "WARD", kind: "POLICE" },
  CITY_PEOPLES_COMMITTEE: { level: "CITY", kind: "PEOPLES_COMMITTEE" },
  CITY_DEPARTMENT: { level: "CITY", kind: "DEPARTMENT" },
  CITY_POLICE: { level: "CITY", kind: "POLICE" },
};

/** The e-form field whose answer names the deciding agency, when the applicant chooses it. */
export const COMPETENT_WARD_FIELD = "competentWard";

/** True when the applicant chooses the deciding agency (a ward-level kind). */
export function isChosenByApplicant(kind: CompetentAgencyKind): boolean {
  return COMPETENT_AGENCY[kind].level === "WARD";
}

/** True when an agency is of the kind a version names. */
export function isOfKind(
  agency: { level: AdministrativeLevel; kind: AgencyKind },
  competent: CompetentAgencyKind,
): boolean {
  const wanted = COMPETENT_AGENCY[competent];
  return agency.level === wanted.level && agency.kind === wanted.kind;
}
