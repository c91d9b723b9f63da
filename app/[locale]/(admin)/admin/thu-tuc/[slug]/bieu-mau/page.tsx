import { titled } from "@/lib/i18n/titles";
import Link from "next/link";
import { orNotFound } from "@/lib/errors/pages";
import { localePath, pick } from "@/lib/i18n/locales";
import { getFormForAdmin } from "@/lib/procedures/form-admin";
import { todayInVietnam } from "@/lib/clock/dates";
import { listWardAgencies } from "@/lib/procedures/queries";
import { FormEditor } from "./_components/form-editor";
import { adminMessages } from "@/lib/i18n/messages/admin";
import { gatedPage } from "@/components/layout/gated-page";

export const dynamic = "force-dynamic";
export const generateMetadata = titled({ vi: "Sửa biểu mẫu điện tử", en: "Edit e-form" });

export default gatedPage<{ locale: string; slug: string }>(
  { route: "/admin/thu-tuc/[slug]/bieu-mau", permission: "procedure.manage" },
  async function FormEditorPage({ locale, actor, params: { slug }, searchParams }) {
    const form = await orNotFound(getFormForAdmin(actor, slug));
    const { published } = await searchParams;
    const wards = (await listWardAgencies(form.context.competentKind)).map((w) => ({
      slug: w.slug,
      name: pick(locale, w),
    }));
    const t = adminMessages[locale].formPage;
    return (
      <div className="space-y-5">
        <p>
          <Link href={localePath(locale, "/admin/thu-tuc")}>{t.back}</Link>
        </p>
        <h1 className="text-3xl font-bold">
          {t.title}: {pick(locale, form.procedure.name)}
        </h1>
        {typeof published === "string" && /^\d+$/.test(published) && (
          <p role="status" className="border-l-4 border-green-700 bg-green-50 p-3">
            {t.published.replace("{v}", published)}
          </p>
        )}
        <p>{t.current.replace("{v}", String(form.version)).replace("{d}", form.effectiveFrom)}</p>
        <FormEditor
          locale={locale}
          slug={slug}
          initialJson={JSON.stringify(form.definition, null, 2)}
          today={todayInVietnam()}
          context={form.context}
          wards={wards}
        />
      </div>
    );
  },
);
