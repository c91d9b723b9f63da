// The working-day calendar for 2025–2027. Public holidays follow the Labor Code 2019,
// Art. 112; the exact days off, compensatory days and swapped working Saturdays are
// announced each year, so they are data maintained by administrators. Days not yet
// announced are seeded as projections (confirmed: false) for an administrator to confirm.
import type { CalendarDayKind } from "@/lib/generated/prisma/enums";

export type CalendarSeed = {
  date: string;
  kind: CalendarDayKind;
  nameVi: string;
  nameEn: string;
  confirmed: boolean;
  source: string;
};

const LABOR_CODE = "Bộ luật Lao động 2019, Điều 112";
const PROJECTED = "Dự kiến theo Bộ luật Lao động 2019, Điều 112; chờ thông báo chính thức";

function days(
  dates: string[],
  kind: CalendarDayKind,
  nameVi: string,
  nameEn: string,
  confirmed: boolean,
  source: string,
): CalendarSeed[] {
  return dates.map((date) => ({ date, kind, nameVi, nameEn, confirmed, source }));
}

const TET_VI = "Tết Nguyên đán";
const TET_EN = "Lunar New Year (Tết)";
const HUNG_VI = "Giỗ Tổ Hùng Vương (10/3 âm lịch)";
const HUNG_EN = "Hung Kings' Commemoration";
const REUNIFICATION_VI = "Ngày Chiến thắng (30/4)";
const REUNIFICATION_EN = "Reunification Day";
const LABOUR_VI = "Ngày Quốc tế Lao động (1/5)";
const LABOUR_EN = "International Labour Day";
const NATIONAL_VI = "Quốc khánh";
const NATIONAL_EN = "National Day";
const COMP_VI = "Nghỉ bù";
const COMP_EN = "Compensatory day off";
const SWAP_VI = "Làm việc bù (hoán đổi ngày nghỉ)";
const SWAP_EN = "Working Saturday (swapped day)";

export const CALENDAR: CalendarSeed[] = [
  // 2025
  ...days(["2025-01-01"], "HOLIDAY", "Tết Dương lịch", "New Year's Day", true, LABOR_CODE),
  ...days(
    ["2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01"],
    "HOLIDAY",
    TET_VI,
    TET_EN,
    true,
    LABOR_CODE,
  ),
  ...days(
    ["2025-01-27"],
    "COMPENSATORY_DAY_OFF",
    `${COMP_VI} Tết Nguyên đán`,
    `${COMP_EN} (Tết)`,
    true,
    "Thông báo nghỉ Tết Ất Tỵ 2025 (25/1–2/2/2025)",
  ),
  ...days(["2025-04-07"], "HOLIDAY", HUNG_VI, HUNG_EN, true, LABOR_CODE),
  ...days(["2025-04-30"], "HOLIDAY", REUNIFICATION_VI, REUNIFICATION_EN, true, LABOR_CODE),
  ...days(["2025-05-01"], "HOLIDAY", LABOUR_VI, LABOUR_EN, true, LABOR_CODE),
  ...days(
    ["2025-05-02"],
    "COMPENSATORY_DAY_OFF",
    "Nghỉ hoán đổi dịp 30/4–1/5",
    "Swapped day off (30/4–1/5)",
    true,
    "Thông báo nghỉ lễ 30/4–1/5/2025",
  ),
  ...days(["2025-04-26"], "WORKING_SATURDAY", SWAP_VI, SWAP_EN, true, "Thông báo nghỉ lễ 30/4–1/5/2025"),
  ...days(["2025-09-01", "2025-09-02"], "HOLIDAY", NATIONAL_VI, NATIONAL_EN, true, LABOR_CODE),
  // 2026 (Tết Bính Ngọ: 14/2–22/2/2026)
  ...days(["2026-01-01"], "HOLIDAY", "Tết Dương lịch", "New Year's Day", true, LABOR_CODE),
  ...days(
    ["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"],
    "HOLIDAY",
    TET_VI,
    TET_EN,
    true,
    LABOR_CODE,
  ),
  ...days(["2026-04-26"], "HOLIDAY", HUNG_VI, HUNG_EN, true, LABOR_CODE),
  ...days(
    ["2026-04-27"],
    "COMPENSATORY_DAY_OFF",
    `${COMP_VI} Giỗ Tổ Hùng Vương`,
    `${COMP_EN} (Hung Kings)`,
    true,
    LABOR_CODE,
  ),
  ...days(["2026-04-30"], "HOLIDAY", REUNIFICATION_VI, REUNIFICATION_EN, true, LABOR_CODE),
  ...days(["2026-05-01"], "HOLIDAY", LABOUR_VI, LABOUR_EN, true, LABOR_CODE),
  ...days(["2026-09-01", "2026-09-02"], "HOLIDAY", NATIONAL_VI, NATIONAL_EN, false, PROJECTED),
  // 2027 (projected: Tết Đinh Mùi falls on Saturday 6/2/2027)
  ...days(["2027-01-01"], "HOLIDAY", "Tết Dương lịch", "New Year's Day", true, LABOR_CODE),
  ...days(
    ["2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09"],
    "HOLIDAY",
    TET_VI,
    TET_EN,
    false,
    PROJECTED,
  ),
  ...days(
    ["2027-02-10", "2027-02-11"],
    "COMPENSATORY_DAY_OFF",
    `${COMP_VI} Tết Nguyên đán`,
    `${COMP_EN} (Tết)`,
    false,
    PROJECTED,
  ),
  ...days(["2027-04-15"], "HOLIDAY", HUNG_VI, HUNG_EN, false, PROJECTED),
  ...days(["2027-04-30"], "HOLIDAY", REUNIFICATION_VI, REUNIFICATION_EN, true, LABOR_CODE),
  ...days(["2027-05-01"], "HOLIDAY", LABOUR_VI, LABOUR_EN, true, LABOR_CODE),
  ...days(["2027-05-03"], "COMPENSATORY_DAY_OFF", `${COMP_VI} 1/5`, `${COMP_EN} (Labour Day)`, false, PROJECTED),
  ...days(["2027-09-02", "2027-09-03"], "HOLIDAY", NATIONAL_VI, NATIONAL_EN, false, PROJECTED),
];
