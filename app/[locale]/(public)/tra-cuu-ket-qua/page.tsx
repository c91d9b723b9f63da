import { notFound, redirect } from "next/navigation";
import { ErrorSummary } from "@/components/form/error-summary";
import { TextField } from "@/components/form/text-field";
import { PRIMARY_BUTTON } from "@/components/ui-classes";
import { isLocale, localePath } from "@/lib/i18n/locales";
import { lookupMessages } from "@/lib/i18n/messages/lookup";
import { titled } from "@/lib/i18n/titles";

export const dynamic = "force-dynamic";
export const generateMetadata = titled({ vi: "Kiểm tra kết quả điện tử", en: "Verify an electronic result" });

const RESULT_CODE = /^[A-Za-z0-9.-]{1,70}$/;

/**
 * Public: the way to a result's verification page for someone holding the paper but not
 * scanning its QR code. A plain GET form: it works without JavaScript, and the number goes
 * to the page of that number (which says when there is none).
 */
export default async function VerifyFormPage({ params, searchParams }: PageProps<"/[locale]/tra-cuu-ket-qua">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = lookupMessages[locale].result;
  const asked = (await searchParams).so;
  const typed = typeof asked === "string" ? asked.trim().slice(0, 200) : "";
  // Result numbers are printed in capitals without spaces: typed in small letters or with spaces, they still match.
  const number = typed.replace(/\s+/g, "").toUpperCase();
  if (number && RESULT_CODE.test(number))
    redirect(localePath(locale, `/tra-cuu-ket-qua/${encodeURIComponent(number)}`));
  const error = typed ? { vi: lookupMessages.vi.result.formBadCode, en: lookupMessages.en.result.formBadCode } : null;
  const state = error ? { fieldErrors: { so: error }, values: { so: typed } } : {};
  return (
    <div className="max-w-3xl space-y-5">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p>{t.formIntro}</p>
      <ErrorSummary state={state} locale={locale} title={t.formSummary} />
      <form method="get" action={localePath(locale, "/tra-cuu-ket-qua")} className="space-y-4" noValidate>
        <TextField
          id="so"
          name="so"
          label={t.formCode}
          hint={t.formCodeHint}
          locale={locale}
          error={error ?? undefined}
          defaultValue={typed}
          maxLength={70}
          autoComplete="off"
          width="max-w-md"
          mono
        />
        <button type="submit" className={PRIMARY_BUTTON}>
          {t.formSubmit}
        </button>
      </form>
    </div>
  );
}
