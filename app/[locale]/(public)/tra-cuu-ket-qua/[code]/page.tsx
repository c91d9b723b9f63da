import { titled } from "@/lib/i18n/titles";
import { notFound } from "next/navigation";
import { minutesToWait } from "@/lib/errors";
import { orNotFound } from "@/lib/errors/pages";
import { requestIp } from "@/lib/identity/request-info";
import { formatDateTime } from "@/lib/i18n/format";
import { isLocale, pick } from "@/lib/i18n/locales";
import { verifyResult } from "@/lib/processing/results";

export const dynamic = "force-dynamic";
export const generateMetadata = titled({ vi: "Tra cứu kết quả điện tử", en: "Verify an electronic result" });

const TEXT = {
  vi: {
    title: "Tra cứu kết quả giải quyết thủ tục hành chính", valid: "Kết quả hợp lệ: văn bản do cơ quan ký số, nội dung không bị thay đổi.", revoked: "Kết quả đã bị thu hồi lúc {at}; không còn giá trị.", invalid: "Không xác thực được chữ ký số hoặc nội dung văn bản đã bị thay đổi.",
    code: "Số kết quả", document: "Văn bản", dossier: "Mã hồ sơ", procedure: "Thủ tục", agency: "Cơ quan ban hành", signedBy: "Người ký duyệt", issued: "Ngày ban hành", applicant: "Cấp cho",
    partialName: "Để bảo vệ dữ liệu cá nhân, họ tên chỉ hiện một phần; hãy đối chiếu với họ tên trên văn bản.",
    limited: (minutes: number) => `Địa chỉ mạng của bạn đã tra cứu kết quả quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`,
  },
  en: {
    title: "Verify an administrative result", valid: "Valid result: signed by the agency, its content unchanged.", revoked: "This result was revoked at {at}; it is no longer valid.", invalid: "The digital signature could not be verified, or the document was changed.",
    code: "Result number", document: "Document", dossier: "Dossier code", procedure: "Procedure", agency: "Issued by", signedBy: "Approved by", issued: "Issued", applicant: "Issued to",
    partialName: "To protect personal data, only part of the name is shown; compare it with the name on the document.",
    limited: (minutes: number) => `Too many results have been verified from your network address. Please try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
  },
};

/** Public: what a QR code on a printed result leads to. */
export default async function VerifyResultPage({ params }: PageProps<"/[locale]/tra-cuu-ket-qua/[code]">) {
  const { locale, code } = await params;
  if (!isLocale(locale)) notFound();
  const t = TEXT[locale];
  const verification = await orNotFound(verifyResult(code, (await requestIp()) ?? "unknown"));
  if (verification.kind === "limited") {
    return (
      <div className="max-w-3xl space-y-5">
        <h1 className="text-3xl font-bold">{t.title}</h1>
        <p role="alert" className="border-l-4 border-red-700 bg-red-50 p-4 text-lg">{t.limited(minutesToWait(verification.retryAfterSeconds))}</p>
      </div>
    );
  }
  const { result } = verification;
  const verdict = result.revokedAt ? t.revoked.replace("{at}", formatDateTime(result.revokedAt, locale)) : result.valid ? t.valid : t.invalid;
  return (
    <div className="max-w-3xl space-y-5">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p role="status" data-testid="result-verdict" className={`border-l-4 p-4 text-lg font-semibold ${result.valid ? "border-green-700 bg-green-50" : "border-red-700 bg-red-50"}`}>{verdict}</p>
      <dl className="grid gap-2 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">{t.code}</dt><dd className="font-mono">{result.code}</dd>
        <dt className="font-semibold">{t.document}</dt><dd>{result.title}</dd>
        <dt className="font-semibold">{t.applicant}</dt><dd><span data-testid="result-holder">{result.holderName}</span>{result.holderNameIsPartial && <span className="block text-sm text-gray-700">{t.partialName}</span>}</dd>
        <dt className="font-semibold">{t.dossier}</dt><dd className="font-mono">{result.dossierCode}</dd>
        <dt className="font-semibold">{t.procedure}</dt><dd>{pick(locale, result.procedure.name)} ({result.procedure.code})</dd>
        <dt className="font-semibold">{t.agency}</dt><dd>{result.signerName}</dd>
        <dt className="font-semibold">{t.signedBy}</dt><dd>{result.signedByName}</dd>
        <dt className="font-semibold">{t.issued}</dt><dd>{formatDateTime(result.issuedAt, locale)}</dd>
      </dl>
    </div>
  );
}
