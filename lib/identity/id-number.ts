// The 12-digit personal identification number (số định danh cá nhân): PPP G YY RRRRRR.
// PPP is the province of birth registration, G encodes century and sex, YY the last two
// digits of the birth year, then six random digits. There is no check digit, so the
// number is validated against the holder's date of birth and sex when those are known.

/** Province codes of the 63 provinces before the 2025 merger (numbers already issued keep them). */
export const PROVINCE_CODES = new Set([
  "001",
  "002",
  "004",
  "006",
  "008",
  "010",
  "011",
  "012",
  "014",
  "015",
  "017",
  "019",
  "020",
  "022",
  "024",
  "025",
  "026",
  "027",
  "030",
  "031",
  "033",
  "034",
  "035",
  "036",
  "037",
  "038",
  "040",
  "042",
  "044",
  "045",
  "046",
  "048",
  "049",
  "051",
  "052",
  "054",
  "056",
  "058",
  "060",
  "062",
  "064",
  "066",
  "067",
  "068",
  "070",
  "072",
  "074",
  "075",
  "077",
  "079",
  "080",
  "082",
  "083",
  "084",
  "086",
  "087",
  "089",
  "091",
  "092",
  "093",
  "094",
  "095",
  "096",
]);

export type Sex = "male" | "female";

export type IdNumberProblem = "format" | "province" | "century" | "birth-year" | "sex";

/** The century/sex digit for a birth year and sex (1900s: 0/1, 2000s: 2/3, ... up to 2300s). */
export function centurySexDigit(birthYear: number, sex: Sex): number {
  const century = Math.floor(birthYear / 100) - 19;
  if (century < 0 || century > 4) throw new RangeError(`No century digit for ${birthYear}`);
  return century * 2 + (sex === "female" ? 1 : 0);
}

/** Decodes the birth century, sex and year the number states; null when the shape is wrong. */
export function decodeIdNumber(id: string): { province: string; sex: Sex; birthYear: number } | null {
  if (!/^\d{12}$/.test(id)) return null;
  const g = Number(id[3]);
  const yy = Number(id.slice(4, 6));
  return {
    province: id.slice(0, 3),
    sex: g % 2 === 0 ? "male" : "female",
    birthYear: 1900 + Math.floor(g / 2) * 100 + yy,
  };
}

/** Every problem with the number, given what is known of its holder (empty when valid). */
export function checkIdNumber(id: string, holder: { birthDate?: string; sex?: Sex } = {}): IdNumberProblem[] {
  const decoded = decodeIdNumber(id);
  if (!decoded) return ["format"];
  const problems: IdNumberProblem[] = [];
  if (!PROVINCE_CODES.has(decoded.province)) problems.push("province");
  if (holder.birthDate) {
    const year = Number(holder.birthDate.slice(0, 4));
    if (Math.floor(year / 100) !== Math.floor(decoded.birthYear / 100)) problems.push("century");
    else if (year !== decoded.birthYear) problems.push("birth-year");
  }
  if (holder.sex && holder.sex !== decoded.sex) problems.push("sex");
  return problems;
}

export function isValidIdNumber(id: string, holder?: { birthDate?: string; sex?: Sex }): boolean {
  return checkIdNumber(id, holder).length === 0;
}

/** Builds a structurally valid number (the simulated registry uses it). */
export function composeIdNumber(province: string, birthYear: number, sex: Sex, serial: number): string {
  const year = String(birthYear % 100).padStart(2, "0");
  return `${province}${centurySexDigit(birthYear, sex)}${year}${String(serial % 1_000_000).padStart(6, "0")}`;
}

/** `******1234`: what the interface shows unless the person needs the whole number. */
export function maskIdNumber(id: string): string {
  return `${"*".repeat(Math.max(0, id.length - 4))}${id.slice(-4)}`;
}
