import Link from "next/link";
import { minutesToWait } from "@/lib/errors";
import type { getDraftForOwner } from "@/lib/dossiers/queries";
import { compileForm, type ScalarValue } from "@/lib/forms/compile";
import type { ScalarField } from "@/lib/forms/definition";
import { formErrorMessage } from "@/lib/forms/messages";
import { isLockedSource } from "@/lib/forms/prefill";
import { formatTimeLimit } from "@/lib/i18n/format";
import { displayAnswer } from "@/lib/forms/display";
import { localePath, pick, type Locale } from "@/lib/i18n/locales";
import { SubmitDraftForm } from "./submit-draft-form";
import { filingMessages } from "@/lib/i18n/messages/filing";
import { PRIMARY_LINK_BUTTON } from "@/components/ui-classes";

type Draft = Awaited<ReturnType<typeof getDraftForOwner>>;

/** Every answer with a Change link, any remaining problem, and the submit button. */
export function CheckAnswers({
  locale,
  draft,
  names,
  problem,
  retryAfterSeconds,
}: {
  locale: Locale;
  draft: Draft;
  names: Record<string, string>;
  problem?: string;
  retryAfterSeconds?: number;
}) {
  const t = filingMessages[locale].checkAnswers;
  const money = (n: number) => `${new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-GB").format(n)} đồng`;
  const form = compileForm(draft.definition);
  // Answers from the business registry (the organisation acted for, an enterprise code's lookup) say so.
  const fromBusiness = new Set(
    draft.definition.pages.flatMap((p) =>
      p.fields.flatMap((f) => [
        ...(f.type !== "group" && f.prefill?.startsWith("organisation.") ? [f.id] : []),
        ...(f.type === "enterpriseCode" && f.fill ? Object.values(f.fill).flatMap((id) => (id ? [id] : [])) : []),
      ]),
    ),
  );
  const parsed = form.schema.safeParse(draft.values);
  const problems = parsed.success
    ? {}
    : Object.fromEntries(parsed.error.issues.map((i) => [i.path[0] as string, i.message]));
  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-muted">{pick(locale, draft.procedure.name)}</p>
      {problem && (
        <div role="alert" className="border-4 border-red-700 p-4 font-semibold">
          {problem === "locked"
            ? t.locked
            : problem === "forbidden"
              ? t.forbidden
              : problem === "signature"
                ? t.signature
                : problem === "rate-limited"
                  ? t.limited.replace("{minutes}", String(minutesToWait(retryAfterSeconds ?? 3600)))
                  : t.problem}
        </div>
      )}
      <h1 className="text-3xl font-bold">{t.title}</h1>
      {form.visiblePages(draft.values).map((page) => (
        <section key={page.id} aria-labelledby={`section-${page.id}`}>
          <h2 id={`section-${page.id}`} className="mb-2 text-2xl font-bold">
            {pick(locale, page.title)}
          </h2>
          <dl className="divide-y divide-gray-300 border-y border-gray-300">
            {form
              .visibleFields(page, draft.values)
              .filter((f) => f.type === "group")
              .map((group) => (
                <div key={group.id} className="grid gap-1 py-2 sm:grid-cols-[14rem_1fr_auto]">
                  <dt className="font-semibold">{pick(locale, group.label)}</dt>
                  <dd>
                    <ol className="list-decimal pl-5">
                      {((draft.values[group.id] as Array<Record<string, ScalarValue>> | undefined) ?? []).map(
                        (row, i) => (
                          <li key={i}>
                            {group.fields
                              .filter((sub) => row[sub.id] !== undefined && row[sub.id] !== "")
                              .map((sub) => displayAnswer(sub, row[sub.id], locale, names))
                              .join(" – ")}
                          </li>
                        ),
                      )}
                    </ol>
                    {problems[group.id] && (
                      <span className="block font-semibold text-red-800">
                        {pick(locale, formErrorMessage(problems[group.id]!))}
                      </span>
                    )}
                  </dd>
                  <dd>
                    <Link href={`${localePath(locale, `/ho-so-nhap/${draft.id}/${page.id}`)}#${group.id}`}>
                      {t.change}
                      <span className="sr-only"> {pick(locale, group.label)}</span>
                    </Link>
                  </dd>
                </div>
              ))}
            {form
              .visibleFields(page, draft.values)
              .filter((f): f is ScalarField => f.type !== "group")
              .map((field) => (
                <div key={field.id} className="grid gap-1 py-2 sm:grid-cols-[14rem_1fr_auto]">
                  <dt className="font-semibold">{pick(locale, field.label)}</dt>
                  <dd>
                    {displayAnswer(field, draft.values[field.id] as ScalarValue | undefined, locale, names)}
                    {(draft.provenance[field.id] === "IDENTITY" || draft.provenance[field.id] === "REGISTRY") && (
                      <span className="block text-sm text-green-900">
                        {fromBusiness.has(field.id) ? t.sourceBusiness : t.source}
                      </span>
                    )}
                    {problems[field.id] && (
                      <span className="block font-semibold text-red-800">
                        {pick(locale, formErrorMessage(problems[field.id]!))}
                      </span>
                    )}
                  </dd>
                  <dd>
                    {isLockedSource(field.prefill) && draft.provenance[field.id] === "IDENTITY" ? (
                      // An identity value from VNeID is not changed here: say where it is corrected.
                      <span className="block max-w-56 text-sm" data-testid={`locked-${field.id}`}>
                        {fromBusiness.has(field.id) ? t.lockedBusiness : t.lockedValue}
                      </span>
                    ) : (
                      <Link href={`${localePath(locale, `/ho-so-nhap/${draft.id}/${page.id}`)}#${field.id}`}>
                        {t.change}
                        <span className="sr-only"> {pick(locale, field.label)}</span>
                      </Link>
                    )}
                  </dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
      <p>
        <strong>{t.deadline}:</strong> {formatTimeLimit(draft.timeLimit, locale)}
      </p>
      <section aria-labelledby="fees-title">
        <h2 id="fees-title" className="mb-2 text-2xl font-bold">
          {t.fees}
        </h2>
        {draft.fee.totalVnd === 0 ? (
          <p>{t.free}</p>
        ) : (
          <>
            <ul className="list-disc pl-6">
              {draft.fee.items.map((item) => (
                <li key={item.labelVi}>
                  {pick(locale, { vi: item.labelVi, en: item.labelEn })}
                  {item.quantity > 1 ? ` × ${item.quantity}` : ""}: {money(item.amountVnd)}
                </li>
              ))}
            </ul>
            <p className="font-semibold">
              {t.total}: <span data-testid="fee-due">{money(draft.fee.totalVnd)}</span>
            </p>
            <p>{t.payAfter}</p>
          </>
        )}
      </section>
      {draft.definition.requiresSignature ? (
        <>
          <p>{t.signNote}</p>
          <Link href={localePath(locale, `/ho-so-nhap/${draft.id}/ky-so`)} className={PRIMARY_LINK_BUTTON}>
            {t.sign}
          </Link>
        </>
      ) : (
        <SubmitDraftForm locale={locale} draftId={draft.id} idempotencyKey={draft.idempotencyKey} />
      )}
    </div>
  );
}
