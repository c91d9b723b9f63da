// The builder's five modes, as links: the same draft seen as a form builder, the version's
// rules, a preview, JSON, and the publication that reviews it.
import Link from "next/link";
import { localePath, pick, type Locale } from "@/lib/i18n/locales";
import { adminMessages } from "@/lib/i18n/messages/admin";
import { format } from "@/lib/i18n/template";
import { formatDate, formatDateTime } from "@/lib/i18n/format";

export type Mode = "builder" | "rules" | "preview" | "json" | "publish";

const PATHS: Record<Mode, string> = {
  builder: "",
  rules: "/quy-dinh",
  preview: "/xem-truoc",
  json: "/json",
  publish: "/xuat-ban",
};

export function BuilderHeader({
  locale,
  slug,
  mode,
  form,
  heading,
}: {
  locale: Locale;
  slug: string;
  mode: Mode;
  form: {
    procedure: { name: { vi: string; en: string }; code: string };
    version: number;
    effectiveFrom: string;
    hasForm: boolean;
    revision: number;
    draftUpdatedAt: Date | null;
  };
  heading: string;
}) {
  const t = adminMessages[locale].builder;
  const base = localePath(locale, `/admin/thu-tuc/${slug}/bieu-mau`);
  const labels: Record<Mode, string> = {
    builder: t.tabBuilder,
    rules: t.tabRules,
    preview: t.tabPreview,
    json: t.tabJson,
    publish: t.tabPublish,
  };
  return (
    <div className="space-y-3">
      <p>
        <Link href={localePath(locale, "/admin/thu-tuc")}>{t.back}</Link>
      </p>
      <h1 className="text-3xl font-bold">{format(heading, { name: pick(locale, form.procedure.name) })}</h1>
      <p className="text-sm text-muted">{form.procedure.code}</p>
      <p>
        {form.hasForm ? format(t.inForce, { v: form.version, d: formatDate(form.effectiveFrom) }) : t.noForm}{" "}
        {form.draftUpdatedAt
          ? format(t.draftSaved, { r: form.revision, t: formatDateTime(form.draftUpdatedAt, locale) })
          : form.hasForm
            ? t.noDraft
            : ""}
      </p>
      <nav aria-label={t.tabs}>
        <ul className="flex flex-wrap gap-2">
          {(Object.keys(PATHS) as Mode[]).map((m) => (
            <li key={m}>
              <Link
                href={`${base}${PATHS[m]}`}
                aria-current={m === mode ? "page" : undefined}
                className={
                  "inline-flex min-h-11 items-center rounded border-2 px-4 font-semibold no-underline " +
                  (m === mode ? "border-brand-700 bg-brand-700 text-white" : "border-brand-700 text-brand-800")
                }
              >
                {labels[m]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
