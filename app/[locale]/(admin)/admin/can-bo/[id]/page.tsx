import { orNotFound } from "@/lib/errors/pages";
import { getStaffAssignmentForAdmin } from "@/lib/accounts/staff-queries";
import { pick } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { revokeRoleAction } from "../actions";
import { titled } from "@/lib/i18n/titles";
import { gatedPage } from "@/components/layout/gated-page";

export const dynamic = "force-dynamic";
export const generateMetadata = titled({ vi: "Vai trò của cán bộ", en: "A staff role" });

export default gatedPage<{ locale: string; id: string }>(
  { route: "/admin/can-bo/[id]" },
  async function StaffAssignmentPage({ locale, actor, params: { id } }) {
    const assignment = await orNotFound(getStaffAssignmentForAdmin(actor, id));
    const t = getMessages(locale).staff;
    return (
      <div className="space-y-4">
        <h1 className="text-3xl font-bold">{t.roles[assignment.role]}</h1>
        <p>
          {t.person}: {assignment.name ?? "—"} ({assignment.maskedIdNumber})
        </p>
        <p>
          {t.agency}: {assignment.agency ? pick(locale, assignment.agency) : t.cityWide}
        </p>
        <form action={revokeRoleAction.bind(null, locale)}>
          <input type="hidden" name="id" value={assignment.id} />
          <button
            type="submit"
            className="min-h-11 rounded border-2 border-brand-800 px-4 font-semibold text-brand-800"
          >
            {t.revoke}
          </button>
        </form>
      </div>
    );
  },
);
