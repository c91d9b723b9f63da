import { titled } from "@/lib/i18n/titles";
import Link from "next/link";
import { hasPermission } from "@/lib/identity/permissions";
import { listStaffRolesForSelf } from "@/lib/accounts/staff-queries";
import { localePath, pick } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { countOpenConsultations, listEscalatedConsultations } from "@/lib/processing/consultations";
import { countReceptionQueue } from "@/lib/processing/reception";
import { countWorkQueue } from "@/lib/processing/work-queue";
import { gatedPage } from "@/components/layout/gated-page";

export const dynamic = "force-dynamic";

export const generateMetadata = titled({ vi: "Khu vực cán bộ", en: "Staff area" });

export default gatedPage<{ locale: string }>(
  { route: "/clerk", permission: "staff.area" },
  async function ClerkHomePage({ locale, actor }) {
    const t = getMessages(locale).staff;
    const may = (permission: Parameters<typeof hasPermission>[1]) => hasPermission(actor.roles, permission);
    const [roles, escalated, queue, toReceive, consultations] = await Promise.all([
      listStaffRolesForSelf(actor),
      listEscalatedConsultations(actor),
      countWorkQueue(actor),
      may("dossier.receive") ? countReceptionQueue(actor) : 0,
      countOpenConsultations(actor),
    ]);
    const w = t.home;
    // The person's own queues, with what waits in each, each a link to it.
    const work = [
      may("dossier.receive") && { href: "/clerk/tiep-nhan", label: w.receive, count: toReceive, id: "receive" },
      may("dossier.appraise") && {
        href: "/clerk/cong-viec?step=appraisal",
        label: w.appraise,
        count: queue.appraisal,
        id: "appraise",
      },
      (may("dossier.decide") || may("dossier.assign")) && {
        href: "/clerk/cong-viec?step=approval",
        label: w.approve,
        count: queue.approval,
        id: "approve",
      },
      may("dossier.receive") && {
        href: "/clerk/cong-viec?step=return",
        label: w.toReturn,
        count: queue.return,
        id: "return",
      },
      // Who may hold a step has dossiers of their own; a reader (an inspector) has none.
      (may("dossier.receive") || may("dossier.appraise") || may("dossier.decide")) && {
        href: "/clerk/cong-viec?tab=mine",
        label: w.mine,
        count: queue.mine,
        id: "mine",
      },
      (may("dossier.appraise") || may("dossier.decide")) && {
        href: "/clerk/lay-y-kien",
        label: w.consultations,
        count: consultations,
        id: "consultations",
      },
      { href: "/clerk/cong-viec?tab=overdue", label: w.overdue, count: queue.overdue, id: "overdue" },
    ].filter((item) => item !== false);
    return (
      <div className="space-y-6">
        <h1 className="text-3xl font-bold">{t.areaTitle}</h1>
        <section aria-labelledby="work-heading" className="space-y-2">
          <h2 id="work-heading" className="text-2xl font-bold">
            {w.title}
          </h2>
          <ul className="grid gap-2 sm:grid-cols-2" data-testid="staff-work">
            {work.map((item) => (
              <li
                key={item.id}
                className={
                  `rounded border-2 p-3 ` +
                  `${item.id === "overdue" && item.count > 0 ? "border-red-700" : "border-gray-300"}`
                }
              >
                <Link
                  href={localePath(locale, item.href)}
                  className="flex items-baseline justify-between gap-3 font-semibold"
                  data-testid={`work-${item.id}`}
                >
                  <span>{item.label}</span>
                  <span className="text-2xl">{formatNumber(item.count, locale)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="roles-heading">
          <h2 id="roles-heading" className="mb-2 text-2xl font-bold">
            {t.yourRoles}
          </h2>
          <ul className="list-disc pl-6">
            {roles.map((r) => (
              <li key={r.id}>
                {t.roles[r.role]} – {r.agency ? pick(locale, r.agency) : t.cityWide}
              </li>
            ))}
          </ul>
        </section>
        <p>
          <Link href={localePath(locale, "/clerk/cong-viec")}>{w.allWork}</Link>
        </p>
        {hasPermission(actor.roles, "stats.read") && (
          <p>
            <Link href={localePath(locale, "/clerk/thong-ke")}>{w.dashboard}</Link>
          </p>
        )}
        {hasPermission(actor.roles, "feedback.answer") && (
          <p>
            <Link href={localePath(locale, "/clerk/phan-anh")}>{w.complaints}</Link>
          </p>
        )}
        {escalated.length > 0 && (
          <section aria-labelledby="escalated-heading" className="space-y-2 border-l-4 border-red-700 pl-3">
            <h2 id="escalated-heading" className="text-2xl font-bold">
              {w.escalated}
            </h2>
            <ul className="list-disc pl-6" data-testid="escalated">
              {escalated.map((c) => (
                <li key={c.id}>
                  <Link href={localePath(locale, `/clerk/ho-so/${encodeURIComponent(c.dossierCode)}?tu=khu-vuc`)}>
                    {c.dossierCode}
                  </Link>{" "}
                  – {c.toAgency} – {formatDateTime(c.dueAt, locale)}
                </li>
              ))}
            </ul>
          </section>
        )}
        {hasPermission(actor.roles, "agency.staff.manage") && (
          <p>
            <Link href={localePath(locale, "/admin/can-bo")}>{t.adminLink}</Link>
          </p>
        )}
        {hasPermission(actor.roles, "procedure.manage") && (
          <p>
            <Link href={localePath(locale, "/admin/thu-tuc")}>{w.forms}</Link>
          </p>
        )}
      </div>
    );
  },
);
