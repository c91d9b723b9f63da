import { rolesAssignableBy } from "@/lib/accounts/staff-queries";
import { titled } from "@/lib/i18n/titles";
import { hasPermission } from "@/lib/identity/permissions";
import { listAgenciesForStaffAdmin, listStaffAssignmentsForAdmin } from "@/lib/accounts/queries";
import { stateFor } from "@/lib/errors/action-state";
import { readFlash } from "@/lib/web/flash";
import { StaffAdminView } from "./_components/staff-admin-view";
import { gatedPage } from "@/components/layout/gated-page";

export const dynamic = "force-dynamic";
export const generateMetadata = titled({ vi: "Phân quyền cán bộ", en: "Staff roles" });

export default gatedPage<{ locale: string }>(
  { route: "/admin/can-bo", permission: "agency.staff.manage" },
  async function StaffAdminPage({ locale, actor, searchParams }) {
    const query = await searchParams;
    const page = Math.max(1, Math.min(10_000, Number(query.page) || 1));
    const [assignments, agencies] = await Promise.all([
      listStaffAssignmentsForAdmin(actor, page),
      listAgenciesForStaffAdmin(actor),
    ]);
    const flash = await readFlash(query.f);
    return (
      <StaffAdminView
        locale={locale}
        assignments={assignments}
        agencies={agencies}
        formState={stateFor(flash, "roles")}
        roles={rolesAssignableBy(actor)}
        sessions={hasPermission(actor.roles, "system.sessions.revoke") ? stateFor(flash, "sessions") : null}
      />
    );
  },
);
