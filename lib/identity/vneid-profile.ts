// Maps the claims VNeID releases to the portal's record of the account.
import type { AccountKind } from "@/lib/generated/prisma/enums";
import { currentTime } from "@/lib/time";

export type VneidClaims = {
  sub: string;
  acr?: string;
  name?: string;
  given_name?: string;
  family_name?: string;
  birthdate?: string;
  gender?: string;
  email?: string;
  phone_number?: string;
  address?: { formatted?: string };
  SoDinhDanh?: string;
  HoVaTen?: string;
  LoaiTaiKhoan?: string;
  MaDoanhNghiep?: string;
  TenDoanhNghiep?: string;
  DiaChiDoanhNghiep?: string;
  NguoiDaiDienPhapLuat?: { SoDinhDanh?: string; HoVaTen?: string };
};

export type IdentityAttributes = {
  kind: AccountKind;
  subject: string;
  idNumber: string | null;
  enterpriseCode: string | null;
  name: string;
  fullName: string;
  birthDate: string | null;
  sex: string | null;
  address: string | null;
  phone: string | null;
  contactEmail: string | null;
  accountLevel: number;
  identitySource: string;
  verifiedAt: Date;
};

export function identityFromClaims(claims: VneidClaims, now = currentTime()): IdentityAttributes {
  const organisation = claims.LoaiTaiKhoan === "TO_CHUC";
  const fullName = (organisation ? claims.TenDoanhNghiep : claims.HoVaTen) ?? claims.name ?? "";
  return {
    kind: organisation ? "ORGANISATION" : "PERSON",
    subject: claims.sub,
    idNumber: organisation ? null : (claims.SoDinhDanh ?? null),
    enterpriseCode: organisation ? (claims.MaDoanhNghiep ?? null) : null,
    name: fullName,
    fullName,
    birthDate: claims.birthdate ?? null,
    sex: claims.gender ?? null,
    address: organisation ? (claims.DiaChiDoanhNghiep ?? null) : (claims.address?.formatted ?? null),
    phone: claims.phone_number ?? null,
    contactEmail: claims.email ?? null,
    accountLevel: claims.acr === "LoA2" ? 2 : 1,
    identitySource: "VNeID",
    verifiedAt: now,
  };
}
