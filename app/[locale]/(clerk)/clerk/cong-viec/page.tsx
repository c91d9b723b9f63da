import { titled } from "@/lib/i18n/titles";
import Link from "next/link";
import { PageLinks } from "@/components/layout/page-links";
import { FILTER_CONTROL, FilterSelect } from "@/components/form/filter-select";
import { STATUS_LABELS } from "@/lib/dossiers/status";
import { formatDateTime } from "@/lib/i18n/format";
import { localePath, pick } from "@/lib/i18n/locales";
import { listWorkQueue, WORK_STATUSES, WORK_STEPS, WORK_TABS, type WorkQueueParams } from "@/lib/processing/work-queue";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { gatedPage } from "@/components/layout/gated-page";

export const dynamic = "force-dynamic";
export const generateMetadata = titled({ vi: "Hồ sơ cần xử lý", en: "Dossiers to handle" });

/** The query string of the current filters, with some values changed (tabs and pages keep the filters). */
function queryOf(params: WorkQueueParams, change: Partial<Record<"tab" | "page", string>>): string {
  const entries = {
    tab: params.tab,
    q: params.q,
    status: params.status?.toString(),
    step: params.step,
    procedure: params.procedure,
    assignee: params.assignee,
    agency: params.agency,
    ...change,
  };
  return new URLSearchParams(
    Object.entries(entries).filter((e): e is [string, string] => Boolean(e[1]) && !(e[0] === "page" && e[1] === "1")),
  ).toString();
}

export default gatedPage<{ locale: string }>(
  { route: "/clerk/cong-viec", permission: "staff.area" },
  async function WorkQueuePage({ locale, actor, searchParams }) {
    const queue = await listWorkQueue(actor, await searchParams);
    const current = queue.params;
    const t = staffMessages[locale].workQueue;
    const path = localePath(locale, "/clerk/cong-viec");
    return (
      <div className="space-y-5">
        <h1 className="text-3xl font-bold">{t.title}</h1>
        <form
          method="get"
          role="search"
          aria-label={t.filters}
          className="grid gap-3 rounded border border-slate-300 p-3 sm:grid-cols-2 lg:grid-cols-3"
        >
          <input type="hidden" name="tab" value={current.tab} />
          <div>
            <label htmlFor="q" className="block font-semibold">
              {t.search}
            </label>
            <input id="q" name="q" defaultValue={current.q} className={FILTER_CONTROL} />
          </div>
          <FilterSelect
            name="status"
            label={t.status}
            any={t.any}
            value={current.status}
            options={WORK_STATUSES.map((s) => [String(s), pick(locale, STATUS_LABELS[s])])}
          />
          <FilterSelect
            name="step"
            label={t.step}
            any={t.any}
            value={current.step}
            options={WORK_STEPS.map((s) => [s, t.steps[s]])}
          />
          {queue.options.agencies.length > 0 && (
            <FilterSelect
              name="agency"
              label={t.agency}
              any={t.any}
              value={current.agency}
              options={queue.options.agencies.map((a) => [a.id, pick(locale, { vi: a.nameVi, en: a.nameEn })])}
            />
          )}
          <FilterSelect
            name="procedure"
            label={t.procedure}
            any={t.any}
            value={current.procedure}
            options={queue.options.procedures.map((p) => [p.id, pick(locale, { vi: p.nameVi, en: p.nameEn })])}
          />
          <FilterSelect
            name="assignee"
            label={t.assignee}
            any={t.any}
            value={current.assignee}
            options={[
              ["me", t.me],
              ["none", t.none_],
              ...queue.options.colleagues.map((c): [string, string] => [c.id, c.fullName]),
            ]}
          />
          <div className="flex items-end gap-3">
            <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 font-semibold text-white">
              {t.apply}
            </button>
            <Link href={path} className="inline-flex min-h-11 items-center font-semibold">
              {t.clear}
            </Link>
          </div>
        </form>
        <nav aria-label={t.tabsLabel}>
          <ul className="flex flex-wrap gap-2">
            {WORK_TABS.map((key) => (
              <li key={key}>
                <Link
                  href={`${path}?${queryOf(current, { tab: key, page: "1" })}`}
                  aria-current={key === current.tab ? "page" : undefined}
                  className={`inline-flex min-h-11 items-center rounded border-2 px-3 font-semibold no-underline ${
                    key === current.tab
                      ? "border-brand-700 bg-brand-700 " + "text-white"
                      : "border-gray-700 text-gray-900"
                  }`}
                >
                  {t.tabs[key]} ({queue.counts[key]})
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <p data-testid="work-count">{t.count.replace("{n}", String(queue.total))}</p>
        {queue.items.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left">
              <thead>
                <tr className="border-b-2 border-gray-700">
                  {[t.code, t.procedure, t.applicant, t.step, t.assignee, t.due].map((h) => (
                    <th key={h} scope="col" className="py-2 pr-3">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {queue.items.map((item) => (
                  <tr key={item.code} className="border-b border-gray-300" data-testid="work-row">
                    <td className="py-2 pr-3 font-mono">
                      <Link href={localePath(locale, `/clerk/ho-so/${encodeURIComponent(item.code)}?tu=cong-viec`)}>
                        {item.code}
                      </Link>
                    </td>
                    <td className="py-2 pr-3">{pick(locale, item.procedureName)}</td>
                    <td className="py-2 pr-3">{item.applicantName}</td>
                    <td className="py-2 pr-3">
                      {t.steps[item.step]} – {pick(locale, STATUS_LABELS[item.status])}
                    </td>
                    <td className="py-2 pr-3">{item.assigneeName ?? t.nobody}</td>
                    <td className={`py-2 ${item.overdue ? "font-semibold text-red-800" : ""}`}>
                      {item.appointmentAt ? formatDateTime(item.appointmentAt, locale) : "—"}
                      {item.overdue ? ` (${t.overdue})` : ""}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <PageLinks
          locale={locale}
          page={current.page}
          total={queue.total}
          pageSize={queue.pageSize}
          hrefOf={(p) => `${path}?${queryOf(current, { page: String(p) })}`}
        />
      </div>
    );
  },
);
