// Once-only: values the state already holds fill the form, and every value remembers
// where it came from. Identity values are locked: the applicant cannot change them.
import type { PersonRecord, BusinessRecord } from "@/lib/registries/records";
import type { FormValues, ScalarValue } from "./compile";
import type { FormDefinition, FormField, PrefillSource, ScalarField } from "./definition";

export type ValueSource = "IDENTITY" | "REGISTRY" | "PREVIOUS_DOSSIER" | "DATA_STORE" | "TYPED";
export type Provenance = Record<string, ValueSource>;

export type IdentitySnapshot = {
  fullName: string;
  idNumber: string | null;
  birthDate: string | null;
  sex: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  organisation: { name: string; enterpriseCode: string; address: string } | null;
};

/** Sources that lock the field: verified by the identity provider at sign-in. */
const LOCKED_PREFIX = ["identity.fullName", "identity.idNumber", "identity.birthDate", "identity.sex", "organisation."];

export function isLockedSource(source: PrefillSource | undefined): boolean {
  return source !== undefined && LOCKED_PREFIX.some((p) => source.startsWith(p));
}

function identityValue(identity: IdentitySnapshot, source: PrefillSource): string | null {
  const [scope, key] = source.split(".") as [string, string];
  if (scope === "organisation") return identity.organisation?.[key as "name"] ?? null;
  return (identity as unknown as Record<string, string | null>)[key] ?? null;
}

function scalarFields(definition: FormDefinition): ScalarField[] {
  return definition.pages.flatMap((p) => p.fields).filter((f): f is ScalarField => f.type !== "group");
}

/** Contact details an applicant gave in an earlier dossier, by prefill source (never identity values). */
export type PreviousContact = Partial<Record<PrefillSource, string>>;

/** What an earlier dossier's answers say for the editable prefill sources (phone, e-mail, address). */
export function contactFromDossier(definition: FormDefinition, values: FormValues): PreviousContact {
  const found: PreviousContact = {};
  for (const field of scalarFields(definition)) {
    const value = values[field.id];
    if (field.prefill && !isLockedSource(field.prefill) && typeof value === "string" && value)
      found[field.prefill] ??= value;
  }
  return found;
}

/**
 * The opening values of a new draft: the sign-in identity (and the organisation acted
 * for), then, for contact details the profile lacks, the applicant's last dossier.
 */
export function prefillFromIdentity(
  definition: FormDefinition,
  identity: IdentitySnapshot,
  previous: PreviousContact = {},
): { values: FormValues; provenance: Provenance } {
  const values: FormValues = {};
  const provenance: Provenance = {};
  for (const field of scalarFields(definition)) {
    if (!field.prefill) continue;
    const value = identityValue(identity, field.prefill);
    const earlier = isLockedSource(field.prefill) ? undefined : previous[field.prefill];
    if (value) {
      values[field.id] = value;
      provenance[field.id] = "IDENTITY";
    } else if (earlier) {
      values[field.id] = earlier;
      provenance[field.id] = "PREVIOUS_DOSSIER";
    }
  }
  return { values, provenance };
}

/** Fields whose values come from the national business registration database. */
export function businessRegistryFields(fields: FormField[]): Set<string> {
  const ids = new Set<string>();
  for (const field of fields) {
    if (field.type === "group") continue;
    if (field.prefill?.startsWith("organisation.")) ids.add(field.id);
    if (field.type === "enterpriseCode" && field.fill)
      Object.values(field.fill).forEach((target) => target && ids.add(target));
  }
  return ids;
}

/**
 * Locked fields must still hold exactly what the identity provider said: a tampered
 * value is refused. Returns the ids of fields that differ.
 */
export function tamperedLockedFields(
  definition: FormDefinition,
  identity: IdentitySnapshot,
  values: FormValues,
): string[] {
  return scalarFields(definition)
    .filter((f) => isLockedSource(f.prefill))
    .filter((f) => {
      const expected = identityValue(identity, f.prefill!);
      return expected !== null && values[f.id] !== expected;
    })
    .map((f) => f.id);
}

const PERSON_VALUE: Record<string, (p: PersonRecord) => string> = {
  fullName: (p) => p.fullName,
  birthDate: (p) => p.birthDate,
  birthYear: (p) => p.birthDate.slice(0, 4),
  sex: (p) => p.sex,
  ethnicity: (p) => p.ethnicity,
  nationality: (p) => p.nationality,
  address: (p) => `${p.permanentAddress.street}, ${p.permanentAddress.ward}, ${p.permanentAddress.city}`,
};

const BUSINESS_VALUE: Record<string, (b: BusinessRecord) => string> = {
  name: (b) => b.name,
  address: (b) => `${b.address.street}, ${b.address.ward}, ${b.address.city}`,
  legalRepresentative: (b) => b.legalRepresentative.fullName,
};

/** Fills the fields a looked-up registry record covers and marks them as from the registry. */
export function applyRegistryRecord(
  field: ScalarField,
  record: PersonRecord | BusinessRecord,
  values: FormValues,
  provenance: Provenance,
): void {
  if (!("fill" in field) || !field.fill) return;
  const readers = field.type === "idNumber" ? PERSON_VALUE : BUSINESS_VALUE;
  for (const [attribute, target] of Object.entries(field.fill)) {
    const read = readers[attribute];
    if (!read || !target) continue;
    values[target] = read(record as never) as ScalarValue;
    provenance[target] = "REGISTRY";
  }
}

/** How many answers were reused rather than typed, for the once-only statistic. */
export function reuseCounts(values: FormValues, provenance: Provenance): { reused: number; total: number } {
  const keys = Object.keys(values);
  return { reused: keys.filter((k) => provenance[k] && provenance[k] !== "TYPED").length, total: keys.length };
}
