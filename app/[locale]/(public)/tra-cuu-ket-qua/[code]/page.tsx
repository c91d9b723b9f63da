import Link from "next/link";
import { titled } from "@/lib/i18n/titles";
import { notFound } from "next/navigation";
import { minutesToWait } from "@/lib/errors";
import { orNotFound } from "@/lib/errors/pages";
import { requestIp } from "@/lib/http/request-info";
import { formatDateTime } from "@/lib/i18n/format";
import { isLocale, localePath, pick } from "@/lib/i18n/locales";
import { verifyResult } from "@/lib/processing/results";
import { lookupMessages } from "@/lib/i18n/messages/lookup";

export const dynamic = "force-dynamic";
export const generateMetadata = titled({ vi: "Tra cứu kết quả điện tử", en: "Verify an electronic result" });

/** Public: what a QR code on a printed result leads to. */
export default async function VerifyResultPage({ params }: PageProps<"/[locale]/tra-cuu-ket-qua/[code]">) {
  const { locale, code } = await params;
  if (!isLocale(locale)) notFound();
  const t = lookupMessages[locale].result;
  const verification = await orNotFound(verifyResult(code, (await requestIp()) ?? "unknown"));
  if (verification.kind === "limited") {
    return (
      <div className="max-w-3xl space-y-5">
        <h1 className="text-3xl font-bold">{t.title}</h1>
        <p role="alert" className="border-l-4 border-red-700 bg-red-50 p-4 text-lg">
          {t.limited(minutesToWait(verification.retryAfterSeconds))}
        </p>
      </div>
    );
  }
  const { result } = verification;
  const verdict = result.revokedAt
    ? t.revoked.replace("{at}", formatDateTime(result.revokedAt, locale))
    : result.valid
      ? t.valid
      : t.invalid;
  return (
    <div className="max-w-3xl space-y-5">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p
        role="status"
        data-testid="result-verdict"
        className={
          `border-l-4 p-4 text-lg font-semibold ` +
          `${result.valid ? "border-green-700 bg-green-50" : "border-red-700 bg-red-50"}`
        }
      >
        {verdict}
      </p>
      {result.replacesCode && (
        <p data-testid="result-replaces">
          {t.replaces}{" "}
          <Link className="font-mono underline" href={localePath(locale, `/tra-cuu-ket-qua/${result.replacesCode}`)}>
            {result.replacesCode}
          </Link>
        </p>
      )}
      {result.replacedByCode && (
        <p data-testid="result-replaced-by">
          {t.replacedBy}{" "}
          <Link className="font-mono underline" href={localePath(locale, `/tra-cuu-ket-qua/${result.replacedByCode}`)}>
            {result.replacedByCode}
          </Link>
        </p>
      )}
      <dl className="grid gap-2 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">{t.code}</dt>
        <dd className="font-mono">{result.code}</dd>
        <dt className="font-semibold">{t.document}</dt>
        <dd>{result.title}</dd>
        <dt className="font-semibold">{t.applicant}</dt>
        <dd>
          <span data-testid="result-holder">{result.holderName}</span>
          {result.holderNameIsPartial && <span className="block text-sm text-gray-700">{t.partialName}</span>}
        </dd>
        <dt className="font-semibold">{t.dossier}</dt>
        <dd className="font-mono">{result.dossierCode}</dd>
        <dt className="font-semibold">{t.procedure}</dt>
        <dd>
          {pick(locale, result.procedure.name)} ({result.procedure.code})
        </dd>
        <dt className="font-semibold">{t.agency}</dt>
        <dd>{result.signerName}</dd>
        <dt className="font-semibold">{t.signedBy}</dt>
        <dd>{result.signedByName}</dd>
        <dt className="font-semibold">{t.issued}</dt>
        <dd>{formatDateTime(result.issuedAt, locale)}</dd>
      </dl>
      <p>
        <Link href={localePath(locale, "/tra-cuu-ket-qua")}>{t.another}</Link>
      </p>
    </div>
  );
}
