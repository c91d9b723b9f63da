// Staff reads beyond the admin list: one's own roles and one assignment in detail.
import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { isSignedIn, type Actor } from "@/lib/identity/actor";
import { openText } from "@/lib/security/identity-sealing";
import { maskIdNumber } from "@/lib/identity/id-number";
import { GIVEN_BY_SYSTEM_ADMIN, hasPermission } from "@/lib/identity/permissions";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { ROLES } from "./schemas";
import { isUuid } from "@/lib/db/ids";

/** The signed-in person's own staff roles, with agency names. */
export async function listStaffRolesForSelf(actor: Actor) {
  if (!isSignedIn(actor) || !actor.idNumberHash) return [];
  const rows = await db().staffAssignment.findMany({
    where: { idNumberHash: actor.idNumberHash },
    orderBy: { createdAt: "asc" },
    select: { id: true, role: true, agency: { select: { nameVi: true, nameEn: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    role: r.role,
    agency: r.agency ? { vi: r.agency.nameVi, en: r.agency.nameEn } : null,
  }));
}

/** One assignment, for an administrator who may manage it; *not found* for everyone else. */
export async function getStaffAssignmentForAdmin(actor: Actor, id: string) {
  if (!isSignedIn(actor) || !isUuid(id)) throw new NotFoundError("staff assignment");
  const row = await db().staffAssignment.findUnique({
    where: { id },
    select: {
      id: true,
      idNumberHash: true,
      idNumberSealed: true,
      role: true,
      agencyId: true,
      createdAt: true,
      agency: { select: { nameVi: true, nameEn: true } },
    },
  });
  const cityWide = row && GIVEN_BY_SYSTEM_ADMIN.includes(row.role);
  const allowed =
    row &&
    (cityWide
      ? hasPermission(actor.roles, "system.staff.manage")
      : hasPermission(actor.roles, "agency.staff.manage", row.agencyId ?? undefined));
  if (!row || !allowed) throw new NotFoundError("staff assignment");
  const person = await db().user.findUnique({ where: { idNumberHash: row.idNumberHash }, select: { fullName: true } });
  return {
    id: row.id,
    role: row.role,
    createdAt: row.createdAt,
    maskedIdNumber: maskIdNumber(openText(row.idNumberSealed)),
    name: person?.fullName ?? null,
    agency: row.agency ? { vi: row.agency.nameVi, en: row.agency.nameEn } : null,
  };
}

/**
 * The roles a person may give, as the role form offers them: every role for a system
 * administrator; an agency administrator, the roles of their agency's work (not those only a
 * system administrator gives). Giving one is checked again when it is given.
 */
export function rolesAssignableBy(actor: Actor): StaffRole[] {
  if (!isSignedIn(actor)) return [];
  if (hasPermission(actor.roles, "system.staff.manage")) return [...ROLES];
  if (!hasPermission(actor.roles, "agency.staff.manage")) return [];
  return ROLES.filter((role) => !GIVEN_BY_SYSTEM_ADMIN.includes(role));
}
