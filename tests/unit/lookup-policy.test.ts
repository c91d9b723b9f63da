// What a registry lookup of another person's ID number may give back (issue 19 finding 1).
import { describe, expect, it } from "vitest";
import { decideLookup, namesMatch, relationHolds } from "@/lib/registries/lookup-policy";
import type { PersonRecord } from "@/lib/registries/records";

const person = (
  idNumber: string,
  fullName: string,
  links: Partial<Pick<PersonRecord, "spouseIdNumber" | "fatherIdNumber" | "motherIdNumber">> = {},
): PersonRecord => ({
  idNumber,
  fullName,
  familyName: "",
  givenName: "",
  birthDate: "1990-01-01",
  sex: "male",
  ethnicity: "Kinh",
  nationality: "Việt Nam",
  hometown: "",
  permanentAddress: { street: "1 Lê Lợi", ward: "Phường Sài Gòn", city: "Thành phố Hồ Chí Minh" },
  phone: null,
  email: null,
  maritalStatus: "married",
  spouseIdNumber: null,
  fatherIdNumber: null,
  motherIdNumber: null,
  residenceHistory: [],
  ...links,
});

const applicant = person("079090001234", "Nguyễn Văn An", {
  spouseIdNumber: "079192005678",
  fatherIdNumber: "079060000001",
  motherIdNumber: "079162000002",
});
const wife = person("079192005678", "Trần Thị Bình");

describe("relations the registry confirms", () => {
  it("holds only for the number the applicant's own record names", () => {
    expect(relationHolds("spouse", applicant, "079192005678")).toBe(true);
    expect(relationHolds("father", applicant, "079060000001")).toBe(true);
    expect(relationHolds("mother", applicant, "079162000002")).toBe(true);
    expect(relationHolds("selfOrSpouse", applicant, "079090001234")).toBe(true);
    expect(relationHolds("selfOrSpouse", applicant, "079192005678")).toBe(true);
    expect(relationHolds("self", applicant, "079192005678")).toBe(false);
    expect(relationHolds("father", applicant, "079162000002")).toBe(false);
    expect(relationHolds("spouse", person("079111111111", "Người Độc Thân"), "079192005678")).toBe(false);
  });
});

describe("the answer", () => {
  it(
    "fills for a confirmed relation, otherwise confirms a matching name only, and reads the same for an unknown " +
      "number",
    () => {
      expect(
        decideLookup({
          relation: "selfOrSpouse",
          applicant,
          found: wife,
          idNumber: wife.idNumber,
          typedName: undefined,
        }),
      ).toEqual({ kind: "fill", record: wife });
      expect(
        decideLookup({
          relation: undefined,
          applicant,
          found: wife,
          idNumber: wife.idNumber,
          typedName: "trần thị bình",
        }),
      ).toEqual({ kind: "name-confirmed", fullName: "Trần Thị Bình" });
      expect(
        decideLookup({
          relation: "father",
          applicant,
          found: wife,
          idNumber: wife.idNumber,
          typedName: "Tran Thi Binh",
        }),
      ).toEqual({ kind: "not-confirmed" });
      expect(
        decideLookup({
          relation: "spouse",
          applicant: null,
          found: wife,
          idNumber: wife.idNumber,
          typedName: undefined,
        }),
      ).toEqual({ kind: "not-confirmed" });
      expect(
        decideLookup({
          relation: undefined,
          applicant,
          found: null,
          idNumber: "079192999999",
          typedName: "Trần Thị Bình",
        }),
      ).toEqual({ kind: "not-confirmed" });
    },
  );

  it("matches names whatever the case and spacing, never without their diacritics", () => {
    expect(namesMatch("Trần Thị Bình", "  TRẦN  thị bình ")).toBe(true);
    expect(namesMatch("Trần Thị Bình", "Tran Thi Binh")).toBe(false);
    expect(namesMatch("Trần Thị Bình", "")).toBe(false);
    // The same letters composed differently (NFD from some keyboards) still match.
    expect(namesMatch("Trần Thị Bình", "Trần Thị Bình".normalize("NFD"))).toBe(true);
  });
});
