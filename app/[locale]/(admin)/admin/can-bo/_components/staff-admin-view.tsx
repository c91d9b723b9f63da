import type { StaffRole } from "@/lib/generated/prisma/enums";
import Link from "next/link";
import type { listAgenciesForStaffAdmin, listStaffAssignmentsForAdmin } from "@/lib/accounts/queries";
import { localePath, pick, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import type { ActionState } from "@/lib/errors/action-state";
import { AssignRoleForm } from "./assign-role-form";
import { EndSessionsForm } from "./end-sessions-form";

type Props = {
  locale: Locale;
  assignments: Awaited<ReturnType<typeof listStaffAssignmentsForAdmin>>;
  agencies: Awaited<ReturnType<typeof listAgenciesForStaffAdmin>>;
  formState: ActionState;
  /** The roles the person may give. */
  roles: StaffRole[];
  /** The end-sessions form's state; null for administrators who may not end sessions. */
  sessions: ActionState | null;
};

const th = "border-b-2 border-gray-700 px-2 py-2 text-left";
const td = "border-b border-gray-300 px-2 py-2";

export function StaffAdminView({ locale, assignments, agencies, formState, roles, sessions }: Props) {
  const t = getMessages(locale).staff;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t.adminTitle}</h1>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse">
          <thead>
            <tr>
              <th scope="col" className={th}>
                {t.person}
              </th>
              <th scope="col" className={th}>
                {t.role}
              </th>
              <th scope="col" className={th}>
                {t.agency}
              </th>
            </tr>
          </thead>
          <tbody>
            {assignments.rows.map((r) => (
              <tr key={r.id}>
                <td className={td}>
                  <Link href={localePath(locale, `/admin/can-bo/${r.id}`)}>{r.name ?? r.maskedIdNumber}</Link>{" "}
                  <span className="text-sm text-muted">({r.maskedIdNumber})</span>
                </td>
                <td className={td}>{t.roles[r.role]}</td>
                <td className={td}>
                  {r.agency ? pick(locale, { vi: r.agency.nameVi, en: r.agency.nameEn }) : t.cityWide}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="assign-heading">
        <h2 id="assign-heading" className="mb-2 text-2xl font-bold">
          {t.assignHeading}
        </h2>
        <AssignRoleForm
          locale={locale}
          agencies={agencies.map((a) => ({ id: a.id, name: pick(locale, { vi: a.nameVi, en: a.nameEn }) }))}
          state={formState}
          roles={roles}
        />
      </section>
      {sessions && <EndSessionsForm locale={locale} state={sessions} />}
    </div>
  );
}
