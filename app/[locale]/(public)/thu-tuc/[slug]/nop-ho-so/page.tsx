import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { pageTitle } from "@/lib/i18n/titles";
import { requireSignedIn } from "@/lib/identity/require";
import { isLocale, pick } from "@/lib/i18n/locales";
import { format, getMessages } from "@/lib/i18n/messages";
import { getProcedureBySlug } from "@/lib/procedures/queries";
import { listDraftsForOwner } from "@/lib/dossiers/queries";
import { startDraftAction } from "@/app/_actions/filing";
import Link from "next/link";
import { localePath } from "@/lib/i18n/locales";
import { PRIMARY_BUTTON } from "@/components/ui-classes";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/thu-tuc/[slug]/nop-ho-so">): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale) || !/^[a-z0-9-]{1,120}$/.test(slug)) return {};
  const procedure = await getProcedureBySlug(slug);
  return procedure
    ? { title: pageTitle(locale, [{ vi: "Nộp hồ sơ trực tuyến", en: "File online" }, procedure.name]) }
    : {};
}

/** The door to online filing: signed in, and with the account level the procedure needs. */
export default async function FilingPage({ params }: PageProps<"/[locale]/thu-tuc/[slug]/nop-ho-so">) {
  const { locale, slug } = await params;
  if (!isLocale(locale) || !/^[a-z0-9-]{1,120}$/.test(slug)) notFound();
  const procedure = await getProcedureBySlug(slug);
  if (!procedure) notFound();
  const actor = await requireSignedIn(locale, `/thu-tuc/${slug}/nop-ho-so`);
  const t = getMessages(locale);
  const tooLow = actor.accountLevel < procedure.requiredAccountLevel;
  const drafts =
    procedure.onlineFilingOpen && !tooLow
      ? (await listDraftsForOwner(actor)).filter((d) => d.procedureName.vi === procedure.name.vi)
      : [];
  const resume = t.filing.start.resume;
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold">{format(t.auth.filingTitle, { name: pick(locale, procedure.name) })}</h1>
      {tooLow ? (
        <div role="alert" className="space-y-2 border-l-4 border-red-700 bg-red-50 p-4">
          <h2 className="text-xl font-bold">{t.auth.loa2Title}</h2>
          <p>{t.auth.loa2Body}</p>
          <p>{t.auth.loa2HowTo}</p>
          <p>{format(t.auth.loa2Counter, { agency: pick(locale, procedure.competentAuthority) })}</p>
          <p>
            <Link href={localePath(locale, `/thu-tuc/${procedure.slug}`)}>{t.auth.loa2Back}</Link>
          </p>
        </div>
      ) : (
        <>
          <p>{t.auth.filingReady}</p>
          {!procedure.onlineFilingOpen && (
            <p className="border-l-4 border-amber-700 bg-amber-50 p-3">{t.procedure.filingAtCounter}</p>
          )}
          {procedure.onlineFilingOpen && (
            <>
              {drafts.length > 0 && (
                <ul className="list-disc pl-6">
                  {drafts.map((d) => (
                    <li key={d.id}>
                      <Link href={localePath(locale, `/ho-so-nhap/${d.id}/kiem-tra`)}>
                        {resume}{" "}
                        {d.updatedAt.toLocaleString(locale === "vi" ? "vi-VN" : "en-GB", {
                          timeZone: "Asia/Ho_Chi_Minh",
                        })}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
              <form action={startDraftAction.bind(null, procedure.slug, locale)}>
                <button type="submit" className={PRIMARY_BUTTON}>
                  {t.filing.start.startNew}
                </button>
              </form>
            </>
          )}
        </>
      )}
    </div>
  );
}
