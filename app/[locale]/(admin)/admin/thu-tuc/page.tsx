import { titled } from "@/lib/i18n/titles";
import Link from "next/link";
import { PageLinks } from "@/components/layout/page-links";
import { localePath, pick } from "@/lib/i18n/locales";
import { listFormsForAdmin } from "@/lib/procedures/form-admin";
import { adminMessages } from "@/lib/i18n/messages/admin";
import { gatedPage } from "@/components/layout/gated-page";
import { formatDate } from "@/lib/i18n/format";
import { format } from "@/lib/i18n/template";
import { isoDay } from "@/lib/statistics/params";

export const dynamic = "force-dynamic";
export const generateMetadata = titled({ vi: "Biểu mẫu điện tử", en: "E-forms" });

export default gatedPage<{ locale: string }>(
  { route: "/admin/thu-tuc", permission: "procedure.manage" },
  async function FormListPage({ locale, actor, searchParams }) {
    const page = Math.max(1, Math.min(1000, Number((await searchParams).page) || 1));
    const list = await listFormsForAdmin(actor, page);
    const t = adminMessages[locale].forms;
    return (
      <div className="max-w-3xl space-y-5">
        <h1 className="text-3xl font-bold">{t.title}</h1>
        <p>{t.intro}</p>
        <ul className="divide-y divide-gray-300 border-y border-gray-300">
          {list.items.map((item) => (
            <li key={item.slug} className="py-3">
              <p className="font-semibold">{pick(locale, item.name)}</p>
              <p className="text-sm text-muted">
                {item.code}
                {item.latest &&
                  ` – ${format(t.version, {
                    v: item.latest.version,
                    d: formatDate(isoDay(item.latest.effectiveFrom)),
                  })}`}
              </p>
              <p className="text-sm">
                {item.latest?.hasForm ? t.online : t.noForm}
                {item.draft && ` · ${t.draft}`}
              </p>
              <Link
                href={localePath(locale, `/admin/thu-tuc/${item.slug}/bieu-mau`)}
                aria-label={`${t.edit}: ${pick(locale, item.name)}`}
              >
                {item.latest?.hasForm || item.draft ? t.edit : t.create}
              </Link>
            </li>
          ))}
        </ul>
        <PageLinks
          locale={locale}
          page={page}
          total={list.total}
          pageSize={list.pageSize}
          hrefOf={(p) => `${localePath(locale, "/admin/thu-tuc")}?page=${p}`}
        />
      </div>
    );
  },
);
