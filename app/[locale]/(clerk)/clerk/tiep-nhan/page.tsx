import { titled } from "@/lib/i18n/titles";
import Link from "next/link";
import { PageLinks } from "@/components/layout/page-links";
import { formatDateTime } from "@/lib/i18n/format";
import { localePath, pick } from "@/lib/i18n/locales";
import { listReceptionQueue } from "@/lib/processing/reception";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { gatedPage } from "@/components/layout/gated-page";

export const dynamic = "force-dynamic";
export const generateMetadata = titled({ vi: "Hồ sơ chờ tiếp nhận", en: "Dossiers awaiting reception" });

export default gatedPage<{ locale: string }>(
  { route: "/clerk/tiep-nhan", permission: "dossier.receive" },
  async function ReceptionQueuePage({ locale, actor, searchParams }) {
    const queue = await listReceptionQueue(actor, await searchParams);
    const t = staffMessages[locale].receptionQueue;
    const pageLink = (page: number) => {
      const query = new URLSearchParams({ page: String(page), ...(queue.q && { q: queue.q }) });
      return `${localePath(locale, "/clerk/tiep-nhan")}?${query}`;
    };
    return (
      <div className="space-y-5">
        <h1 className="text-3xl font-bold">{t.title}</h1>
        <form method="get" className="flex flex-wrap items-end gap-2" role="search">
          <div>
            <label htmlFor="q" className="block font-semibold">
              {t.search}
            </label>
            <input
              id="q"
              name="q"
              defaultValue={queue.q}
              className="mt-1 block min-h-11 w-80 max-w-full rounded border-2 border-gray-700 bg-white px-3"
            />
          </div>
          <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 font-semibold text-white">
            {t.find}
          </button>
        </form>
        <p data-testid="queue-count">{t.count.replace("{n}", String(queue.total))}</p>
        {queue.items.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left">
              <thead>
                <tr className="border-b-2 border-gray-700">
                  <th scope="col" className="py-2 pr-3">
                    {t.code}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t.procedure}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t.applicant}
                  </th>
                  <th scope="col" className="py-2">
                    {t.submitted}
                  </th>
                </tr>
              </thead>
              <tbody>
                {queue.items.map((item) => (
                  <tr key={item.code} className="border-b border-gray-300">
                    <td className="py-2 pr-3 font-mono">
                      <Link href={localePath(locale, `/clerk/ho-so/${encodeURIComponent(item.code)}?tu=tiep-nhan`)}>
                        {item.code}
                      </Link>
                    </td>
                    <td className="py-2 pr-3">{pick(locale, item.procedureName)}</td>
                    <td className="py-2 pr-3">{item.applicantName}</td>
                    <td className="py-2">{formatDateTime(item.submittedAt, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <PageLinks locale={locale} page={queue.page} total={queue.total} pageSize={queue.pageSize} hrefOf={pageLink} />
      </div>
    );
  },
);
