import { titled } from "@/lib/i18n/titles";
import { orNotFound } from "@/lib/errors/pages";
import { pick, type Locale } from "@/lib/i18n/locales";
import { getFormForAdmin } from "@/lib/procedures/form-admin";
import { todayInVietnam } from "@/lib/clock/dates";
import { adminMessages } from "@/lib/i18n/messages/admin";
import { readFlash } from "@/lib/web/flash";
import { gatedPage } from "@/components/layout/gated-page";
import { ErrorSummary } from "@/components/form/error-summary";
import { PRIMARY_BUTTON } from "@/components/ui-classes";
import { BuilderHeader } from "../_components/builder-tabs";
import { publishDraftAction } from "../actions";

export const dynamic = "force-dynamic";
export const generateMetadata = titled({ vi: "Phát hành phiên bản mới", en: "Publish a new version" });

/** The draft's differences from the version in force (rules, then form), then the date and the confirmation. */
export default gatedPage<{ locale: string; slug: string }>(
  { route: "/admin/thu-tuc/[slug]/bieu-mau/xuat-ban", permission: "procedure.manage" },
  async function PublishFormPage({ locale, actor, params: { slug }, searchParams }) {
    const form = await orNotFound(getFormForAdmin(actor, slug));
    const flash = await readFlash((await searchParams).f);
    const t = adminMessages[locale].publish;
    const today = todayInVietnam();
    const settingNames = adminMessages[locale].settings;
    const yesNo = { true: adminMessages[locale].builder.yes, false: adminMessages[locale].builder.no };
    const shown = (value: string) => (value === "true" || value === "false" ? yesNo[value] : value);
    return (
      <div className="space-y-5">
        <BuilderHeader locale={locale} slug={slug} mode="publish" form={form} heading={t.title} />
        <ErrorSummary state={flash} locale={locale} title={t.errorTitle} />
        {form.revision === 0 ? (
          <p>{t.noDraft}</p>
        ) : (
          <>
            <section aria-labelledby="differences" className="space-y-3">
              <h2 id="differences" className="text-2xl font-bold">
                {t.differences}
              </h2>
              {form.differences.length === 0 && form.ruleDifferences.length === 0 ? (
                <p>{t.noDifferences}</p>
              ) : (
                <>
                  {form.ruleDifferences.length > 0 && (
                    <>
                      <h3 className="text-xl font-bold">{t.rulesDifferences}</h3>
                      <DifferenceList
                        locale={locale}
                        items={form.ruleDifferences.map((d) => ({
                          kind: d.kind,
                          subject: d.subject,
                          settings: d.settings?.map((s) => ({
                            name: pick(locale, s.name),
                            before: pick(locale, s.before),
                            after: pick(locale, s.after),
                          })),
                        }))}
                      />
                    </>
                  )}
                  {form.differences.length > 0 && (
                    <>
                      <h3 className="text-xl font-bold">{t.formDifferences}</h3>
                      <DifferenceList
                        locale={locale}
                        items={form.differences.map((d) => ({
                          kind: d.kind,
                          subject: d.subject,
                          settings: d.settings?.map((s) => ({
                            name: settingNames[s.setting as keyof typeof settingNames] ?? s.setting,
                            before: shown(s.before),
                            after: shown(s.after),
                          })),
                        }))}
                      />
                    </>
                  )}
                </>
              )}
            </section>
            {form.problems.length > 0 ? (
              <section aria-labelledby="blocked" className="border-l-4 border-amber-700 bg-amber-50 p-3">
                <h2 id="blocked" className="font-bold">
                  {t.blocked}
                </h2>
                <ul className="mt-2 list-disc pl-6">
                  {form.problems.slice(0, 20).map((p) => (
                    <li key={`${p.path}/${p.message.vi}`}>{pick(locale, p.message)}</li>
                  ))}
                </ul>
              </section>
            ) : (
              <form action={publishDraftAction.bind(null, slug, locale)} className="space-y-4" noValidate>
                <input type="hidden" name="revision" value={form.revision} />
                <div>
                  <label htmlFor="effectiveFrom" className="block font-semibold">
                    {t.effective}
                  </label>
                  {flash.fieldErrors?.effectiveFrom && (
                    <p id="effectiveFrom-error" className="font-semibold text-red-800">
                      {pick(locale, flash.fieldErrors.effectiveFrom)}
                    </p>
                  )}
                  <input
                    id="effectiveFrom"
                    name="effectiveFrom"
                    type="date"
                    min={today}
                    defaultValue={flash.values?.effectiveFrom ?? today}
                    aria-describedby={flash.fieldErrors?.effectiveFrom ? "effectiveFrom-error" : undefined}
                    className="mt-1 block min-h-11 rounded border-2 border-gray-700 bg-white px-3"
                  />
                </div>
                <div>
                  {flash.fieldErrors?.confirmed && (
                    <p id="confirmed-error" className="font-semibold text-red-800">
                      {pick(locale, flash.fieldErrors.confirmed)}
                    </p>
                  )}
                  <div className="flex items-center gap-3">
                    <input
                      id="confirmed"
                      name="confirmed"
                      type="checkbox"
                      aria-describedby={flash.fieldErrors?.confirmed ? "confirmed-error" : undefined}
                      className="size-6 shrink-0"
                    />
                    <label htmlFor="confirmed" className="font-semibold">
                      {t.confirm}
                    </label>
                  </div>
                </div>
                <button type="submit" className={PRIMARY_BUTTON}>
                  {t.submit}
                </button>
              </form>
            )}
          </>
        )}
      </div>
    );
  },
);

type Difference = {
  kind: "added" | "removed" | "changed" | "moved";
  subject: { vi: string; en: string };
  settings?: Array<{ name: string; before: string; after: string }>;
};

/** Differences as a list: what was added, removed, moved, and each setting changed with its value before and after. */
function DifferenceList({ locale, items }: { locale: Locale; items: Difference[] }) {
  const t = adminMessages[locale].publish;
  const kinds = { added: t.added, removed: t.removed, changed: t.changed, moved: t.moved };
  return (
    <ul className="space-y-3">
      {items.map((d, i) => (
        <li key={i} className="rounded border border-slate-300 p-3">
          <p>
            <span className="font-semibold">{kinds[d.kind]}:</span> {pick(locale, d.subject)}
          </p>
          {d.settings && (
            <div className="overflow-x-auto">
              <table className="mt-2 text-sm">
                <thead>
                  <tr>
                    <th scope="col" className="pr-3 text-left">
                      {t.setting}
                    </th>
                    <th scope="col" className="pr-3 text-left">
                      {t.before}
                    </th>
                    <th scope="col" className="text-left">
                      {t.after}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {d.settings.map((s) => (
                    <tr key={s.name} className="align-top">
                      <th scope="row" className="pr-3 text-left font-normal">
                        {s.name}
                      </th>
                      <td className="pr-3 break-words">{s.before}</td>
                      <td className="break-words">{s.after}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
