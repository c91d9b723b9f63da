// What a registry lookup of someone else's ID number may reveal to the applicant
// (docs/domain.md §8, issue 19 finding 1). The population registry answers anyone's number;
// the portal passes its record on only when the registry itself says the person is the
// applicant, their spouse, father or mother, as the form's field claims. Otherwise the
// applicant types the name and the portal says no more than whether it matches.
import type { PersonRecord } from "@/lib/registries/records";

export type PersonRelation = "self" | "spouse" | "father" | "mother" | "selfOrSpouse";

/** Whether the registry's record of the applicant puts `idNumber` in `relation` to them. */
export function relationHolds(relation: PersonRelation, applicant: PersonRecord, idNumber: string): boolean {
  switch (relation) {
    case "self":
      return applicant.idNumber === idNumber;
    case "spouse":
      return applicant.spouseIdNumber === idNumber;
    case "father":
      return applicant.fatherIdNumber === idNumber;
    case "mother":
      return applicant.motherIdNumber === idNumber;
    case "selfOrSpouse":
      return applicant.idNumber === idNumber || applicant.spouseIdNumber === idNumber;
  }
}

function comparable(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("vi");
}

/** A typed name matches the registry's when they differ only in case and spacing (never in diacritics: Lê is not Le).
 * */
export function namesMatch(registered: string, typed: string): boolean {
  return typed.trim() !== "" && comparable(registered) === comparable(typed);
}

/**
 * What the lookup gives back: the record to fill the form with, or only whether the name
 * typed matches (then in the registry's spelling). A number the registry does not know reads like a name that does not
 * match,
 * so the answer does not tell which numbers exist.
 */
export type LookupOutcome =
  { kind: "fill"; record: PersonRecord } | { kind: "name-confirmed"; fullName: string } | { kind: "not-confirmed" };

export function decideLookup(options: {
  relation: PersonRelation | undefined;
  applicant: PersonRecord | null;
  found: PersonRecord | null;
  idNumber: string;
  typedName: string | undefined;
}): LookupOutcome {
  const { relation, applicant, found, idNumber, typedName } = options;
  if (!found) return { kind: "not-confirmed" };
  if (relation && applicant && relationHolds(relation, applicant, idNumber)) return { kind: "fill", record: found };
  // The name as the registry writes it: the applicant typed it already, so it tells them nothing new.
  if (typedName !== undefined && namesMatch(found.fullName, typedName))
    return { kind: "name-confirmed", fullName: found.fullName };
  return { kind: "not-confirmed" };
}
