import { titled } from "@/lib/i18n/titles";
import Link from "next/link";
import { DossierClock } from "@/components/dossier/dossier-clock";
import { TimeLimitLine } from "@/components/dossier/time-limit-line";
import { FILTER_CONTROL, FilterSelect } from "@/components/form/filter-select";
import { PageLinks } from "@/components/layout/page-links";
import { listOrganisationDossiers, STANDINGS, type OrganisationParams } from "@/lib/dossiers/organisation";
import { STATUS_LABELS } from "@/lib/dossiers/status";
import { formatDateTime } from "@/lib/i18n/format";
import { localePath, pick } from "@/lib/i18n/locales";
import { accountMessages } from "@/lib/i18n/messages/account";
import { gatedPage } from "@/components/layout/gated-page";

export const dynamic = "force-dynamic";
export const generateMetadata = titled({ vi: "Hồ sơ của tổ chức", en: "The organisation's dossiers" });

const queryOf = (p: OrganisationParams, changes: Record<string, string>) =>
  new URLSearchParams(
    Object.entries({ ...p, trang: String(p.trang), ...changes }).filter(
      (e): e is [string, string] => typeof e[1] === "string" && e[1] !== "",
    ),
  ).toString();

/** Businesses: every dossier filed for the organisation one acts for, by any of its representatives. */
export default gatedPage<{ locale: string }>(
  { route: "/to-chuc" },
  async function OrganisationPage({ locale, actor, searchParams }) {
    const t = accountMessages[locale].organisation;
    if (!actor.actingFor) {
      return (
        <div className="space-y-4">
          <h1 className="text-3xl font-bold">{t.notActing}</h1>
          <p>
            <Link href={localePath(locale, "/tai-khoan")}>{t.chooseOrganisation}</Link>
          </p>
        </div>
      );
    }
    const list = await listOrganisationDossiers(actor, await searchParams);
    const current = list.params;
    const path = localePath(locale, "/to-chuc");
    return (
      <div className="space-y-5">
        <h1 className="text-3xl font-bold">{t.title.replace("{name}", list.organisation.name)}</h1>
        <p>
          {t.intro} <Link href={`${localePath(locale, "/tai-khoan")}#mandates-heading`}>{t.mandates}</Link>
        </p>
        <form
          method="get"
          role="search"
          aria-label={t.filters}
          className="grid gap-3 rounded border border-slate-300 p-3 sm:grid-cols-2"
        >
          <FilterSelect
            name="standing"
            label={t.standing}
            any={t.all}
            value={current.standing}
            options={STANDINGS.map((s) => [s, t.standings[s]])}
          />
          <FilterSelect
            name="filer"
            label={t.filer}
            any={t.all}
            value={current.filer}
            options={list.options.filers.map((f) => [f.id, `${f.name} (${f.count})`])}
          />
          <FilterSelect
            name="procedure"
            label={t.procedure}
            any={t.all}
            value={current.procedure}
            options={list.options.procedures.map((p) => [p.id, pick(locale, { vi: p.nameVi, en: p.nameEn })])}
          />
          <div>
            <label htmlFor="q" className="block font-semibold">
              {t.q}
            </label>
            <input
              id="q"
              name="q"
              defaultValue={current.q}
              maxLength={60}
              autoComplete="off"
              className={FILTER_CONTROL}
            />
          </div>
          <div className="flex items-end gap-3 sm:col-span-2">
            <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 font-semibold text-white">
              {t.apply}
            </button>
            <Link href={path} className="inline-flex min-h-11 items-center font-semibold">
              {t.clear}
            </Link>
          </div>
        </form>
        <p data-testid="organisation-count">{t.count.replace("{n}", String(list.total))}</p>
        {list.items.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <ul className="divide-y divide-gray-300 border-y border-gray-300">
            {list.items.map((d) => (
              <li key={d.code} className="space-y-1 py-3" data-testid="organisation-dossier">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <p className="font-semibold">{pick(locale, d.procedureName)}</p>
                  <Link
                    href={localePath(locale, `/ho-so/${encodeURIComponent(d.code)}/xac-nhan`)}
                    aria-label={`${t.view}: ${d.code}`}
                  >
                    {t.view}
                  </Link>
                </div>
                <p className="text-sm">
                  <span className="font-mono">{d.code}</span> – {pick(locale, STATUS_LABELS[d.status])} –{" "}
                  {pick(locale, d.agencyName)}
                </p>
                <p className="text-sm">
                  {t.filedBy} <strong data-testid="filer">{d.filerName}</strong> · {t.submitted}{" "}
                  {formatDateTime(d.submittedAt, locale)}
                  {d.appointmentAt && (
                    <>
                      {" "}
                      · {t.due} <strong>{formatDateTime(d.appointmentAt, locale)}</strong>
                    </>
                  )}
                </p>
                {d.clock && <DossierClock locale={locale} clock={d.clock} id={`clock-${d.code}`} />}
                <TimeLimitLine locale={locale} dossier={d} />
              </li>
            ))}
          </ul>
        )}
        <PageLinks
          locale={locale}
          page={current.trang}
          total={list.total}
          pageSize={list.pageSize}
          label={t.pages}
          hrefOf={(p) => `${path}?${queryOf(current, { trang: String(p) })}`}
        />
      </div>
    );
  },
);
