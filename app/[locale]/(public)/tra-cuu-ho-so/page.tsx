import { titled } from "@/lib/i18n/titles";
import { TimelineList } from "@/components/dossier/timeline-list";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { DossierClock } from "@/components/dossier/dossier-clock";
import { ErrorSummary } from "@/components/form/error-summary";
import { ForgetNotice } from "@/components/form/forget-notice";
import { readFlash } from "@/components/form/flash";
import { TextField } from "@/components/form/text-field";
import { getDossierByPass, LOOKUP_PASS_COOKIE } from "@/lib/dossiers/public-lookup";
import { STATUS_LABELS } from "@/lib/dossiers/status";
import { formatDateTime } from "@/lib/i18n/format";
import { isLocale, pick } from "@/lib/i18n/locales";
import { forgetLookupAction, lookupAction } from "./actions";

export const dynamic = "force-dynamic";
export const generateMetadata = titled({ vi: "Tra cứu hồ sơ", en: "Look up a dossier" });

const TEXT = {
  vi: {
    title: "Tra cứu tình trạng hồ sơ", intro: "Không cần đăng nhập. Để bảo vệ thông tin của người nộp, hãy nhập thêm 4 chữ số cuối của số định danh cá nhân hoặc số điện thoại đã khai trong hồ sơ.",
    code: "Mã hồ sơ", codeHint: "Như trên Giấy tiếp nhận hoặc thông báo, ví dụ 01.98.H29-261123-0001.", factor: "4 chữ số cuối của số định danh cá nhân hoặc số điện thoại", find: "Tra cứu", summary: "Chưa tra cứu được",
    result: "Hồ sơ {code}", status: "Trạng thái", procedure: "Thủ tục", agency: "Cơ quan giải quyết", submitted: "Nộp lúc", received: "Tiếp nhận lúc", due: "Hẹn trả kết quả", history: "Quá trình giải quyết",
    applicant: "Người nộp hồ sơ", system: "Hệ thống", forget: "Kết thúc tra cứu", privacy: "Trang này không hiển thị thông tin cá nhân của người nộp; tên cán bộ xử lý từng bước được công khai.",
  },
  en: {
    title: "Track a dossier", intro: "No sign-in needed. To protect the applicant, also enter the last 4 digits of the ID number or phone given in the dossier.",
    code: "Dossier code", codeHint: "As on the receipt or the notice, e.g. 01.98.H29-261123-0001.", factor: "Last 4 digits of the ID number or phone", find: "Look up", summary: "The lookup did not succeed",
    result: "Dossier {code}", status: "Status", procedure: "Procedure", agency: "Competent agency", submitted: "Submitted", received: "Received", due: "Result due", history: "What has happened",
    applicant: "The applicant", system: "The system", forget: "End the lookup", privacy: "This page shows no personal data of the applicant; the names of the officers who handled each step are public.",
  },
};

const NOTICE_PARAMS = ["ket-qua"];

/** Public: a dossier's status by its code and a second factor the applicant knows. */
export default async function LookupPage({ params, searchParams }: PageProps<"/[locale]/tra-cuu-ho-so">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = TEXT[locale];
  const flash = await readFlash((await searchParams).f);
  const dossier = await getDossierByPass((await cookies()).get(LOOKUP_PASS_COOKIE)?.value);
  return (
    <div className="max-w-3xl space-y-5">
      <ForgetNotice params={NOTICE_PARAMS} />
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p>{t.intro}</p>
      <ErrorSummary state={flash} locale={locale} title={t.summary} />
      <form action={lookupAction.bind(null, locale)} className="space-y-4" noValidate>
        <TextField id="code" name="code" label={t.code} hint={t.codeHint} locale={locale} error={flash.fieldErrors?.code} defaultValue={flash.values?.code} maxLength={60} autoComplete="off" width="max-w-md" mono />
        {/* The four digits are never sent back to the page. */}
        <TextField id="factor" name="factor" label={t.factor} locale={locale} error={flash.fieldErrors?.factor} maxLength={4} inputMode="numeric" autoComplete="off" width="max-w-32" />
        <button type="submit" className="min-h-12 rounded bg-brand-700 px-6 text-lg font-semibold text-white hover:bg-brand-800">{t.find}</button>
      </form>
      {dossier && (
        <section aria-labelledby="ket-qua" className="space-y-3 rounded border border-slate-300 p-4">
          <h2 id="ket-qua" className="text-2xl font-bold">{t.result.replace("{code}", dossier.code)}</h2>
          <p className="text-gray-700">{t.privacy}</p>
          <dl className="grid gap-2 sm:grid-cols-[12rem_1fr]">
            <dt className="font-semibold">{t.status}</dt><dd data-testid="lookup-status">{pick(locale, STATUS_LABELS[dossier.status])}</dd>
            <dt className="font-semibold">{t.procedure}</dt><dd>{pick(locale, dossier.procedure)}</dd>
            <dt className="font-semibold">{t.agency}</dt><dd>{pick(locale, dossier.agency)}</dd>
            <dt className="font-semibold">{t.submitted}</dt><dd>{formatDateTime(dossier.submittedAt, locale)}</dd>
            {dossier.receivedAt && <><dt className="font-semibold">{t.received}</dt><dd>{formatDateTime(dossier.receivedAt, locale)}</dd></>}
            {dossier.appointmentAt && <><dt className="font-semibold">{t.due}</dt><dd>{formatDateTime(dossier.appointmentAt, locale)}</dd></>}
          </dl>
          {dossier.clock && <DossierClock locale={locale} clock={dossier.clock} id="lookup-clock" />}
          <h3 className="text-xl font-bold">{t.history}</h3>
          <TimelineList locale={locale} testId="lookup-history" lines={dossier.timeline.map((e) => ({ ...e, who: e.staffName ?? (e.bySystem ? t.system : t.applicant) }))} />
          <form action={forgetLookupAction.bind(null, locale)}>
            <button type="submit" className="min-h-11 rounded border-2 border-gray-700 px-4 font-semibold">{t.forget}</button>
          </form>
        </section>
      )}
    </div>
  );
}
