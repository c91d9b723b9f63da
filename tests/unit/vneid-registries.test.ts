// The simulated registries must look like the real ones to the modules that read them.
import { describe, expect, it } from "vitest";
import { checkIdNumber } from "@/lib/identity/id-number";
import { DEMO_PASSWORD, checkPassword, findAccountByLogin } from "@/stand-ins/vneid/accounts";
import { BUSINESSES, findBusinessRecord } from "@/stand-ins/vneid/businesses";
import { claimsFor } from "@/stand-ins/vneid/claims";
import { findPersonRecord, POPULATION } from "@/stand-ins/vneid/population";

describe("simulated population database", () => {
  it("holds at least 200 people with valid, unique ID numbers", () => {
    expect(POPULATION.length).toBeGreaterThanOrEqual(200);
    expect(new Set(POPULATION.map((p) => p.idNumber)).size).toBe(POPULATION.length);
    for (const p of POPULATION)
      expect(checkIdNumber(p.idNumber, { birthDate: p.birthDate, sex: p.sex }), p.idNumber).toEqual([]);
  });

  it("links spouses both ways and children to parents who exist", () => {
    const married = POPULATION.filter((p) => p.spouseIdNumber);
    expect(married.length).toBeGreaterThan(100);
    for (const p of married) expect(findPersonRecord(p.spouseIdNumber!)?.spouseIdNumber).toBe(p.idNumber);
    const children = POPULATION.filter((p) => p.fatherIdNumber);
    expect(children.length).toBeGreaterThan(20);
    for (const c of children) expect(findPersonRecord(c.motherIdNumber!)).not.toBeNull();
    expect(POPULATION.filter((p) => p.residenceHistory.length > 0).length).toBeGreaterThan(20);
  });
});

describe("simulated business registry", () => {
  it("holds at least 20 enterprises and household businesses with representatives in the population", () => {
    expect(BUSINESSES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(BUSINESSES.map((b) => b.kind))).toEqual(new Set(["ENTERPRISE", "HOUSEHOLD_BUSINESS"]));
    for (const b of BUSINESSES)
      expect(findPersonRecord(b.legalRepresentative.idNumber)?.fullName).toBe(b.legalRepresentative.fullName);
    expect(findBusinessRecord("0312345678")?.legalRepresentative.idNumber).toBe("079085002468");
  });
});

describe("accounts and claims", () => {
  it("has the personas of every case", () => {
    expect(findAccountByLogin("079090001234")).toMatchObject({ kind: "person", level: 2, blocked: false });
    expect(findAccountByLogin("079195004321")).toMatchObject({ level: 1 });
    expect(findAccountByLogin("079088007777")).toMatchObject({ blocked: true });
    expect(findAccountByLogin("0312345678")).toMatchObject({ kind: "organisation" });
    expect(checkPassword(DEMO_PASSWORD)).toBe(true);
    expect(checkPassword("wrong")).toBe(false);
  });

  it("releases VNeID claim names with yyyyMMdd birth dates", () => {
    const claims = claimsFor(findAccountByLogin("079090001234")!);
    expect(claims).toMatchObject({
      SoDinhDanh: "079090001234",
      HoVaTen: "Nguyễn Văn An",
      NgayThangNamSinh: "19900512",
      LoaiTaiKhoan: "CONG_DAN",
      birthdate: "1990-05-12",
    });
    expect(claimsFor(findAccountByLogin("0312345678")!)).toMatchObject({
      LoaiTaiKhoan: "TO_CHUC",
      MaDoanhNghiep: "0312345678",
      NguoiDaiDienPhapLuat: { SoDinhDanh: "079085002468" },
    });
  });
});
