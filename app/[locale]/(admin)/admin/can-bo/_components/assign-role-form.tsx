import type { StaffRole } from "@/lib/generated/prisma/enums";
import { CITY_WIDE_ROLES } from "@/lib/identity/permissions";
import type { ActionState } from "@/lib/errors/action-state";
import { ErrorSummary, FieldError } from "@/components/form/error-summary";
import type { Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { assignRoleAction } from "../actions";

const control = "mt-1 block min-h-11 w-full max-w-md rounded border-2 border-gray-700 bg-white px-2";

export function AssignRoleForm({
  locale,
  agencies,
  state,
  roles,
}: {
  locale: Locale;
  agencies: Array<{ id: string; name: string }>;
  state: ActionState;
  roles: StaffRole[];
}) {
  const t = getMessages(locale);
  const action = assignRoleAction.bind(null, locale);
  return (
    <>
      <ErrorSummary state={state} locale={locale} title={t.auth.errors.summary} />
      <form action={action} className="space-y-3">
        <div>
          <label htmlFor="idNumber" className="font-semibold">
            {t.auth.idNumber}
          </label>
          <FieldError id="idNumber" state={state} locale={locale} />
          <input
            id="idNumber"
            name="idNumber"
            inputMode="numeric"
            maxLength={12}
            defaultValue={state.values?.idNumber}
            className={control}
          />
        </div>
        <div>
          <label htmlFor="role" className="font-semibold">
            {t.staff.role}
          </label>
          <FieldError id="role" state={state} locale={locale} />
          <select id="role" name="role" defaultValue={state.values?.role ?? ""} className={control}>
            <option value="" />
            {roles.map((role) => (
              <option key={role} value={role}>
                {t.staff.roles[role]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="agencyId" className="font-semibold">
            {t.staff.agency}
          </label>
          <FieldError id="agencyId" state={state} locale={locale} />
          <select id="agencyId" name="agencyId" defaultValue={state.values?.agencyId ?? ""} className={control}>
            {roles.some((role) => CITY_WIDE_ROLES.includes(role)) && <option value="">{t.staff.noAgency}</option>}
            {agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 font-semibold text-white">
          {t.staff.assign}
        </button>
      </form>
    </>
  );
}
