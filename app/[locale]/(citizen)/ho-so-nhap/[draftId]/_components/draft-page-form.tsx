import Link from "next/link";
import { FormFieldView, type StoredDocumentOption, type WardOption } from "@/components/form/form-field";
import { conditionHolds, type FormValues } from "@/lib/forms/compile";
import type { FormPage } from "@/lib/forms/definition";
import { formErrorMessage, type FieldErrors } from "@/lib/forms/messages";
import { localePath, pick, type Locale } from "@/lib/i18n/locales";
import { businessRegistryFields, type Provenance } from "@/lib/forms/prefill";
import { savePageAction } from "../actions";

type Props = {
  locale: Locale;
  draftId: string;
  procedureName: string;
  /** The organisation the applicant files for; null when filing for themselves. */
  actingFor: string | null;
  page: FormPage;
  step: { index: number; count: number; previousPageId: string | null };
  values: FormValues;
  provenance: Provenance;
  errors: FieldErrors;
  notice?: "filled" | "registry-unavailable";
  wards: WardOption[];
  documents: StoredDocumentOption[];
};

const TEXT = {
  vi: { actingSelf: "Bạn đang nộp hồ sơ cho bản thân.", actingOrg: "Bạn đang nộp hồ sơ cho: {org}.", step: "Bước {i} / {n}", back: "Quay lại", next: "Lưu và tiếp tục", summary: "Có lỗi cần sửa", filled: "Đã lấy thông tin từ Cơ sở dữ liệu quốc gia về dân cư. Vui lòng kiểm tra rồi bấm “Lưu và tiếp tục”.", unavailable: "Chưa kết nối được Cơ sở dữ liệu quốc gia. Bạn có thể tự nhập thông tin; thông tin tự nhập sẽ được cán bộ kiểm tra.", saved: "Bản nháp được lưu sau mỗi bước; bạn có thể tiếp tục trên thiết bị khác." },
  en: { actingSelf: "You are filing for yourself.", actingOrg: "You are filing for: {org}.", step: "Step {i} of {n}", back: "Back", next: "Save and continue", summary: "There is a problem", filled: "Details were taken from the national population database. Check them, then choose “Save and continue”.", unavailable: "The national database could not be reached. You can type the details; typed details will be checked by staff.", saved: "Your draft is saved at every step; you can continue on another device." },
};

/** One group of questions per page (UK design pattern), with the error summary on top; a plain form posting to a server action. */
export function DraftPageForm({ locale, draftId, procedureName, actingFor, page, step, values, provenance, errors, notice, wards, documents }: Props) {
  const action = savePageAction.bind(null, draftId, page.id, locale);
  const t = TEXT[locale];
  const fields = page.fields.filter((f) => conditionHolds(f.showIf, values));
  const businessFields = businessRegistryFields(page.fields);
  const errorList = Object.entries(errors);
  // The summary names each field, so that seven "enter this" lines are not alike.
  const labelOf = (id: string) => {
    const field = page.fields.find((f) => f.id === id.split(".")[0]);
    return field ? `${pick(locale, field.label)}: ` : "";
  };
  return (
    <div className="max-w-3xl space-y-5">
      <p className="text-muted">{procedureName} – {t.step.replace("{i}", String(step.index)).replace("{n}", String(step.count))}</p>
      <p className="rounded bg-gray-100 px-3 py-2 font-semibold" data-testid="filing-for">{actingFor ? t.actingOrg.replace("{org}", actingFor) : t.actingSelf}</p>
      {errorList.length > 0 && (
        <div role="alert" aria-labelledby="error-summary-title" className="border-4 border-red-700 p-4">
          <h2 id="error-summary-title" className="text-lg font-bold">{t.summary}</h2>
          <ul className="mt-2 list-disc pl-6">
            {errorList.map(([field, key]) => (
              <li key={field}><a href={`#${field}`} className="font-semibold text-red-800">{labelOf(field)}{pick(locale, formErrorMessage(key))}</a></li>
            ))}
          </ul>
        </div>
      )}
      {notice === "filled" && <p role="status" className="border-l-4 border-green-800 bg-green-50 p-3">{t.filled}</p>}
      {notice === "registry-unavailable" && <p role="status" className="border-l-4 border-amber-700 bg-amber-50 p-3">{t.unavailable}</p>}
      <h1 className="text-3xl font-bold">{pick(locale, page.title)}</h1>
      {page.intro && <p className="text-lg">{pick(locale, page.intro)}</p>}
      <form action={action} className="space-y-5" noValidate>
        {fields.map((field) => (
          <FormFieldView key={field.id} field={field} values={values} provenance={provenance} errors={errors} locale={locale} wards={wards} documents={documents} businessFields={businessFields} />
        ))}
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className="min-h-12 rounded bg-brand-700 px-6 text-lg font-semibold text-white hover:bg-brand-800">{t.next}</button>
          {step.previousPageId && <Link href={localePath(locale, `/ho-so-nhap/${draftId}/${step.previousPageId}`)}>{t.back}</Link>}
        </div>
      </form>
      <p className="text-sm text-muted">{t.saved}</p>
    </div>
  );
}
