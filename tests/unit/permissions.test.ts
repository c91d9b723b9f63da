import { describe, expect, it } from "vitest";
import { agenciesWithPermission, hasPermission, PERMISSIONS, ROLE_PERMISSIONS } from "@/lib/identity/permissions";

describe("permission table", () => {
  it("gives every role the staff area and only known permissions", () => {
    for (const permissions of Object.values(ROLE_PERMISSIONS)) {
      expect(permissions).toContain("staff.area");
      for (const p of permissions) expect(PERMISSIONS).toContain(p);
    }
  });

  it("keeps inspectors read-only and decisions with leaders", () => {
    expect(ROLE_PERMISSIONS.INSPECTOR.filter((p) => !p.endsWith(".read") && p !== "staff.area")).toEqual([]);
    const deciders = Object.entries(ROLE_PERMISSIONS)
      .filter(([, p]) => p.includes("dossier.decide"))
      .map(([r]) => r);
    expect(deciders).toEqual(["LEADER"]);
  });

  it("scopes agency roles to their agency and city-wide roles everywhere", () => {
    const clerk = [{ role: "RECEPTION_CLERK" as const, agencyId: "a" }];
    expect(hasPermission(clerk, "dossier.receive", "a")).toBe(true);
    expect(hasPermission(clerk, "dossier.receive", "b")).toBe(false);
    expect(hasPermission(clerk, "dossier.decide", "a")).toBe(false);
    expect(hasPermission([{ role: "INSPECTOR", agencyId: null }], "dossier.read", "b")).toBe(true);
    expect(agenciesWithPermission([...clerk, { role: "SPECIALIST", agencyId: "c" }], "dossier.read")).toEqual([
      "a",
      "c",
    ]);
    expect(agenciesWithPermission([{ role: "SYSTEM_ADMIN", agencyId: null }], "agency.staff.manage")).toBe("all");
    expect(agenciesWithPermission([], "stats.read")).toEqual([]);
  });
});
