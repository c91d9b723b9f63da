import { titled } from "@/lib/i18n/titles";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NoAccess } from "@/components/staff/no-access";
import { hasPermission } from "@/lib/identity/permissions";
import { listStaffRolesForSelf } from "@/lib/identity/staff-queries";
import { requireSignedIn } from "@/lib/identity/require";
import { isLocale, localePath, pick } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { formatDateTime } from "@/lib/i18n/format";
import { listEscalatedConsultations } from "@/lib/processing/consultations";

export const dynamic = "force-dynamic";

export const generateMetadata = titled({ vi: "Khu vực cán bộ", en: "Staff area" });

export default async function ClerkHomePage({ params }: PageProps<"/[locale]/clerk">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const actor = await requireSignedIn(locale, "/clerk");
  if (!hasPermission(actor.roles, "staff.area")) return <NoAccess locale={locale} />;
  const t = getMessages(locale).staff;
  const [roles, escalated] = await Promise.all([listStaffRolesForSelf(actor), listEscalatedConsultations(actor)]);
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
      <p><Link href={localePath(locale, "/clerk/lay-y-kien")}>{locale === "vi" ? "Cơ quan khác lấy ý kiến" : "Questions from other agencies"}</Link></p>
      {hasPermission(actor.roles, "stats.read") && <p><Link href={localePath(locale, "/clerk/thong-ke")}>{locale === "vi" ? "Bảng điều hành chỉ số phục vụ" : "Service performance dashboard"}</Link></p>}
      {hasPermission(actor.roles, "feedback.answer") && <p><Link href={localePath(locale, "/clerk/phan-anh")}>{locale === "vi" ? "Phản ánh, kiến nghị" : "Complaints and feedback"}</Link></p>}
      {escalated.length > 0 && (
        <section aria-labelledby="escalated-heading" className="space-y-2 border-l-4 border-red-700 pl-3">
          <h2 id="escalated-heading" className="text-2xl font-bold">{locale === "vi" ? "Lấy ý kiến quá hạn (đã chuyển Văn phòng UBND Thành phố)" : "Overdue consultations (escalated)"}</h2>
          <ul className="list-disc pl-6" data-testid="escalated">
            {escalated.map((c) => <li key={c.id}><Link href={localePath(locale, `/clerk/ho-so/${encodeURIComponent(c.dossierCode)}`)}>{c.dossierCode}</Link> – {c.toAgency} – {formatDateTime(c.dueAt, locale)}</li>)}
          </ul>
        </section>
      )}
      {hasPermission(actor.roles, "dossier.receive") && <p><Link href={localePath(locale, "/clerk/tiep-nhan")}>{locale === "vi" ? "Hồ sơ chờ tiếp nhận" : "Dossiers awaiting reception"}</Link></p>}
      {hasPermission(actor.roles, "agency.staff.manage") && <p><Link href={localePath(locale, "/admin/can-bo")}>{t.adminLink}</Link></p>}
      {hasPermission(actor.roles, "procedure.manage") && <p><Link href={localePath(locale, "/admin/thu-tuc")}>{locale === "vi" ? "Quản lý biểu mẫu điện tử của thủ tục" : "Manage procedures' e-forms"}</Link></p>}
    </div>
  );
}
