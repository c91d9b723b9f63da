import type { verifyDossierSignature } from "@/lib/dossiers/signing";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

type Verification = NonNullable<Awaited<ReturnType<typeof verifyDossierSignature>>>;

const TEXT = {
  vi: {
    title: "Chữ ký số của tờ khai", signer: "Người ký", at: "Thời điểm ký", hash: "Mã băm SHA-256",
    valid: "Chữ ký hợp lệ: dữ liệu hồ sơ không thay đổi kể từ khi ký.", changed: "Dữ liệu hồ sơ đã thay đổi sau khi ký: chữ ký không còn khớp với nội dung.",
    invalid: "Chữ ký không hợp lệ: chứng thư số không do tổ chức cung cấp dịch vụ tin cậy cấp, hoặc chữ ký không khớp.", unavailable: "Chưa kiểm tra được chữ ký lúc này (không kết nối được dịch vụ ký số).",
  },
  en: {
    title: "Digital signature of the form", signer: "Signer", at: "Signed at", hash: "SHA-256 hash",
    valid: "Valid signature: the dossier's data has not changed since it was signed.", changed: "The dossier's data changed after signing: the signature no longer matches it.",
    invalid: "Invalid signature: the certificate is not from the trusted provider, or the signature does not match.", unavailable: "The signature cannot be checked right now (the signing service cannot be reached).",
  },
};

export function SignaturePanel({ locale, verification }: { locale: Locale; verification: Verification | "unavailable" }) {
  const t = TEXT[locale];
  if (verification === "unavailable") return <section aria-labelledby="signature-title" className="rounded border border-slate-300 p-4"><h2 id="signature-title" className="text-2xl font-bold">{t.title}</h2><p>{t.unavailable}</p></section>;
  const status = verification.valid ? t.valid : !verification.dataUnchanged ? t.changed : t.invalid;
  const time = formatDateTime(verification.signedAt, locale, { seconds: true });
  return (
    <section aria-labelledby="signature-title" className="space-y-2 rounded border border-slate-300 p-4">
      <h2 id="signature-title" className="text-2xl font-bold">{t.title}</h2>
      <p role="status" data-testid="signature-status" className={`border-l-4 p-3 font-semibold ${verification.valid ? "border-green-700 bg-green-50" : "border-red-700 bg-red-50"}`}>{status}</p>
      <dl className="grid gap-1 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">{t.signer}</dt><dd>{verification.signerName} ({verification.signerKind === "PERSON" ? "CCCD" : "MST"} {verification.signerId})</dd>
        <dt className="font-semibold">{t.at}</dt><dd>{time}</dd>
        <dt className="font-semibold">{t.hash}</dt><dd className="break-all font-mono text-sm">{verification.digest}</dd>
      </dl>
    </section>
  );
}
