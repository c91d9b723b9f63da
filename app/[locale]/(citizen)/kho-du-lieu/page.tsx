import { titled } from "@/lib/i18n/titles";
import { listDataStoreForOwner } from "@/lib/documents/queries";
import { formatFileSize } from "@/lib/i18n/format";
import { accountMessages } from "@/lib/i18n/messages/account";
import { gatedPage } from "@/components/layout/gated-page";

export const dynamic = "force-dynamic";
export const generateMetadata = titled({ vi: "Kho dữ liệu", en: "Data store" });

export default gatedPage<{ locale: string }>(
  { route: "/kho-du-lieu" },
  async function DataStorePage({ locale, actor }) {
    const documents = await listDataStoreForOwner(actor);
    const t = accountMessages[locale].dataStore;
    const th = "border-b-2 border-gray-700 px-2 py-2 text-left";
    const td = "border-b border-gray-300 px-2 py-2";
    return (
      <div className="space-y-4">
        <h1 className="text-3xl font-bold">{t.title}</h1>
        <p>{t.intro}</p>
        {documents.length === 0 ? (
          <p>{t.empty}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse">
              <thead>
                <tr>
                  <th scope="col" className={th}>
                    {t.name}
                  </th>
                  <th scope="col" className={th}>
                    {t.size}
                  </th>
                  <th scope="col" className={th}>
                    {t.used}
                  </th>
                </tr>
              </thead>
              <tbody>
                {documents.map((d) => (
                  <tr key={d.id}>
                    <td className={td}>
                      <a href={`/api/documents/${d.id}`}>
                        {t.download} {d.originalName}
                      </a>
                    </td>
                    <td className={td}>{formatFileSize(d.sizeBytes, locale)}</td>
                    <td className={td}>{d.usedBy.length ? d.usedBy.join(", ") : t.none}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    );
  },
);
