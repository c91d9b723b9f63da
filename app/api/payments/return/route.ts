// The payer's way back from the gateway: the same signed answer as the notification
// (whichever arrives first settles the attempt), then the dossier's page.
import { redirect } from "next/navigation";
import { DomainError } from "@/lib/errors";
import { isLocale, localePath } from "@/lib/i18n/locales";
import { paramsOf, RESULT_FIELDS } from "@/lib/payments/protocol";
import { settlePayment } from "@/lib/payments/mutations";

export async function GET(request: Request) {
  const url = new URL(request.url);
  const lang = url.searchParams.get("lang");
  const locale = lang && isLocale(lang) ? lang : "vi";
  let target: string;
  try {
    const { dossierCode, outcome } = await settlePayment(paramsOf(url.searchParams, RESULT_FIELDS));
    target = `${localePath(locale, `/ho-so/${encodeURIComponent(dossierCode)}/xac-nhan`)}?payment=${outcome}`;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return new Response(locale === "vi" ? "Kết quả thanh toán không hợp lệ." : "The payment result is not valid.", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  redirect(target);
}
