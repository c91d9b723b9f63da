import Link from "next/link";
import { titled } from "@/lib/i18n/titles";
import { orNotFound } from "@/lib/errors/pages";
import { localePath, pick } from "@/lib/i18n/locales";
import { getFormForAdmin } from "@/lib/procedures/form-admin";
import { listWardAgencies } from "@/lib/procedures/queries";
import { startTry } from "@/lib/forms/try-out";
import { adminMessages } from "@/lib/i18n/messages/admin";
import { gatedPage } from "@/components/layout/gated-page";
import { BuilderHeader } from "../_components/builder-tabs";
import { TryForm } from "./_components/try-form";

export const dynamic = "force-dynamic";
export const generateMetadata = titled({ vi: "Thử điền biểu mẫu điện tử", en: "Try the e-form" });

/** "Try it": the draft's pages one after another, checked as when filing; nothing is stored. */
export default gatedPage<{ locale: string; slug: string }>(
  { route: "/admin/thu-tuc/[slug]/bieu-mau/thu", permission: "procedure.manage" },
  async function TryFormPage({ locale, actor, params: { slug } }) {
    const form = await orNotFound(getFormForAdmin(actor, slug));
    const t = adminMessages[locale].preview;
    const wards = (await listWardAgencies(form.context.competentKind)).map((w) => ({
      slug: w.slug,
      name: pick(locale, w),
    }));
    return (
      <div className="space-y-5">
        <BuilderHeader locale={locale} slug={slug} mode="preview" form={form} heading={t.title} />
        <p>{t.tryIntro}</p>
        <p>
          <Link href={localePath(locale, `/admin/thu-tuc/${slug}/bieu-mau/xem-truoc`)}>{t.backToPreview}</Link>
        </p>
        <TryForm
          locale={locale}
          slug={slug}
          definition={form.definition}
          wards={wards}
          initial={startTry(form.definition)}
        />
      </div>
    );
  },
);
