// What the state already knows, as the portal reads it: the national population database
// and the national business registration database. The VNeID stand-in serves simulated
// ones over HTTP; a real registry integration implements the same two interfaces.
import type { Sex } from "@/lib/identity/id-number";

export type Address = { street: string; ward: string; city: string };

export type PersonRecord = {
  idNumber: string;
  fullName: string;
  familyName: string;
  givenName: string;
  birthDate: string;
  sex: Sex;
  ethnicity: string;
  nationality: string;
  hometown: string;
  permanentAddress: Address;
  phone: string | null;
  email: string | null;
  maritalStatus: "single" | "married" | "widowed" | "divorced";
  spouseIdNumber: string | null;
  fatherIdNumber: string | null;
  motherIdNumber: string | null;
  /** Earlier places of residence, oldest first (criminal-record forms ask from age 14). */
  residenceHistory: Array<{ from: string; to: string; address: Address; occupation: string }>;
};

export type BusinessRecord = {
  enterpriseCode: string;
  name: string;
  kind: "ENTERPRISE" | "HOUSEHOLD_BUSINESS";
  address: Address;
  legalRepresentative: { idNumber: string; fullName: string; title: string };
  registeredOn: string;
  status: "active" | "suspended";
};

export interface PopulationRegistry {
  findPerson(idNumber: string): Promise<PersonRecord | null>;
}

export interface BusinessRegistry {
  findBusiness(enterpriseCode: string): Promise<BusinessRecord | null>;
}
