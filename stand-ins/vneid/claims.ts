// Claims the stand-in releases, named as in VNeID integrations (SoDinhDanh, HoVaTen,
// NgayThangNamSinh, LoaiTaiKhoan) beside the standard OpenID Connect ones.
import type { Account } from "@/stand-ins/vneid/accounts";

export const SCOPE_CLAIMS = {
  profile: ["name", "given_name", "family_name", "birthdate", "gender", "HoVaTen", "NgayThangNamSinh"],
  email: ["email"],
  phone: ["phone_number"],
  address: ["address"],
  vneid: ["SoDinhDanh", "LoaiTaiKhoan", "account_level"],
  organization: ["MaDoanhNghiep", "TenDoanhNghiep", "DiaChiDoanhNghiep", "NguoiDaiDienPhapLuat"],
} as const;

/** Vietnamese descriptions of each claim for the consent screen. */
export const CLAIM_LABELS: Record<string, string> = {
  sub: "Mã định danh tài khoản với ứng dụng",
  name: "Họ và tên",
  given_name: "Tên",
  family_name: "Họ và tên đệm",
  birthdate: "Ngày sinh",
  gender: "Giới tính",
  HoVaTen: "Họ và tên",
  NgayThangNamSinh: "Ngày, tháng, năm sinh",
  email: "Thư điện tử",
  phone_number: "Số điện thoại",
  address: "Nơi thường trú",
  SoDinhDanh: "Số định danh cá nhân",
  LoaiTaiKhoan: "Loại tài khoản",
  account_level: "Mức độ tài khoản",
  MaDoanhNghiep: "Mã số doanh nghiệp",
  TenDoanhNghiep: "Tên doanh nghiệp",
  DiaChiDoanhNghiep: "Địa chỉ trụ sở",
  NguoiDaiDienPhapLuat: "Người đại diện theo pháp luật",
};

function yyyymmdd(iso: string): string {
  return iso.replaceAll("-", "");
}

/** Every claim the account has; the provider releases those the granted scopes cover. */
export function claimsFor(account: Account): Record<string, unknown> {
  if (account.kind === "organisation") {
    const b = account.business;
    return {
      sub: account.subject,
      name: b.name,
      LoaiTaiKhoan: "TO_CHUC",
      account_level: account.level,
      MaDoanhNghiep: b.enterpriseCode,
      TenDoanhNghiep: b.name,
      DiaChiDoanhNghiep: `${b.address.street}, ${b.address.ward}, ${b.address.city}`,
      NguoiDaiDienPhapLuat: {
        SoDinhDanh: b.legalRepresentative.idNumber,
        HoVaTen: b.legalRepresentative.fullName,
        ChucDanh: b.legalRepresentative.title,
      },
    };
  }
  const p = account.person;
  return {
    sub: account.subject,
    name: p.fullName,
    given_name: p.givenName,
    family_name: p.familyName,
    birthdate: p.birthDate,
    gender: p.sex,
    HoVaTen: p.fullName,
    NgayThangNamSinh: yyyymmdd(p.birthDate),
    email: p.email ?? undefined,
    phone_number: p.phone ?? undefined,
    address: {
      formatted: `${p.permanentAddress.street}, ${p.permanentAddress.ward}, ${p.permanentAddress.city}`,
      street_address: p.permanentAddress.street,
      locality: p.permanentAddress.ward,
      region: p.permanentAddress.city,
      country: "VN",
    },
    SoDinhDanh: p.idNumber,
    LoaiTaiKhoan: "CONG_DAN",
    account_level: account.level,
  };
}
