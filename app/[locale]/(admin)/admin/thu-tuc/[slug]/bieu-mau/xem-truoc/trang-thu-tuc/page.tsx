import Link from "next/link";
import { titled } from "@/lib/i18n/titles";
import { orNotFound } from "@/lib/errors/pages";
import { localePath } from "@/lib/i18n/locales";
import { getFormForAdmin, previewProcedureForAdmin } from "@/lib/procedures/form-admin";
import { adminMessages } from "@/lib/i18n/messages/admin";
import { gatedPage } from "@/components/layout/gated-page";
import { ProcedureView } from "@/components/procedures/procedure-view";
import { BuilderHeader } from "../../_components/builder-tabs";

export const dynamic = "force-dynamic";
export const generateMetadata = titled({ vi: "Xem trước trang thủ tục", en: "Procedure page preview" });

/** The public procedure page drawn from the draft's rules, with the page's own component; nothing links out. */
export default gatedPage<{ locale: string; slug: string }>(
  { route: "/admin/thu-tuc/[slug]/bieu-mau/xem-truoc/trang-thu-tuc", permission: "procedure.manage" },
  async function ProcedurePagePreview({ locale, actor, params: { slug } }) {
    const [form, procedure] = await Promise.all([
      orNotFound(getFormForAdmin(actor, slug)),
      orNotFound(previewProcedureForAdmin(actor, slug)),
    ]);
    const t = adminMessages[locale].preview;
    return (
      <div className="space-y-5">
        <BuilderHeader locale={locale} slug={slug} mode="preview" form={form} heading={t.procedureTitle} />
        <p>{t.procedureIntro}</p>
        <p>
          <Link href={localePath(locale, `/admin/thu-tuc/${slug}/bieu-mau/xem-truoc`)}>{t.backToForm}</Link>
        </p>
        <div className="rounded border border-slate-300 p-4" data-testid="procedure-preview">
          <ProcedureView locale={locale} procedure={procedure} preview />
        </div>
      </div>
    );
  },
);
