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

type Draft = Awaited<ReturnType<typeof getDraftForOwner>>;

const TEXT = {
  vi: {
    problem: "Hồ sơ chưa nộp được. Hãy sửa các thông tin được đánh dấu rồi nộp lại.", forbidden: "Hồ sơ chưa được nộp: bạn không còn quyền nộp bản nháp này cho tổ chức đã chọn khi lập nó (ủy quyền đã bị thu hồi, hoặc bạn đang thực hiện với tư cách khác).", locked: "Thông tin định danh khác với dữ liệu từ VNeID; hãy đăng nhập lại rồi nộp.", signature: "Hồ sơ cần được ký số trước khi nộp; nội dung đã thay đổi sau khi ký hoặc chưa được ký.",
    limited: "Hồ sơ chưa nộp được: bạn đã nộp nhiều hồ sơ trong thời gian ngắn. Bản nháp vẫn được giữ; vui lòng nộp lại sau {minutes} phút.",
    title: "Kiểm tra thông tin trước khi nộp", change: "Sửa", lockedValue: "Không sửa được tại đây. Thông tin sai được điều chỉnh trong Cơ sở dữ liệu quốc gia về dân cư (qua ứng dụng VNeID hoặc Công an cấp xã).", deadline: "Thời hạn giải quyết, tính từ khi hồ sơ được tiếp nhận", source: "Từ Cơ sở dữ liệu quốc gia",
    fees: "Phí, lệ phí khi nộp trực tuyến", free: "Không phải nộp phí, lệ phí khi nộp trực tuyến.", total: "Tổng cộng", payAfter: "Sau khi nộp, bạn thanh toán trực tuyến; hồ sơ được chuyển đến cơ quan giải quyết ngay khi thanh toán xong.",
    signNote: "Thủ tục này yêu cầu ký số tờ khai. Bạn sẽ xem lại nội dung được ký và xác nhận bằng mã OTP.", sign: "Ký số và nộp hồ sơ",
  },
  en: {
    problem: "The dossier was not submitted. Correct the marked answers and submit again.", forbidden: "Nothing was filed: you may no longer file this draft for the organisation it was started for (the mandate was revoked, or you are acting in another capacity).", locked: "Identity data differs from what VNeID provided; sign in again, then submit.", signature: "The dossier must be signed before it is submitted; it was not signed, or it changed after signing.",
    limited: "The dossier was not submitted: you have submitted many dossiers in a short while. Your draft is kept; please submit again in {minutes} minutes.",
    title: "Check your answers before submitting", change: "Change", lockedValue: "Cannot be changed here. A wrong value is corrected in the national population database (through the VNeID app or the ward police).", deadline: "Time limit, counted from reception", source: "From the national database",
    fees: "Fees for filing online", free: "No fee is due for filing online.", total: "Total", payAfter: "After submitting you pay online; the dossier goes to the competent agency as soon as it is paid.",
    signNote: "This procedure asks you to sign the form digitally. You will see what is signed and confirm with a one-time code.", sign: "Sign and submit",
  },
};

/** Every answer with a Change link, any remaining problem, and the submit button. */
export function CheckAnswers({ locale, draft, wardNames, problem, retryAfterSeconds }: { locale: Locale; draft: Draft; wardNames: Record<string, string>; problem?: string; retryAfterSeconds?: number }) {
  const t = TEXT[locale];
  const money = (n: number) => `${new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-GB").format(n)} đồng`;
  const form = compileForm(draft.definition);
  const parsed = form.schema.safeParse(draft.values);
  const problems = parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path[0] as string, i.message]));
  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-muted">{pick(locale, draft.procedure.name)}</p>
      {problem && <div role="alert" className="border-4 border-red-700 p-4 font-semibold">{problem === "locked" ? t.locked : problem === "forbidden" ? t.forbidden : problem === "signature" ? t.signature : problem === "rate-limited" ? t.limited.replace("{minutes}", String(minutesToWait(retryAfterSeconds ?? 3600))) : t.problem}</div>}
      <h1 className="text-3xl font-bold">{t.title}</h1>
      {form.visiblePages(draft.values).map((page) => (
        <section key={page.id} aria-labelledby={`section-${page.id}`}>
          <h2 id={`section-${page.id}`} className="mb-2 text-2xl font-bold">{pick(locale, page.title)}</h2>
          <dl className="divide-y divide-gray-300 border-y border-gray-300">
            {form.visibleFields(page, draft.values).filter((f) => f.type === "group").map((group) => (
              <div key={group.id} className="grid gap-1 py-2 sm:grid-cols-[14rem_1fr_auto]">
                <dt className="font-semibold">{pick(locale, group.label)}</dt>
                <dd>
                  <ol className="list-decimal pl-5">
                    {((draft.values[group.id] as Array<Record<string, ScalarValue>> | undefined) ?? []).map((row, i) => (
                      <li key={i}>{group.fields.filter((sub) => row[sub.id] !== undefined && row[sub.id] !== "").map((sub) => displayAnswer(sub, row[sub.id], locale, wardNames)).join(" – ")}</li>
                    ))}
                  </ol>
                  {problems[group.id] && <span className="block font-semibold text-red-800">{pick(locale, formErrorMessage(problems[group.id]!))}</span>}
                </dd>
                <dd><Link href={`${localePath(locale, `/ho-so-nhap/${draft.id}/${page.id}`)}#${group.id}`}>{t.change}<span className="sr-only"> {pick(locale, group.label)}</span></Link></dd>
              </div>
            ))}
            {form.visibleFields(page, draft.values).filter((f): f is ScalarField => f.type !== "group").map((field) => (
              <div key={field.id} className="grid gap-1 py-2 sm:grid-cols-[14rem_1fr_auto]">
                <dt className="font-semibold">{pick(locale, field.label)}</dt>
                <dd>
                  {displayAnswer(field, draft.values[field.id] as ScalarValue | undefined, locale, wardNames)}
                  {(draft.provenance[field.id] === "IDENTITY" || draft.provenance[field.id] === "REGISTRY") && <span className="block text-sm text-green-900">{t.source}</span>}
                  {problems[field.id] && <span className="block font-semibold text-red-800">{pick(locale, formErrorMessage(problems[field.id]!))}</span>}
                </dd>
                <dd>
                  {isLockedSource(field.prefill) && draft.provenance[field.id] === "IDENTITY" ? (
                    // An identity value from VNeID is not changed here: say where it is corrected.
                    <span className="block max-w-56 text-sm" data-testid={`locked-${field.id}`}>{t.lockedValue}</span>
                  ) : (
                    <Link href={`${localePath(locale, `/ho-so-nhap/${draft.id}/${page.id}`)}#${field.id}`}>
                      {t.change}<span className="sr-only"> {pick(locale, field.label)}</span>
                    </Link>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <p><strong>{t.deadline}:</strong> {formatTimeLimit(draft.timeLimit, locale)}</p>
      <section aria-labelledby="fees-title">
        <h2 id="fees-title" className="mb-2 text-2xl font-bold">{t.fees}</h2>
        {draft.fee.totalVnd === 0 ? <p>{t.free}</p> : (
          <>
            <ul className="list-disc pl-6">
              {draft.fee.items.map((item) => <li key={item.labelVi}>{pick(locale, { vi: item.labelVi, en: item.labelEn })}{item.quantity > 1 ? ` × ${item.quantity}` : ""}: {money(item.amountVnd)}</li>)}
            </ul>
            <p className="font-semibold">{t.total}: <span data-testid="fee-due">{money(draft.fee.totalVnd)}</span></p>
            <p>{t.payAfter}</p>
          </>
        )}
      </section>
      {draft.definition.requiresSignature ? (
        <>
          <p>{t.signNote}</p>
          <Link href={localePath(locale, `/ho-so-nhap/${draft.id}/ky-so`)} className="inline-flex min-h-12 items-center rounded bg-brand-700 px-6 text-lg font-semibold text-white no-underline hover:bg-brand-800">{t.sign}</Link>
        </>
      ) : (
        <SubmitDraftForm locale={locale} draftId={draft.id} idempotencyKey={draft.idempotencyKey} />
      )}
    </div>
  );
}
