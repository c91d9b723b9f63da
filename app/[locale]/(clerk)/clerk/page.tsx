import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NoAccess } from "@/components/staff/no-access";
import { hasPermission } from "@/lib/identity/permissions";
import { listStaffRolesForSelf } from "@/lib/identity/staff-queries";
import { requireSignedIn } from "@/lib/identity/require";
import { isLocale, localePath, pick } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Khu vực cán bộ" };

export default async function ClerkHomePage({ params }: PageProps<"/[locale]/clerk">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const actor = await requireSignedIn(locale, "/clerk");
  if (!hasPermission(actor.roles, "staff.area")) return <NoAccess locale={locale} />;
  const t = getMessages(locale).staff;
  const roles = await listStaffRolesForSelf(actor);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t.areaTitle}</h1>
      <p className="text-lg">{t.areaIntro}</p>
      <section aria-labelledby="roles-heading">
        <h2 id="roles-heading" className="mb-2 text-2xl font-bold">{t.yourRoles}</h2>
        <ul className="list-disc pl-6">
          {roles.map((r) => (
            <li key={r.id}>{t.roles[r.role]} – {r.agency ? pick(locale, r.agency) : t.cityWide}</li>
          ))}
        </ul>
      </section>
      <p><Link href={localePath(locale, "/clerk/cong-viec")}>{locale === "vi" ? "Hồ sơ cần xử lý" : "Dossiers to process"}</Link></p>
      {hasPermission(actor.roles, "dossier.receive") && <p><Link href={localePath(locale, "/clerk/tiep-nhan")}>{locale === "vi" ? "Hồ sơ chờ tiếp nhận" : "Dossiers awaiting reception"}</Link></p>}
      {hasPermission(actor.roles, "agency.staff.manage") && <p><Link href={localePath(locale, "/admin/can-bo")}>{t.adminLink}</Link></p>}
      {hasPermission(actor.roles, "procedure.manage") && <p><Link href={localePath(locale, "/admin/thu-tuc")}>{locale === "vi" ? "Quản lý biểu mẫu điện tử của thủ tục" : "Manage procedures' e-forms"}</Link></p>}
    </div>
  );
}
