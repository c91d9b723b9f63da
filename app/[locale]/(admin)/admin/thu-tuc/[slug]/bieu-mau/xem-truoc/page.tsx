import Link from "next/link";
import { titled } from "@/lib/i18n/titles";
import { orNotFound } from "@/lib/errors/pages";
import { localePath, pick } from "@/lib/i18n/locales";
import { getFormForAdmin } from "@/lib/procedures/form-admin";
import { listWardAgencies } from "@/lib/procedures/queries";
import { adminMessages } from "@/lib/i18n/messages/admin";
import { format } from "@/lib/i18n/template";
import { gatedPage } from "@/components/layout/gated-page";
import { FormFieldView } from "@/components/form/form-field";
import { describeCondition } from "@/lib/forms/condition-text";
import { BuilderHeader } from "../_components/builder-tabs";

export const dynamic = "force-dynamic";
export const generateMetadata = titled({ vi: "Xem trước biểu mẫu điện tử", en: "E-form preview" });

/** One page of the draft as the applicant sees it, drawn by the filing form's field component; nothing is posted. */
export default gatedPage<{ locale: string; slug: string }>(
  { route: "/admin/thu-tuc/[slug]/bieu-mau/xem-truoc", permission: "procedure.manage" },
  async function FormPreviewPage({ locale, actor, params: { slug }, searchParams }) {
    const form = await orNotFound(getFormForAdmin(actor, slug));
    const t = adminMessages[locale].preview;
    const pages = form.definition.pages;
    const asked = Number((await searchParams).trang);
    const index = Number.isInteger(asked) && asked >= 1 && asked <= pages.length ? asked - 1 : 0;
    const page = pages[index]!;
    const wards = page.fields.some((f) => f.type === "ward")
      ? (await listWardAgencies(form.context.competentKind)).map((w) => ({ slug: w.slug, name: pick(locale, w) }))
      : [];
    const here = localePath(locale, `/admin/thu-tuc/${slug}/bieu-mau/xem-truoc`);
    return (
      <div className="space-y-5">
        <BuilderHeader locale={locale} slug={slug} mode="preview" form={form} heading={t.title} />
        <p>{t.intro}</p>
        <p>
          <Link href={localePath(locale, `/admin/thu-tuc/${slug}/bieu-mau/thu`)}>{t.tryIt}</Link>
        </p>
        <p>
          <Link href={localePath(locale, `/admin/thu-tuc/${slug}/bieu-mau/xem-truoc/trang-thu-tuc`)}>
            {t.procedurePage}
          </Link>
        </p>
        <div className="max-w-2xl space-y-4 rounded border border-slate-300 p-4" data-testid="form-preview">
          <p className="text-sm text-muted">{format(t.pageOf, { i: index + 1, n: pages.length })}</p>
          {page.showIf && (
            <p className="text-sm">
              {format(t.shownWhen, { c: pick(locale, describeCondition(page.showIf, form.definition)) })}
            </p>
          )}
          <h2 className="text-2xl font-bold">{pick(locale, page.title)}</h2>
          {page.intro && <p>{pick(locale, page.intro)}</p>}
          <fieldset disabled className="space-y-6">
            <legend className="sr-only">{pick(locale, page.title)}</legend>
            {page.fields.map((field) => (
              <FormFieldView
                key={field.id}
                field={field}
                values={{}}
                provenance={{}}
                errors={{}}
                locale={locale}
                wards={wards}
                documents={[]}
              />
            ))}
          </fieldset>
        </div>
        <nav aria-label={format(t.pageOf, { i: index + 1, n: pages.length })} className="flex gap-4">
          {index > 0 && (
            <Link href={`${here}?trang=${index}`} className="min-h-11 py-2">
              ← {t.previous}
            </Link>
          )}
          {index < pages.length - 1 && (
            <Link href={`${here}?trang=${index + 2}`} className="min-h-11 py-2">
              {t.next} →
            </Link>
          )}
        </nav>
      </div>
    );
  },
);

/** A condition as an applicant would read it: the question's label and the chosen answer's. */
