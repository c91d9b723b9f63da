import { titled } from "@/lib/i18n/titles";
import { orNotFound } from "@/lib/errors/pages";
import { localePath, pick } from "@/lib/i18n/locales";
import { getFormForAdmin } from "@/lib/procedures/form-admin";
import { fieldKey, locate } from "@/lib/forms/builder";
import type { FormField } from "@/lib/forms/definition";
import { adminMessages } from "@/lib/i18n/messages/admin";
import { format } from "@/lib/i18n/template";
import { readFlash } from "@/lib/web/flash";
import { gatedPage } from "@/components/layout/gated-page";
import { ErrorSummary } from "@/components/form/error-summary";
import { ForgetNotice } from "@/components/form/forget-notice";
import { DANGER_BUTTON } from "@/components/ui-classes";
import { BuilderHeader } from "./_components/builder-tabs";
import { AddFieldForm, AddPageForm, FieldEditor, OperationButton, PageEditor } from "./_components/builder-parts";
import { discardDraftAction } from "./actions";

export const dynamic = "force-dynamic";

const READY = "border-green-700 bg-green-50";
const NOT_READY = "border-amber-700 bg-amber-50";
const EDIT_LINK =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded border-2 border-brand-700 px-3 " +
  "font-semibold text-brand-800 no-underline";
export const generateMetadata = titled({ vi: "Soạn biểu mẫu điện tử", en: "Build the e-form" });

export default gatedPage<{ locale: string; slug: string }>(
  { route: "/admin/thu-tuc/[slug]/bieu-mau", permission: "procedure.manage" },
  async function FormBuilderPage({ locale, actor, params: { slug }, searchParams }) {
    const form = await orNotFound(getFormForAdmin(actor, slug));
    const query = await searchParams;
    const flash = await readFlash(query.f);
    const t = adminMessages[locale];
    const definition = form.definition;
    const shared = { locale, slug, revision: form.revision, flash };
    const editingField = typeof query.truong === "string" ? locate(definition, query.truong) : null;
    const editingPage =
      typeof query.trang === "string" ? (definition.pages.find((p) => p.id === query.trang) ?? null) : null;
    const here = localePath(locale, `/admin/thu-tuc/${slug}/bieu-mau`);
    const published = typeof query.published === "string" && /^\d{1,6}$/.test(query.published) ? query.published : null;
    const status = published
      ? format(t.builder.published, { v: published })
      : query.saved
        ? t.builder.saved
        : query.discarded
          ? t.builder.discarded
          : null;
    const blocking = form.problems;
    return (
      <div className="space-y-5">
        <ForgetNotice params={["saved", "discarded", "published"]} />
        <BuilderHeader locale={locale} slug={slug} mode="builder" form={form} heading={`${t.builder.title}: {name}`} />
        {status && (
          <p role="status" className="border-l-4 border-green-700 bg-green-50 p-3">
            {status}
          </p>
        )}
        <ErrorSummary
          state={flash}
          locale={locale}
          title={t.builder.errorTitle}
          hrefOf={(key) => errorLink(key, flash.values ?? {})}
        />
        <section aria-labelledby="readiness" className={`border-l-4 p-3 ${blocking.length ? NOT_READY : READY}`}>
          <h2 id="readiness" className="font-bold">
            {blocking.length ? format(t.builder.notReady, { n: blocking.length }) : t.builder.ready}
          </h2>
          {blocking.length > 0 && (
            <ul className="mt-2 list-disc pl-6">
              {blocking.slice(0, 20).map((p) => (
                <li key={`${p.path}/${p.message.vi}`}>{pick(locale, p.message)}</li>
              ))}
            </ul>
          )}
        </section>
        <p className="text-sm text-muted">{t.builder.noJs}</p>
        <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <div id="changes" className="space-y-6">
            {definition.pages.map((page, p) => (
              <section
                key={page.id}
                id={`item-${page.id}`}
                aria-labelledby={`page-${page.id}`}
                className="space-y-3 rounded border border-slate-300 p-4"
              >
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <h2 id={`page-${page.id}`} className="text-xl font-bold">
                    {format(t.builder.page, { i: p + 1, title: pick(locale, page.title) })}
                    {page.showIf && <span className="ml-2 text-sm font-normal">({t.builder.conditional})</span>}
                  </h2>
                  <ItemButtons
                    shared={shared}
                    kind="page"
                    id={page.id}
                    name={pick(locale, page.title)}
                    editHref={`${here}?trang=${page.id}#edit`}
                    first={p === 0}
                    last={p === definition.pages.length - 1}
                  />
                </div>
                <ol className="space-y-2">
                  {page.fields.map((field, f) => (
                    <li key={field.id} id={`item-${field.id}`} className="rounded border border-slate-200 p-3">
                      <FieldLine
                        shared={shared}
                        field={field}
                        here={here}
                        first={f === 0}
                        last={f === page.fields.length - 1}
                      />
                      {field.type === "group" && (
                        <div className="mt-3 space-y-2 border-l-4 border-slate-300 pl-3">
                          <p className="text-sm font-semibold">{t.builder.groupFields}</p>
                          <ol className="space-y-2">
                            {field.fields.map((inner, k) => (
                              <li
                                key={inner.id}
                                id={`item-${inner.id}`}
                                className="rounded border border-slate-200 p-2"
                              >
                                <FieldLine
                                  shared={shared}
                                  field={inner}
                                  group={field}
                                  here={here}
                                  first={k === 0}
                                  last={k === field.fields.length - 1}
                                />
                              </li>
                            ))}
                          </ol>
                          <AddFieldForm shared={shared} page={page} groupId={field.id} />
                        </div>
                      )}
                    </li>
                  ))}
                </ol>
                <AddFieldForm shared={shared} page={page} />
              </section>
            ))}
            <AddPageForm shared={shared} />
            {form.revision > 0 && (
              <form action={discardDraftAction.bind(null, slug, locale)} className="space-y-2">
                <input type="hidden" name="revision" value={form.revision} />
                <p className="text-sm">{t.builder.discardHint}</p>
                <button type="submit" className={DANGER_BUTTON}>
                  {t.builder.discard}
                </button>
              </form>
            )}
          </div>
          <div className="space-y-4">
            {editingField && (
              <FieldEditor
                shared={shared}
                definition={definition}
                field={editingField.field}
                fieldKey={query.truong as string}
                documents={form.documents}
                closeHref={`${here}#item-${query.truong}`}
              />
            )}
            {!editingField && editingPage && (
              <PageEditor
                shared={shared}
                definition={definition}
                page={editingPage}
                closeHref={`${here}#item-${editingPage.id}`}
              />
            )}
          </div>
        </div>
      </div>
    );
  },
);

/** Where an error of the summary links to: the field typed into, in the form that posted it. */
function errorLink(key: string, posted: Record<string, string>): string {
  const typed = /^(label|title|intro|hint)(Vi|En)$/.test(key);
  if (typed && posted.op === "page.add") return `#new-${key}`;
  if (typed && posted.op === "field.add") return `#${key}-${posted.groupId || posted.pageId}`;
  if (typed || key === "showIf") return `#${key}`;
  return `#item-${key}`;
}

type Shared = Parameters<typeof OperationButton>[0]["shared"];

function ItemButtons({
  shared,
  kind,
  id,
  name,
  editHref,
  first,
  last,
}: {
  shared: Shared;
  kind: "page" | "field";
  id: string;
  name: string;
  editHref: string;
  first: boolean;
  last: boolean;
}) {
  const t = adminMessages[shared.locale].builder;
  const key = kind === "page" ? "pageId" : "fieldId";
  return (
    <div className="flex flex-wrap gap-2">
      <a href={editHref} aria-label={format(t.editItem, { name })} className={EDIT_LINK}>
        {t.edit}
      </a>
      {!first && (
        <OperationButton
          shared={shared}
          op={`${kind}.move`}
          args={{ [key]: id, direction: "up" }}
          label={`↑ ${t.up}`}
          accessibleName={format(t.moveUp, { name })}
        />
      )}
      {!last && (
        <OperationButton
          shared={shared}
          op={`${kind}.move`}
          args={{ [key]: id, direction: "down" }}
          label={`↓ ${t.down}`}
          accessibleName={format(t.moveDown, { name })}
        />
      )}
      <OperationButton
        shared={shared}
        op={`${kind}.delete`}
        args={{ [key]: id }}
        label={t.delete}
        accessibleName={format(t.deleteItem, { name })}
        className="min-h-11 min-w-11 rounded border-2 border-red-800 px-3 font-semibold text-red-800"
      />
    </div>
  );
}

function FieldLine({
  shared,
  field,
  group,
  here,
  first,
  last,
}: {
  shared: Shared;
  field: FormField;
  group?: FormField;
  here: string;
  first: boolean;
  last: boolean;
}) {
  const t = adminMessages[shared.locale];
  const name = pick(shared.locale, field.label);
  const notes = [
    t.fieldTypes[field.type],
    field.type !== "group" && !field.required ? t.builder.optional : null,
    field.showIf ? t.builder.conditional : null,
    field.type !== "group" && field.prefill
      ? format(t.builder.locked, { source: t.prefillSources[field.prefill] })
      : null,
  ].filter(Boolean);
  return (
    <div className="flex flex-wrap items-start justify-between gap-2">
      <div>
        <p className="font-semibold">{name}</p>
        <p className="text-sm text-muted">{notes.join(" · ")}</p>
      </div>
      <ItemButtons
        shared={shared}
        kind="field"
        id={fieldKey(field, group)}
        name={name}
        editHref={`${here}?truong=${fieldKey(field, group)}#edit`}
        first={first}
        last={last}
      />
    </div>
  );
}
