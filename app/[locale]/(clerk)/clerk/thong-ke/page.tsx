import { titled } from "@/lib/i18n/titles";
import { ErrorSummary } from "@/components/form/error-summary";
import { orNotFound } from "@/lib/errors/pages";
import { leaderDashboard } from "@/lib/statistics/dashboard";
import { DashboardView, PeriodForm } from "./_components/dashboard-view";
import { PARAM_MESSAGES } from "@/lib/statistics/params";
import { statisticsMessages } from "@/lib/i18n/messages/statistics";
import { gatedPage } from "@/components/layout/gated-page";

export const dynamic = "force-dynamic";
export const generateMetadata = titled({ vi: "Bảng điều hành chỉ số phục vụ", en: "Service index dashboard" });

/** Leaders, the city office and inspectors: the service index and where dossiers are late, with who holds them. */
export default gatedPage<{ locale: string }>(
  { route: "/clerk/thong-ke", permission: "stats.read" },
  async function DashboardPage({ locale, actor, searchParams }) {
    const query = await searchParams;
    const result = await orNotFound(leaderDashboard(actor, query));
    const t = statisticsMessages[locale].dashboard;
    const raw = (key: string) => (typeof query[key] === "string" ? (query[key] as string) : undefined);
    if (!result.ok) {
      const problems = Object.fromEntries(Object.entries(result.problems).map(([k, p]) => [k, PARAM_MESSAGES[p!]]));
      return (
        <div className="space-y-5">
          <h1 className="text-3xl font-bold">{t.title}</h1>
          <ErrorSummary state={{ fieldErrors: problems }} locale={locale} title={t.summary} />
          <PeriodForm
            locale={locale}
            from={raw("from") ?? ""}
            to={raw("to") ?? ""}
            agency={raw("agency")}
            procedure={raw("procedure")}
          />
        </div>
      );
    }
    return <DashboardView locale={locale} d={result.dashboard} />;
  },
);
