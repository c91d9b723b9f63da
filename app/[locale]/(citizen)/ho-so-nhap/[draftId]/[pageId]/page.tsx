import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { pageTitle } from "@/lib/i18n/titles";
import { draftOf, draftOrItsDossier } from "../_components/draft-of";
import { compileForm } from "@/lib/forms/compile";
import type { FieldErrors } from "@/lib/forms/messages";
import { readFlash } from "@/lib/web/flash";
import { listDataStoreForOwner } from "@/lib/documents/queries";
import { isLocale, pick } from "@/lib/i18n/locales";
import { listWardAgencies } from "@/lib/procedures/queries";
import { DraftPageForm } from "../_components/draft-page-form";
import { REGISTRY_NOTICES } from "../_components/notices";
import { gatedPage } from "@/components/layout/gated-page";

export const dynamic = "force-dynamic";

export async function generateMetadata({
  params,
  searchParams,
}: PageProps<"/[locale]/ho-so-nhap/[draftId]/[pageId]">): Promise<Metadata> {
  const { locale, draftId, pageId } = await params;
  const query = await searchParams;
  if (!isLocale(locale)) return {};
  const draft = await draftOf(draftId).catch(() => null);
  const page = draft?.definition.pages.find((p) => p.id === pageId);
  if (!draft || !page) return {};
  return { title: pageTitle(locale, [page.title, draft.procedure.name], { error: Boolean(query.errors || query.f) }) };
}

export default gatedPage<{ locale: string; draftId: string; pageId: string }>(
  { route: "/ho-so-nhap/[draftId]/[pageId]" },
  async function DraftPage({ locale, actor, params: { draftId, pageId }, searchParams }) {
    const query = await searchParams;
    const draft = await draftOrItsDossier(draftId, locale);
    const pages = draft.definition.pages;
    const index = pages.findIndex((p) => p.id === pageId);
    if (index < 0) notFound();
    const page = pages[index]!;
    const wards = (await listWardAgencies(draft.competentKind)).map((w) => ({ slug: w.slug, name: pick(locale, w) }));
    // Errors are recomputed from the saved answers, so a redirect after saving shows them.
    const parsed = query.errors ? compileForm(draft.definition).pageSchema(pageId).safeParse(draft.values) : null;
    const errors: FieldErrors =
      parsed && !parsed.success
        ? Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message]))
        : {};
    // Upload problems come back through the flash cookie (they are not in the saved answers).
    Object.assign(errors, (await readFlash(query.f)).fieldErrors ?? {});
    const documents = page.fields.some((f) => f.type === "attachment")
      ? (await listDataStoreForOwner(actor)).map((d) => ({
          id: d.id,
          name:
            `${d.originalName} ` +
            `(${new Intl.DateTimeFormat("vi-VN", { timeZone: "Asia/Ho_Chi_Minh" }).format(d.createdAt)})`,
        }))
      : [];
    const notice = REGISTRY_NOTICES.find((n) => n === query.notice);
    return (
      <DraftPageForm
        // A new answer from the server (errors, a notice) starts the page's script state afresh.
        key={`${pageId}:${String(query.errors ?? "")}:${String(query.f ?? "")}:${String(query.notice ?? "")}`}
        locale={locale}
        draftId={draft.id}
        revision={draft.revision}
        procedureName={pick(locale, draft.procedure.name)}
        actingFor={actor.actingFor?.name ?? null}
        page={page}
        step={{ index: index + 1, count: pages.length, previousPageId: pages[index - 1]?.id ?? null }}
        values={draft.values}
        provenance={draft.provenance}
        errors={errors}
        notice={notice}
        wards={wards}
        documents={documents}
      />
    );
  },
);
