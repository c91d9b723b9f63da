// Public catalogue queries against the seeded database.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  getProcedureBySlug,
  listCatalogueAgencies,
  listFeaturedProcedures,
  listFields,
  searchCatalogue,
} from "@/lib/procedures/queries";
import { PAGE_SIZE, parseCatalogueParams } from "@/lib/procedures/schemas";

const search = (raw: Record<string, string>) => searchCatalogue(parseCatalogueParams(raw));
const names = async (raw: Record<string, string>) => (await search(raw)).items.map((i) => i.name.vi);

describe("searchCatalogue", () => {
  it.each(["khai sinh", "Khai Sinh", "dang ky khai sinh", "ĐĂNG KÝ KHAI SINH", "  dang   KY khai-sinh "])(
    "finds birth registration first for %j",
    async (q) => {
      expect((await names({ q }))[0]).toBe("Đăng ký khai sinh");
    },
  );

  it("matches keywords and codes, not only names", async () => {
    expect(await names({ q: "hộ khẩu" })).toContain("Đăng ký thường trú");
    expect((await names({ q: "1.001193" }))[0]).toBe("Đăng ký khai sinh");
    expect(await names({ q: "work permit" })).toContain("Cấp giấy phép lao động cho người lao động nước ngoài");
  });

  it("ranks names containing the phrase above keyword-only matches", async () => {
    const khaiSinh = await names({ q: "khai sinh" });
    expect(khaiSinh.slice(0, 2)).toEqual(["Đăng ký khai sinh", "Đăng ký lại khai sinh"]);
    expect(khaiSinh).toContain("Cấp bản sao trích lục hộ tịch");
  });

  it("puts the commonly used procedure first among equally good name matches", async () => {
    const result = await names({ q: "giay phep xay dung" });
    expect(result[0]).toBe("Cấp giấy phép xây dựng nhà ở riêng lẻ");
    expect(result).toContain("Gia hạn giấy phép xây dựng");
  });

  it("filters by field, level, agency and service level", async () => {
    const field = await search({ field: "cu-tru" });
    expect(field.total).toBe(4);
    expect(field.items.every((i) => i.field.slug === "cu-tru")).toBe(true);
    const city = await search({ level: "CITY" });
    expect(city.items.every((i) => i.level === "CITY")).toBe(true);
    const police = await search({ agency: "cong-an-thanh-pho" });
    expect(police.items.map((i) => i.name.vi)).toEqual(
      expect.arrayContaining(["Đăng ký thường trú", "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam"]),
    );
    const partial = await search({ service: "PARTIAL_ONLINE" });
    expect(partial.total).toBeGreaterThan(0);
    expect(partial.items.every((i) => i.serviceLevel === "PARTIAL_ONLINE")).toBe(true);
    const combined = await search({ q: "khai sinh", field: "ho-tich", level: "WARD", service: "FULL_ONLINE" });
    expect(combined.items.map((i) => i.slug)).toContain("dang-ky-khai-sinh");
  });

  it("paginates, and clamps a page past the end to the last page", async () => {
    const all = await search({});
    expect(all.items).toHaveLength(PAGE_SIZE);
    expect(all.pageCount).toBe(Math.ceil(all.total / PAGE_SIZE));
    const second = await search({ page: "2" });
    expect(second.items.map((i) => i.code)).not.toContain(all.items[0]?.code);
    const past = await search({ page: "999" });
    expect(past).toMatchObject({ page: all.pageCount, pageClamped: true });
    expect(past.items.length).toBeGreaterThan(0);
  });

  it("ignores unknown filters and says so", async () => {
    const result = await search({ field: "khong-ton-tai", agency: "khong-co" });
    expect(result.ignoredFilters).toEqual(["field", "agency"]);
    expect(result.total).toBe((await search({})).total);
  });

  it("answers hostile or huge queries with an empty or normal page", async () => {
    expect((await search({ q: '\'; DROP TABLE "Procedure"; --' })).total).toBe(0);
    expect((await search({ q: "%%%___" })).total).toBe((await search({})).total);
    expect((await search({ q: "x".repeat(10_000) })).items).toEqual([]);
    expect(await db().procedure.count()).toBeGreaterThanOrEqual(25);
  });
});

describe("getProcedureBySlug", () => {
  it("returns every rule of the version in force", async () => {
    const p = await getProcedureBySlug("dang-ky-thuong-tru");
    expect(p).toMatchObject({
      code: "1.004194.000.00.00.H29",
      version: 1,
      effectiveFrom: "2025-07-01",
      timeLimit: { value: 7, unit: "WORKING_DAYS" },
      onlineFilingOpen: true,
      requiredAccountLevel: 2,
    });
    expect(p?.fees.map((f) => [f.channel, f.amountVnd])).toEqual([
      ["COUNTER", 20000],
      ["ONLINE", 10000],
    ]);
    expect(p?.documents[0]?.name.vi).toContain("CT01");
    expect(p?.steps.map((s) => s.key)).toEqual(["reception", "appraisal", "approval", "return"]);
  });

  it("returns null for unknown or inactive procedures", async () => {
    expect(await getProcedureBySlug("khong-co-thu-tuc-nay")).toBeNull();
    await db().procedure.update({ where: { slug: "khai-bao-tam-vang" }, data: { isActive: false } });
    try {
      expect(await getProcedureBySlug("khai-bao-tam-vang")).toBeNull();
      expect(await names({ q: "tam vang" })).not.toContain("Khai báo tạm vắng");
    } finally {
      await db().procedure.update({ where: { slug: "khai-bao-tam-vang" }, data: { isActive: true } });
    }
  });

  describe("versions", () => {
    const slug = "dang-ky-tam-tru";
    afterAll(async () => {
      await db().procedureVersion.deleteMany({ where: { procedure: { slug }, version: { gt: 1 } } });
    });

    it("switch to a new version on its effective date, and not before", async () => {
      const current = await db().procedureVersion.findFirstOrThrow({ where: { procedure: { slug }, version: 1 } });
      const { id: _id, createdAt: _c, formDefinition: _f, resultTemplate: _t, ...rules } = current;
      await db().procedureVersion.create({
        data: { ...rules, version: 2, effectiveFrom: new Date("2027-01-01T00:00:00Z"), timeLimitValue: 2 },
      });
      expect((await getProcedureBySlug(slug, "2026-12-31"))?.version).toBe(1);
      expect(await getProcedureBySlug(slug, "2027-01-01")).toMatchObject({ version: 2, timeLimit: { value: 2 } });
      const listed = await searchCatalogue(parseCatalogueParams({ q: "tam tru" }), "2027-01-01");
      expect(listed.items.find((i) => i.slug === slug)?.timeLimit.value).toBe(2);
    });
  });
});

describe("home page lists", () => {
  it("lists featured procedures in editorial order", async () => {
    const featured = await listFeaturedProcedures();
    expect(featured[0]?.slug).toBe("dang-ky-khai-sinh");
    expect(featured.length).toBeLessThanOrEqual(8);
  });

  it("counts procedures per field and lists agencies with procedures", async () => {
    const fields = await listFields();
    expect(fields.find((f) => f.slug === "ho-tich")?.procedureCount).toBe(7);
    const agencies = await listCatalogueAgencies();
    expect(agencies.map((a) => a.slug)).toEqual(expect.arrayContaining(["so-tu-phap", "cong-an-thanh-pho"]));
    expect(agencies.map((a) => a.slug)).not.toContain("ubnd-phuong-sai-gon");
  });
});
