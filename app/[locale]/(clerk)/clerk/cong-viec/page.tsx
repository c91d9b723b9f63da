import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageLinks } from "@/components/layout/page-links";
import { NoAccess } from "@/components/staff/no-access";
import { STATUS_LABELS, type DossierStatusCode } from "@/lib/dossiers/status";
import { hasPermission } from "@/lib/identity/permissions";
import { requireSignedIn } from "@/lib/identity/require";
import { formatDateTime } from "@/lib/i18n/format";
import { isLocale, localePath, pick } from "@/lib/i18n/locales";
import { listWorkQueue, WORK_TABS } from "@/lib/processing/workflow";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Hồ sơ cần xử lý" };

const TEXT = {
  vi: { title: "Hồ sơ cần xử lý", count: "{n} hồ sơ", none: "Không có hồ sơ nào chờ bạn.", code: "Mã hồ sơ", procedure: "Thủ tục", step: "Bước", due: "Hẹn trả", mine: "Bạn đang xử lý", steps: { appraisal: "Thẩm định", approval: "Phê duyệt", return: "Trả kết quả" } as Record<string, string>, tabsLabel: "Lọc hồ sơ", overdue: "quá hạn", tabs: { all: "Tất cả", mine: "Tôi đang xử lý", "due-soon": "Đến hạn trong 1 ngày làm việc", overdue: "Quá hạn" } },
  en: { title: "Dossiers to process", count: "{n} dossiers", none: "No dossier is waiting for you.", code: "Dossier code", procedure: "Procedure", step: "Step", due: "Due", mine: "Yours", steps: { appraisal: "Appraisal", approval: "Approval", return: "Return" } as Record<string, string>, tabsLabel: "Filter dossiers", overdue: "overdue", tabs: { all: "All", mine: "Mine", "due-soon": "Due within 1 working day", overdue: "Overdue" } },
};

export default async function WorkQueuePage({ params, searchParams }: PageProps<"/[locale]/clerk/cong-viec">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const actor = await requireSignedIn(locale, "/clerk/cong-viec");
  if (!hasPermission(actor.roles, "staff.area")) return <NoAccess locale={locale} />;
  const query = await searchParams;
  const page = Math.max(1, Math.min(10_000, Number(query.page) || 1));
  const tab = WORK_TABS.find((t) => t === query.tab) ?? "all";
  const queue = await listWorkQueue(actor, page, tab);
  const t = TEXT[locale];
  return (
    <div className="space-y-5">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <nav aria-label={t.tabsLabel}>
        <ul className="flex flex-wrap gap-2">
          {WORK_TABS.map((key) => (
            <li key={key}>
              <Link href={`${localePath(locale, "/clerk/cong-viec")}?tab=${key}`} aria-current={key === tab ? "page" : undefined} className={`inline-flex min-h-11 items-center rounded border-2 px-3 font-semibold no-underline ${key === tab ? "border-brand-700 bg-brand-700 text-white" : "border-gray-700 text-gray-900"}`}>
                {t.tabs[key]} ({queue.counts[key]})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p data-testid="work-count">{t.count.replace("{n}", String(queue.total))}</p>
      {queue.items.length === 0 ? <p>{t.none}</p> : (
        <div className="overflow-x-auto">
          <table className="w-full text-left">
            <thead><tr className="border-b-2 border-gray-700"><th scope="col" className="py-2 pr-3">{t.code}</th><th scope="col" className="py-2 pr-3">{t.procedure}</th><th scope="col" className="py-2 pr-3">{t.step}</th><th scope="col" className="py-2">{t.due}</th></tr></thead>
            <tbody>
              {queue.items.map((item) => (
                <tr key={item.code} className="border-b border-gray-300">
                  <td className="py-2 pr-3 font-mono"><Link href={localePath(locale, `/clerk/ho-so/${encodeURIComponent(item.code)}`)}>{item.code}</Link></td>
                  <td className="py-2 pr-3">{pick(locale, item.procedureName)}</td>
                  <td className="py-2 pr-3">{t.steps[item.step] ?? item.step} – {pick(locale, STATUS_LABELS[item.status as DossierStatusCode])}{item.mine ? ` (${t.mine})` : ""}</td>
                  <td className={`py-2 ${item.overdue ? "font-semibold text-red-800" : ""}`}>{item.appointmentAt ? formatDateTime(item.appointmentAt, locale) : "—"}{item.overdue ? ` (${t.overdue})` : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <PageLinks locale={locale} page={page} total={queue.total} pageSize={queue.pageSize} hrefOf={(p) => `${localePath(locale, "/clerk/cong-viec")}?tab=${tab}&page=${p}`} />
    </div>
  );
}
