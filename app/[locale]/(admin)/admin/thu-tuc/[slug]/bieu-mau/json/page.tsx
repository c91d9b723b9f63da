import { titled } from "@/lib/i18n/titles";
import { orNotFound } from "@/lib/errors/pages";
import { getFormForAdmin } from "@/lib/procedures/form-admin";
import { adminMessages } from "@/lib/i18n/messages/admin";
import { gatedPage } from "@/components/layout/gated-page";
import { BuilderHeader } from "../_components/builder-tabs";
import { JsonEditor } from "./_components/json-editor";

export const dynamic = "force-dynamic";
export const generateMetadata = titled({ vi: "Biểu mẫu điện tử dạng JSON", en: "The e-form as JSON" });

export default gatedPage<{ locale: string; slug: string }>(
  { route: "/admin/thu-tuc/[slug]/bieu-mau/json", permission: "procedure.manage" },
  async function FormJsonPage({ locale, actor, params: { slug } }) {
    const form = await orNotFound(getFormForAdmin(actor, slug));
    const t = adminMessages[locale].json;
    return (
      <div className="space-y-5">
        <BuilderHeader locale={locale} slug={slug} mode="json" form={form} heading={t.title} />
        <p>{t.intro}</p>
        <JsonEditor
          locale={locale}
          slug={slug}
          revision={form.revision}
          initialJson={JSON.stringify(form.definition, null, 2)}
        />
      </div>
    );
  },
);
