// Agencies of Ho Chi Minh City after the 2025 reorganisation: the city People's
// Committee, its departments and the city police at city level; below it, each ward,
// commune and special zone has its People's Committee and its police (no districts
// since 1/7/2025).
// Codes follow the national agency-code format (`<unit>.<parent>.H29`); they are
// demo values in that format, to be replaced by the official code list on import.
import type { AdministrativeLevel, AgencyKind } from "@/lib/generated/prisma/enums";

export type AgencySeed = {
  code: string;
  slug: string;
  nameVi: string;
  nameEn: string;
  shortVi?: string;
  level: AdministrativeLevel;
  kind: AgencyKind;
  parent?: string;
  addressVi?: string;
  phone?: string;
  email?: string;
};

export const CITY_COMMITTEE = "000.00.00.H29";
export const CITY_POLICE = "000.00.17.H29";

const city: AgencySeed[] = [
  {
    code: CITY_COMMITTEE,
    slug: "ubnd-thanh-pho",
    nameVi: "Ủy ban nhân dân Thành phố Hồ Chí Minh",
    nameEn: "Ho Chi Minh City People's Committee",
    shortVi: "UBND Thành phố",
    level: "CITY",
    kind: "PEOPLES_COMMITTEE",
    addressVi: "86 Lê Thánh Tôn, Phường Sài Gòn, TP. Hồ Chí Minh",
    phone: "028 3829 6052",
  },
  {
    code: "000.00.01.H29",
    slug: "trung-tam-phuc-vu-hanh-chinh-cong",
    nameVi: "Trung tâm Phục vụ hành chính công Thành phố",
    nameEn: "City Public Administration Service Centre",
    level: "CITY",
    kind: "PUBLIC_ADMINISTRATION_CENTER",
    parent: CITY_COMMITTEE,
    phone: "1022",
  },
  {
    code: "000.00.11.H29",
    slug: "so-tu-phap",
    nameVi: "Sở Tư pháp",
    nameEn: "Department of Justice",
    level: "CITY",
    kind: "DEPARTMENT",
    parent: CITY_COMMITTEE,
    addressVi: "141–143 Pasteur, Phường Xuân Hòa, TP. Hồ Chí Minh",
  },
  {
    code: "000.00.12.H29",
    slug: "so-tai-chinh",
    nameVi: "Sở Tài chính",
    nameEn: "Department of Finance",
    level: "CITY",
    kind: "DEPARTMENT",
    parent: CITY_COMMITTEE,
    addressVi: "32 Lê Thánh Tôn, Phường Sài Gòn, TP. Hồ Chí Minh",
  },
  {
    code: "000.00.13.H29",
    slug: "so-xay-dung",
    nameVi: "Sở Xây dựng",
    nameEn: "Department of Construction",
    level: "CITY",
    kind: "DEPARTMENT",
    parent: CITY_COMMITTEE,
  },
  {
    code: "000.00.14.H29",
    slug: "so-noi-vu",
    nameVi: "Sở Nội vụ",
    nameEn: "Department of Home Affairs",
    level: "CITY",
    kind: "DEPARTMENT",
    parent: CITY_COMMITTEE,
  },
  {
    code: "000.00.15.H29",
    slug: "so-y-te",
    nameVi: "Sở Y tế",
    nameEn: "Department of Health",
    level: "CITY",
    kind: "DEPARTMENT",
    parent: CITY_COMMITTEE,
  },
  {
    code: "000.00.16.H29",
    slug: "so-nong-nghiep-va-moi-truong",
    nameVi: "Sở Nông nghiệp và Môi trường",
    nameEn: "Department of Agriculture and Environment",
    level: "CITY",
    kind: "DEPARTMENT",
    parent: CITY_COMMITTEE,
  },
  {
    code: CITY_POLICE,
    slug: "cong-an-thanh-pho",
    nameVi: "Công an Thành phố Hồ Chí Minh",
    nameEn: "Ho Chi Minh City Police",
    shortVi: "Công an Thành phố",
    level: "CITY",
    kind: "POLICE",
    parent: CITY_COMMITTEE,
  },
];

/** [code suffix, slug, Vietnamese name, English name] of the demo wards, communes and special zone. */
const wardRows: Array<[string, string, string, string]> = [
  ["01", "phuong-sai-gon", "Phường Sài Gòn", "Sai Gon Ward"],
  ["02", "phuong-tan-dinh", "Phường Tân Định", "Tan Dinh Ward"],
  ["03", "phuong-ben-thanh", "Phường Bến Thành", "Ben Thanh Ward"],
  ["04", "phuong-cau-ong-lanh", "Phường Cầu Ông Lãnh", "Cau Ong Lanh Ward"],
  ["05", "phuong-ban-co", "Phường Bàn Cờ", "Ban Co Ward"],
  ["06", "phuong-xuan-hoa", "Phường Xuân Hòa", "Xuan Hoa Ward"],
  ["07", "phuong-nhieu-loc", "Phường Nhiêu Lộc", "Nhieu Loc Ward"],
  ["08", "phuong-khanh-hoi", "Phường Khánh Hội", "Khanh Hoi Ward"],
  ["09", "phuong-cho-lon", "Phường Chợ Lớn", "Cho Lon Ward"],
  ["10", "phuong-binh-tay", "Phường Bình Tây", "Binh Tay Ward"],
  ["11", "phuong-gia-dinh", "Phường Gia Định", "Gia Dinh Ward"],
  ["12", "phuong-binh-thanh", "Phường Bình Thạnh", "Binh Thanh Ward"],
  ["13", "phuong-thu-duc", "Phường Thủ Đức", "Thu Duc Ward"],
  ["14", "phuong-linh-xuan", "Phường Linh Xuân", "Linh Xuan Ward"],
  ["15", "phuong-tan-son-nhat", "Phường Tân Sơn Nhất", "Tan Son Nhat Ward"],
  ["16", "phuong-thu-dau-mot", "Phường Thủ Dầu Một", "Thu Dau Mot Ward"],
  ["17", "phuong-di-an", "Phường Dĩ An", "Di An Ward"],
  ["18", "phuong-vung-tau", "Phường Vũng Tàu", "Vung Tau Ward"],
  ["19", "phuong-ba-ria", "Phường Bà Rịa", "Ba Ria Ward"],
  ["20", "xa-binh-chanh", "Xã Bình Chánh", "Binh Chanh Commune"],
  ["21", "xa-cu-chi", "Xã Củ Chi", "Cu Chi Commune"],
  ["22", "xa-can-gio", "Xã Cần Giờ", "Can Gio Commune"],
  ["23", "xa-hoc-mon", "Xã Hóc Môn", "Hoc Mon Commune"],
  ["24", "dac-khu-con-dao", "Đặc khu Côn Đảo", "Con Dao Special Zone"],
];

const wards: AgencySeed[] = wardRows.map(([n, slug, nameVi, nameEn]) => ({
  code: `${n}.98.H29`,
  slug: `ubnd-${slug}`,
  nameVi: `Ủy ban nhân dân ${nameVi}`,
  nameEn: `${nameEn} People's Committee`,
  shortVi: nameVi,
  level: "WARD",
  kind: "PEOPLES_COMMITTEE",
  parent: CITY_COMMITTEE,
}));

/** Residence is registered with the police of the ward, commune or special zone (Law on Residence 2020). */
const wardPolice: AgencySeed[] = wardRows.map(([n, slug, nameVi, nameEn]) => ({
  code: `${n}.17.H29`,
  slug: `ca-${slug}`,
  nameVi: `Công an ${nameVi}`,
  nameEn: `${nameEn} Police`,
  shortVi: `Công an ${nameVi}`,
  level: "WARD",
  kind: "POLICE",
  parent: CITY_POLICE,
}));

export const AGENCIES: AgencySeed[] = [...city, ...wards, ...wardPolice];

/**
 * A demo tax code for an agency, in the shape of a 10-digit Vietnamese tax code (mã số
 * thuế), the same for the same agency code on every run; the official codes replace them
 * on import, like the agency codes.
 */
export function demoTaxCode(agencyCode: string): string {
  let hash = 0;
  for (const char of agencyCode) hash = (hash * 31 + char.charCodeAt(0)) % 100_000_000;
  return `03${String(hash).padStart(8, "0")}`;
}

export function agencyCode(slug: string): string {
  const found = AGENCIES.find((a) => a.slug === slug);
  if (!found) throw new Error(`Unknown agency ${slug}`);
  return found.code;
}
