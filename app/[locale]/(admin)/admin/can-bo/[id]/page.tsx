import { notFound } from "next/navigation";
import { orNotFound } from "@/lib/errors/pages";
import { requireSignedIn } from "@/lib/identity/require";
import { getStaffAssignmentForAdmin } from "@/lib/identity/staff-queries";
import { isLocale, pick } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { revokeRoleAction } from "../actions";
import { titled } from "@/lib/i18n/titles";

export const dynamic = "force-dynamic";
export const generateMetadata = titled({ vi: "Vai trò của cán bộ", en: "A staff role" });

export default async function StaffAssignmentPage({ params }: PageProps<"/[locale]/admin/can-bo/[id]">) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  const actor = await requireSignedIn(locale, `/admin/can-bo/${id}`);
  const assignment = await orNotFound(getStaffAssignmentForAdmin(actor, id));
  const t = getMessages(locale).staff;
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t.roles[assignment.role]}</h1>
      <p>{t.person}: {assignment.name ?? "—"} ({assignment.maskedIdNumber})</p>
      <p>{t.agency}: {assignment.agency ? pick(locale, assignment.agency) : t.cityWide}</p>
      <form action={revokeRoleAction}>
        <input type="hidden" name="id" value={assignment.id} />
        <input type="hidden" name="back" value={locale === "en" ? "/en" : "/"} />
        <button type="submit" className="min-h-11 rounded border-2 border-brand-800 px-4 font-semibold text-brand-800">{t.revoke}</button>
      </form>
    </div>
  );
}
