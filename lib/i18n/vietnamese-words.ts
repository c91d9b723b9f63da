// Numbers and dates in Vietnamese words, as civil-status papers write a date of birth
// ("Ngày hai mươi, tháng mười một, năm hai nghìn không trăm hai mươi sáu") so that it
// cannot be altered by changing a figure.

const DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

/** 0–99: "mười", "mười lăm", "hai mươi mốt", "hai mươi tư", "ba mươi lăm". */
function belowHundred(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const units = n % 10;
  const head = tens === 1 ? "mười" : `${DIGITS[tens]} mươi`;
  if (units === 0) return head;
  if (units === 5) return `${head} lăm`;
  if (units === 1 && tens > 1) return `${head} mốt`;
  if (units === 4 && tens > 1) return `${head} tư`;
  return `${head} ${DIGITS[units]}`;
}

/** 0–999, with "linh" for a missing ten ("một trăm linh năm") when `full` asks for the hundreds. */
function belowThousand(n: number, full: boolean): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (!full && hundreds === 0) return belowHundred(rest);
  const head = `${DIGITS[hundreds]} trăm`;
  if (rest === 0) return head;
  if (rest < 10) return `${head} linh ${DIGITS[rest]}`;
  return `${head} ${belowHundred(rest)}`;
}

/** A whole number from 0 to 999 999 999 999 in words ("một trăm năm mươi triệu"). */
export function numberInWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999_999_999_999) throw new RangeError(`out of range: ${n}`);
  if (n === 0) return DIGITS[0]!;
  const groups: Array<[number, string]> = [
    [Math.floor(n / 1_000_000_000), "tỷ"],
    [Math.floor(n / 1_000_000) % 1000, "triệu"],
    [Math.floor(n / 1000) % 1000, "nghìn"],
    [n % 1000, ""],
  ];
  const words: string[] = [];
  for (const [value, unit] of groups) {
    // A group after a spoken one keeps its hundreds: 2026 is "hai nghìn không trăm hai mươi sáu".
    if (value === 0) continue;
    words.push(belowThousand(value, words.length > 0), unit);
  }
  return words.filter(Boolean).join(" ");
}

/** "2026-11-20" as "Ngày hai mươi, tháng mười một, năm hai nghìn không trăm hai mươi sáu". */
export function dateInWords(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  return `Ngày ${numberInWords(day)}, tháng ${numberInWords(month)}, năm ${numberInWords(year)}`;
}
