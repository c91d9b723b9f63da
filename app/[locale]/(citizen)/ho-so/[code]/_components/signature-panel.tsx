import type { verifyDossierSignature } from "@/lib/dossiers/signing";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { dossierMessages } from "@/lib/i18n/messages/dossier";

type Verification = NonNullable<Awaited<ReturnType<typeof verifyDossierSignature>>>;

export function SignaturePanel({
  locale,
  verification,
}: {
  locale: Locale;
  verification: Verification | "unavailable";
}) {
  const t = dossierMessages[locale].signature;
  if (verification === "unavailable")
    return (
      <section aria-labelledby="signature-title" className="rounded border border-slate-300 p-4">
        <h2 id="signature-title" className="text-2xl font-bold">
          {t.title}
        </h2>
        <p>{t.unavailable}</p>
      </section>
    );
  const status = verification.valid ? t.valid : !verification.dataUnchanged ? t.changed : t.invalid;
  const time = formatDateTime(verification.signedAt, locale, { seconds: true });
  return (
    <section aria-labelledby="signature-title" className="space-y-2 rounded border border-slate-300 p-4">
      <h2 id="signature-title" className="text-2xl font-bold">
        {t.title}
      </h2>
      <p
        role="status"
        data-testid="signature-status"
        className={
          `border-l-4 p-3 font-semibold ` +
          `${verification.valid ? "border-green-700 bg-green-50" : "border-red-700 bg-red-50"}`
        }
      >
        {status}
      </p>
      <dl className="grid gap-1 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">{t.signer}</dt>
        <dd>
          {verification.signerName} ({verification.signerKind === "PERSON" ? "CCCD" : "MST"} {verification.signerId})
        </dd>
        <dt className="font-semibold">{t.at}</dt>
        <dd>{time}</dd>
        <dt className="font-semibold">{t.hash}</dt>
        <dd className="break-all font-mono text-sm">{verification.digest}</dd>
      </dl>
    </section>
  );
}
