// Renders one e-form field from its definition: label, hint, source label for prefilled
// values, inline error, and the input the field type calls for. Plain HTML controls, so
// the form works without JavaScript.
import type { FormValues, ScalarValue } from "@/lib/forms/compile";
import type { FormField, ScalarField } from "@/lib/forms/definition";
import { formErrorMessage, type FieldErrors } from "@/lib/forms/messages";
import { numberFieldText } from "@/lib/forms/numbers";
import { isLockedSource, type Provenance } from "@/lib/forms/prefill";
import { pick, type Locale } from "@/lib/i18n/locales";
import { filingMessages } from "@/lib/i18n/messages/filing";
import { format } from "@/lib/i18n/template";

export type WardOption = { slug: string; name: string };
export type StoredDocumentOption = { id: string; name: string };

type Props = {
  field: FormField;
  values: FormValues;
  provenance: Provenance;
  errors: FieldErrors;
  locale: Locale;
  wards: WardOption[];
  documents: StoredDocumentOption[];
  businessFields?: ReadonlySet<string>;
};

const control = "mt-1 block min-h-11 w-full max-w-xl rounded border-2 border-gray-700 px-3 text-base";
const SOURCE_LABELS = {
  population: { vi: "Từ Cơ sở dữ liệu quốc gia về dân cư", en: "From the national population database" },
  business: {
    vi: "Từ Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp",
    en: "From the national business registration database",
  },
  previous: {
    vi: "Từ hồ sơ bạn đã nộp gần nhất – hãy sửa nếu đã thay đổi",
    en: "From your last dossier – change it if it is out of date",
  },
};

export function FormFieldView({ field, values, provenance, errors, locale, wards, documents, businessFields }: Props) {
  if (field.type === "group")
    return <GroupView field={field} values={values} errors={errors} locale={locale} wards={wards} />;
  return (
    <ScalarView
      field={field}
      name={field.id}
      value={values[field.id] as ScalarValue | undefined}
      source={provenance[field.id]}
      error={errors[field.id]}
      locale={locale}
      wards={wards}
      documents={documents}
      business={businessFields?.has(field.id) ?? false}
    />
  );
}

type ScalarProps = {
  field: ScalarField;
  name: string;
  value: ScalarValue | undefined;
  source?: string;
  error?: FieldErrors[string];
  locale: Locale;
  wards: WardOption[];
  documents?: StoredDocumentOption[];
  business?: boolean;
};

/** The rule for decimals (lib/forms/numbers.ts), told where a number may have them. */
const DECIMAL_HINT = {
  vi: "Phần thập phân viết sau dấu phẩy, ví dụ 15,5.",
  en: "Write decimals after a comma or a point, e.g. 15,5 or 15.5.",
};

function sourceLabel(source: string | undefined, business: boolean) {
  if (source === "REGISTRY" || source === "IDENTITY")
    return business ? SOURCE_LABELS.business : SOURCE_LABELS.population;
  if (source === "PREVIOUS_DOSSIER") return SOURCE_LABELS.previous;
  return null;
}

function ScalarView({
  field,
  name,
  value,
  source,
  error,
  locale,
  wards,
  documents = [],
  business = false,
}: ScalarProps) {
  const locked = isLockedSource(field.prefill) && source === "IDENTITY";
  const origin = sourceLabel(source, business);
  const hint = field.hint ?? (field.type === "number" && !field.integer ? DECIMAL_HINT : undefined);
  const describedBy =
    [hint && `${name}-hint`, origin && `${name}-source`, error && `${name}-error`].filter(Boolean).join(" ") ||
    undefined;
  const label = pick(locale, field.label) + (field.required ? "" : filingMessages[locale].field.optional);
  const text = typeof value === "string" ? value : "";
  const common = { id: name, name, "aria-describedby": describedBy, "aria-invalid": error ? true : undefined } as const;
  const meta = (
    <>
      {hint && (
        <p id={`${name}-hint`} className="text-sm text-muted">
          {pick(locale, hint)}
        </p>
      )}
      {origin && (
        <p
          id={`${name}-source`}
          className={`text-sm font-semibold ${source === "PREVIOUS_DOSSIER" ? "text-muted" : "text-green-900"}`}
        >
          {pick(locale, origin)}
          {locked ? filingMessages[locale].field.locked : ""}
        </p>
      )}
      {error && (
        <p id={`${name}-error`} className="font-semibold text-red-800">
          {pick(locale, formErrorMessage(error))}
        </p>
      )}
    </>
  );
  const wrapper = `space-y-1 ${error ? "border-l-4 border-red-700 pl-3" : ""}`;

  if (field.type === "radio" || field.type === "yesno" || field.type === "checkboxes") {
    const options =
      field.type === "yesno"
        ? [
            { value: "yes", label: { vi: "Có", en: "Yes" } },
            { value: "no", label: { vi: "Không", en: "No" } },
          ]
        : field.options;
    const selected = Array.isArray(value) ? value : [text];
    return (
      <fieldset className={wrapper} aria-describedby={describedBy} id={name}>
        <legend className="font-semibold">{label}</legend>
        {meta}
        {options.map((o) => (
          <label key={o.value} className="flex min-h-11 items-center gap-2">
            <input
              type={field.type === "checkboxes" ? "checkbox" : "radio"}
              name={name}
              value={o.value}
              defaultChecked={selected.includes(o.value)}
              className="h-5 w-5 shrink-0"
            />
            {pick(locale, o.label)}
          </label>
        ))}
      </fieldset>
    );
  }
  if (field.type === "attachment")
    return (
      <AttachmentView
        name={name}
        label={label}
        value={text}
        error={error}
        locale={locale}
        documents={documents}
        meta={meta}
        wrapper={wrapper}
      />
    );
  let input: React.ReactNode;
  if (field.type === "textarea")
    input = (
      <textarea
        {...common}
        defaultValue={text}
        maxLength={field.maxLength}
        rows={4}
        className={`${control} bg-white`}
      />
    );
  else if (field.type === "select" || field.type === "ward") {
    const options =
      field.type === "ward"
        ? wards.map((w) => ({ value: w.slug, text: w.name }))
        : field.options.map((o) => ({ value: o.value, text: pick(locale, o.label) }));
    input = (
      <select {...common} defaultValue={text} className={`${control} bg-white`}>
        <option value="">{filingMessages[locale].field.choose}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </select>
    );
  } else {
    const kind =
      field.type === "date" ? "date" : field.type === "email" ? "email" : field.type === "phone" ? "tel" : "text";
    const numeric = field.type === "number" || field.type === "idNumber" || field.type === "phone";
    // A number is shown as it was understood, the way the page's language writes it.
    const shownText = field.type === "number" ? numberFieldText(text, locale) : text;
    input = (
      <input
        {...common}
        type={kind}
        inputMode={field.type === "number" ? (field.integer ? "numeric" : "decimal") : numeric ? "numeric" : undefined}
        defaultValue={shownText}
        readOnly={locked}
        autoComplete={field.type === "phone" ? "tel" : field.type === "email" ? "email" : "off"}
        className={`${control} ${locked ? "border-dashed bg-gray-100" : "bg-white"}`}
      />
    );
  }
  return (
    <div className={wrapper}>
      <label htmlFor={name} className="block font-semibold">
        {label}
      </label>
      {meta}
      {input}
    </div>
  );
}

type AttachmentProps = {
  name: string;
  label: string;
  value: string;
  error?: FieldErrors[string];
  locale: Locale;
  documents: StoredDocumentOption[];
  meta: React.ReactNode;
  wrapper: string;
};

/** Upload a new file, or pick one already in the citizen's data store (once-only). */
function AttachmentView({ name, label, value, locale, documents, meta, wrapper }: AttachmentProps) {
  const vi = locale === "vi";
  return (
    <fieldset className={wrapper} id={name}>
      <legend className="font-semibold">{label}</legend>
      {meta}
      {documents.length > 0 && (
        <div>
          <label htmlFor={`${name}-store`} className="block">
            {vi ? "Chọn từ kho dữ liệu của bạn" : "Choose from your data store"}
          </label>
          <select id={`${name}-store`} name={name} defaultValue={value} className={`${control} bg-white`}>
            <option value="">{vi ? "– Không chọn –" : "– None –"}</option>
            {documents.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div>
        <label htmlFor={`${name}-file`} className="block">
          {vi
            ? "Hoặc tải lên tệp mới (PDF, JPEG, PNG; tối đa 10 MB)"
            : "Or upload a new file (PDF, JPEG, PNG; up to 10 MB)"}
        </label>
        <input
          id={`${name}-file`}
          name={`${name}.file`}
          type="file"
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          className="mt-1 block w-full max-w-xl text-base"
        />
      </div>
    </fieldset>
  );
}

function GroupView({
  field,
  values,
  errors,
  locale,
  wards,
}: {
  field: Extract<FormField, { type: "group" }>;
  values: FormValues;
  errors: FieldErrors;
  locale: Locale;
  wards: WardOption[];
}) {
  const rows = Array.isArray(values[field.id]) ? (values[field.id] as Array<Record<string, ScalarValue>>) : [];
  const shown = rows.length > 0 ? rows : [{}];
  return (
    <fieldset id={field.id} className="space-y-4">
      <legend className="text-lg font-semibold">{pick(locale, field.label)}</legend>
      {errors[field.id] && (
        <p className="font-semibold text-red-800">{pick(locale, formErrorMessage(errors[field.id]!))}</p>
      )}
      {shown.map((row, index) => (
        <div key={index} className="space-y-3 rounded border border-gray-400 p-3">
          <p className="font-semibold">{format(filingMessages[locale].field.row, { n: index + 1 })}</p>
          {field.fields.map((sub) => (
            <ScalarView
              key={sub.id}
              field={sub}
              name={`${field.id}.${index}.${sub.id}`}
              value={row[sub.id]}
              error={errors[`${field.id}.${index}.${sub.id}`]}
              locale={locale}
              wards={wards}
            />
          ))}
          <button
            type="submit"
            name="intent"
            value={`remove:${field.id}:${index}`}
            className="min-h-11 rounded border-2 border-gray-800 px-3"
          >
            {format(filingMessages[locale].field.removeRow, { n: index + 1 })}
          </button>
        </div>
      ))}
      {shown.length < field.maxItems && (
        <button
          type="submit"
          name="intent"
          value={`add:${field.id}`}
          className="min-h-11 rounded border-2 border-gray-800 px-3"
        >
          {filingMessages[locale].field.addRow}
        </button>
      )}
    </fieldset>
  );
}
