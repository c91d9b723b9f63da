// The one table from staff roles to what they may do. Agency roles apply within their
// agency; system administrators and inspectors act city-wide.
import type { StaffRole } from "@/lib/generated/prisma/enums";

export const PERMISSIONS = [
  "staff.area",
  "dossier.receive",
  "dossier.appraise",
  "dossier.decide",
  /** Give a dossier's step to a named colleague; see every step of the agency's queue. */
  "dossier.assign",
  "dossier.read",
  /** Answer complaints and feedback (phản ánh, kiến nghị) addressed to the agency. */
  "feedback.answer",
  "agency.staff.manage",
  "system.staff.manage",
  "system.sessions.revoke",
  "procedure.manage",
  "calendar.manage",
  "stats.read",
  "audit.read",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<StaffRole, readonly Permission[]> = {
  RECEPTION_CLERK: ["staff.area", "dossier.read", "dossier.receive", "feedback.answer"],
  SPECIALIST: ["staff.area", "dossier.read", "dossier.appraise"],
  LEADER: ["staff.area", "dossier.read", "dossier.decide", "dossier.assign", "feedback.answer", "stats.read"],
  AGENCY_ADMIN: ["staff.area", "agency.staff.manage", "stats.read", "audit.read"],
  SYSTEM_ADMIN: [
    "staff.area",
    "system.staff.manage",
    "agency.staff.manage",
    "system.sessions.revoke",
    "procedure.manage",
    "calendar.manage",
    "stats.read",
    "audit.read",
  ],
  INSPECTOR: ["staff.area", "dossier.read", "stats.read", "audit.read"],
  PROCEDURE_EDITOR: ["staff.area", "procedure.manage"],
};

/** Roles that are not tied to one agency. */
export const CITY_WIDE_ROLES: readonly StaffRole[] = ["SYSTEM_ADMIN", "INSPECTOR"];

/**
 * Roles only a system administrator gives: the city-wide ones, an agency's administrator,
 * and a department's procedure editor (whose procedures every ward files).
 */
export const GIVEN_BY_SYSTEM_ADMIN: readonly StaffRole[] = [...CITY_WIDE_ROLES, "AGENCY_ADMIN", "PROCEDURE_EDITOR"];

export type RoleGrant = { role: StaffRole; agencyId: string | null };

/** Whether any grant gives the permission, at the agency when one is named. */
export function hasPermission(grants: readonly RoleGrant[], permission: Permission, agencyId?: string): boolean {
  return grants.some(
    (g) =>
      ROLE_PERMISSIONS[g.role].includes(permission) &&
      (agencyId === undefined || g.agencyId === null || g.agencyId === agencyId),
  );
}

/** Agencies where the grants give the permission; "all" for a city-wide grant. */
export function agenciesWithPermission(grants: readonly RoleGrant[], permission: Permission): string[] | "all" {
  const matching = grants.filter((g) => ROLE_PERMISSIONS[g.role].includes(permission));
  if (matching.some((g) => g.agencyId === null)) return "all";
  return [...new Set(matching.map((g) => g.agencyId as string))];
}
