// The form builder's parts, drawn on the server: every button is a small form that posts
// one operation (builderAction), so the builder works without JavaScript and with the
// keyboard alone. What was typed into a refused form comes back through the flash.
import type { ReactNode } from "react";
import type { ActionState } from "@/lib/errors/action-state";
import {
  BUSINESS_ATTRIBUTES,
  PERSON_ATTRIBUTES,
  PERSON_RELATIONS,
  PREFILL_SOURCES,
  type FormDefinition,
  type FormField,
  type FormPage,
} from "@/lib/forms/definition";
import { FIELD_TYPES, encodeCondition } from "@/lib/forms/builder";
import { pick, type Locale } from "@/lib/i18n/locales";
import { adminMessages } from "@/lib/i18n/messages/admin";
import { format } from "@/lib/i18n/template";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/components/ui-classes";
import { SelectField } from "@/components/form/select-field";
import { TextField } from "@/components/form/text-field";
import { builderAction } from "../actions";

type Messages = (typeof adminMessages)["vi"];
type Shared = { locale: Locale; slug: string; revision: number; flash: ActionState };

export const SMALL_BUTTON = "min-h-11 min-w-11 rounded border-2 border-gray-700 px-3 font-semibold";

/** A form that posts one operation of the builder: the draft's revision, the operation and its hidden arguments. */
function OperationForm({
  shared,
  op,
  args,
  className,
  children,
}: {
  shared: Shared;
  op: string;
  args: Record<string, string | undefined>;
  className: string;
  children: ReactNode;
}) {
  return (
    <form action={builderAction.bind(null, shared.slug, shared.locale)} className={className} noValidate>
      <input type="hidden" name="revision" value={shared.revision} />
      <input type="hidden" name="op" value={op} />
      {Object.entries(args).map(([name, value]) =>
        value === undefined ? null : <input key={name} type="hidden" name={name} value={value} />,
      )}
      {children}
    </form>
  );
}

/** One button that posts one operation, with its hidden arguments. */
export function OperationButton({
  shared,
  op,
  args,
  label,
  accessibleName,
  className = SMALL_BUTTON,
}: {
  shared: Shared;
  op: string;
  args: Record<string, string>;
  label: string;
  accessibleName: string;
  className?: string;
}) {
  return (
    <OperationForm shared={shared} op={op} args={args} className="inline">
      <button type="submit" className={className} aria-label={accessibleName}>
        {label}
      </button>
    </OperationForm>
  );
}

/** A text or number box of the builder's forms, keeping what was typed into a refused form. */
function Input({
  id,
  name,
  label,
  flash,
  locale,
  defaultValue = "",
  type = "text",
  hint,
}: {
  id: string;
  name: string;
  label: string;
  flash: ActionState;
  locale: Locale;
  defaultValue?: string;
  type?: "text" | "number";
  hint?: string;
}) {
  return (
    <TextField
      id={id}
      name={name}
      label={label}
      locale={locale}
      error={flash.fieldErrors?.[name]}
      defaultValue={flash.values?.[name] ?? defaultValue}
      hint={hint}
      maxLength={300}
      inputMode={type === "number" ? "numeric" : undefined}
    />
  );
}

/** A text in Vietnamese and English: two boxes, `<name>Vi` and `<name>En`. */
function BilingualInputs({
  name,
  labels,
  flash,
  locale,
  value,
  ids = { vi: `${name}Vi`, en: `${name}En` },
}: {
  name: string;
  labels: { vi: string; en: string };
  flash: ActionState;
  locale: Locale;
  value?: { vi: string; en: string };
  ids?: { vi: string; en: string };
}) {
  return (
    <>
      <Input id={ids.vi} name={`${name}Vi`} label={labels.vi} flash={flash} locale={locale} defaultValue={value?.vi} />
      <Input id={ids.en} name={`${name}En`} label={labels.en} flash={flash} locale={locale} defaultValue={value?.en} />
    </>
  );
}

function Check({ id, name, label, checked }: { id: string; name: string; label: string; checked: boolean }) {
  return (
    <div className="flex items-center gap-3">
      <input id={id} name={name} type="checkbox" defaultChecked={checked} className="size-6 shrink-0" />
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
    </div>
  );
}

/** The conditions a page or field may be shown by: answers of the fields before it, chosen from a list. */
export function conditionOptions(definition: FormDefinition, before: string | null, locale: Locale, t: Messages) {
  const options: Array<{ value: string; label: string; group?: string }> = [{ value: "", label: t.builder.always }];
  for (const page of definition.pages) {
    for (const field of page.fields) {
      if (field.id === before) return options;
      if (field.type === "group" || field.type === "attachment") continue;
      const name = pick(locale, field.label);
      const group = name;
      if (field.type === "select" || field.type === "radio" || field.type === "checkboxes")
        for (const option of field.options)
          options.push({
            value: `eq:${field.id}:${option.value}`,
            label: format(t.builder.equals, { name, value: pick(locale, option.label) }),
            group,
          });
      if (field.type === "yesno") {
        options.push({
          value: `eq:${field.id}:true`,
          label: format(t.builder.equals, { name, value: t.builder.yes }),
          group,
        });
        options.push({
          value: `eq:${field.id}:false`,
          label: format(t.builder.equals, { name, value: t.builder.no }),
          group,
        });
      }
      options.push({ value: `filled:${field.id}`, label: format(t.builder.isAnswered, { name }), group });
      options.push({ value: `empty:${field.id}`, label: format(t.builder.isEmpty, { name }), group });
    }
  }
  return options;
}

/** The condition list, with the current condition kept when the list cannot show it. */
function ConditionSelect({
  id,
  definition,
  before,
  current,
  shared,
}: {
  id: string;
  definition: FormDefinition;
  before: string | null;
  current: FormField["showIf"];
  shared: Shared;
}) {
  const t = adminMessages[shared.locale];
  const options = conditionOptions(definition, before, shared.locale, t);
  const value = shared.flash.values?.showIf ?? encodeCondition(current);
  if (value === "keep" || (value && !options.some((o) => o.value === value)))
    options.push({ value: "keep", label: format(t.builder.keep, { c: JSON.stringify(current) }) });
  return (
    <SelectField
      locale={shared.locale}
      id={id}
      name="showIf"
      label={t.builder.showIf}
      options={options}
      value={options.some((o) => o.value === value) ? value : "keep"}
    />
  );
}

/** The palette: a field type and its label in both languages, added at the end of the page or group. */
export function AddFieldForm({ shared, page, groupId }: { shared: Shared; page: FormPage; groupId?: string }) {
  const t = adminMessages[shared.locale];
  const where = groupId ?? page.id;
  const mine = shared.flash.values?.op === "field.add" && (shared.flash.values?.groupId ?? "") === (groupId ?? "");
  const flash = mine && shared.flash.values?.pageId === page.id ? shared.flash : {};
  return (
    <details className="rounded border border-slate-300 p-3" open={mine ? true : undefined}>
      <summary className="min-h-11 cursor-pointer py-2 font-semibold text-brand-800">
        {groupId ? t.builder.addToGroup : t.builder.addField}
      </summary>
      <OperationForm shared={shared} op="field.add" args={{ pageId: page.id, groupId }} className="mt-2 space-y-3">
        <SelectField
          locale={shared.locale}
          id={`type-${where}`}
          name="type"
          label={t.builder.fieldType}
          value={flash.values?.type ?? "text"}
          options={FIELD_TYPES.filter((type) => !(groupId && type === "group")).map((type) => ({
            value: type,
            label: t.fieldTypes[type],
          }))}
        />
        <BilingualInputs
          name="label"
          labels={{ vi: t.builder.labelVi, en: t.builder.labelEn }}
          flash={flash}
          locale={shared.locale}
          ids={{ vi: `labelVi-${where}`, en: `labelEn-${where}` }}
        />
        <button type="submit" className={SECONDARY_BUTTON}>
          {t.builder.add}
        </button>
      </OperationForm>
    </details>
  );
}

export function AddPageForm({ shared }: { shared: Shared }) {
  const t = adminMessages[shared.locale];
  const flash = shared.flash.values?.op === "page.add" ? shared.flash : {};
  return (
    <section aria-labelledby="add-page" className="space-y-3 rounded border border-slate-300 p-4">
      <h2 id="add-page" className="text-xl font-bold">
        {t.builder.addPage}
      </h2>
      <OperationForm shared={shared} op="page.add" args={{}} className="space-y-3">
        <BilingualInputs
          name="title"
          labels={{ vi: t.builder.titleVi, en: t.builder.titleEn }}
          flash={flash}
          locale={shared.locale}
          ids={{ vi: "new-titleVi", en: "new-titleEn" }}
        />
        <button type="submit" className={SECONDARY_BUTTON}>
          {t.builder.addPage}
        </button>
      </OperationForm>
    </section>
  );
}

function Panel({
  title,
  children,
  closeHref,
  closeLabel,
}: {
  title: string;
  children: ReactNode;
  closeHref: string;
  closeLabel: string;
}) {
  return (
    <section id="edit" aria-labelledby="edit-title" className="space-y-4 rounded border-4 border-brand-700 p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="edit-title" className="text-2xl font-bold">
          {title}
        </h2>
        <a href={closeHref} className="min-h-11 py-2">
          {closeLabel}
        </a>
      </div>
      {children}
    </section>
  );
}

export function PageEditor({
  shared,
  definition,
  page,
  closeHref,
}: {
  shared: Shared;
  definition: FormDefinition;
  page: FormPage;
  closeHref: string;
}) {
  const t = adminMessages[shared.locale];
  const flash = shared.flash;
  const first = page.fields[0]?.id ?? null;
  return (
    <Panel
      title={format(t.builder.editingPage, { name: pick(shared.locale, page.title) })}
      closeHref={closeHref}
      closeLabel={t.builder.close}
    >
      <OperationForm shared={shared} op="page.edit" args={{ pageId: page.id }} className="space-y-3">
        <BilingualInputs
          name="title"
          labels={{ vi: t.builder.titleVi, en: t.builder.titleEn }}
          flash={flash}
          locale={shared.locale}
          value={page.title}
        />
        <BilingualInputs
          name="intro"
          labels={{ vi: t.builder.introVi, en: t.builder.introEn }}
          flash={flash}
          locale={shared.locale}
          value={page.intro}
        />
        <ConditionSelect id="showIf" definition={definition} before={first} current={page.showIf} shared={shared} />
        <button type="submit" className={PRIMARY_BUTTON}>
          {t.builder.save}
        </button>
      </OperationForm>
    </Panel>
  );
}

/** Every setting of one field, as its type has them. */
export function FieldEditor({
  shared,
  definition,
  field,
  fieldKey,
  documents,
  closeHref,
}: {
  shared: Shared;
  definition: FormDefinition;
  field: FormField;
  fieldKey: string;
  documents: Array<{ key: string; name: { vi: string; en: string } }>;
  closeHref: string;
}) {
  const t = adminMessages[shared.locale];
  const flash = shared.flash;
  const values = flash.values ?? {};
  const checked = (name: string, current: boolean) => (flash.values ? values[name] === "on" : current);
  const others = definition.pages
    .flatMap((p) => p.fields)
    .filter((f) => f.id !== field.id && f.type !== "group" && f.type !== "attachment");
  return (
    <Panel
      title={format(t.builder.editingField, { name: pick(shared.locale, field.label) })}
      closeHref={closeHref}
      closeLabel={t.builder.close}
    >
      <p className="text-sm text-muted">
        {t.fieldTypes[field.type]} · {format(t.builder.fieldId, { id: field.id })}
      </p>
      <OperationForm shared={shared} op="field.edit" args={{ fieldId: fieldKey }} className="space-y-3">
        <BilingualInputs
          name="label"
          labels={{ vi: t.builder.labelVi, en: t.builder.labelEn }}
          flash={flash}
          locale={shared.locale}
          value={field.label}
        />
        <BilingualInputs
          name="hint"
          labels={{ vi: t.builder.hintVi, en: t.builder.hintEn }}
          flash={flash}
          locale={shared.locale}
          value={field.hint}
        />
        <ConditionSelect id="showIf" definition={definition} before={field.id} current={field.showIf} shared={shared} />
        {field.type === "group" ? (
          <>
            <Input
              id="minItems"
              name="minItems"
              type="number"
              label={t.builder.minItems}
              flash={flash}
              locale={shared.locale}
              defaultValue={String(field.minItems)}
            />
            <Input
              id="maxItems"
              name="maxItems"
              type="number"
              label={t.builder.maxItems}
              flash={flash}
              locale={shared.locale}
              defaultValue={String(field.maxItems)}
            />
          </>
        ) : (
          <>
            <Check
              id="required"
              name="required"
              label={t.builder.required}
              checked={checked("required", field.required)}
            />
            <SelectField
              locale={shared.locale}
              id="prefill"
              name="prefill"
              label={t.builder.prefill}
              value={values.prefill ?? field.prefill ?? ""}
              options={[
                { value: "", label: t.builder.noPrefill },
                ...PREFILL_SOURCES.map((source) => ({ value: source, label: t.prefillSources[source] })),
              ]}
            />
          </>
        )}
        {(field.type === "text" || field.type === "textarea") && (
          <Input
            id="maxLength"
            name="maxLength"
            type="number"
            label={t.builder.maxLength}
            flash={flash}
            locale={shared.locale}
            defaultValue={String(field.maxLength)}
          />
        )}
        {field.type === "number" && (
          <>
            <Input
              id="min"
              name="min"
              type="number"
              label={t.builder.min}
              flash={flash}
              locale={shared.locale}
              defaultValue={field.min?.toString()}
            />
            <Input
              id="max"
              name="max"
              type="number"
              label={t.builder.max}
              flash={flash}
              locale={shared.locale}
              defaultValue={field.max?.toString()}
            />
            <Check id="integer" name="integer" label={t.builder.integer} checked={checked("integer", field.integer)} />
          </>
        )}
        {field.type === "date" && (
          <Check
            id="notAfterToday"
            name="notAfterToday"
            label={t.builder.notAfterToday}
            checked={checked("notAfterToday", field.notAfterToday)}
          />
        )}
        {(field.type === "select" || field.type === "radio" || field.type === "checkboxes") && (
          <div>
            <label htmlFor="options" className="block font-semibold">
              {t.builder.options}
            </label>
            <p id="options-hint" className="text-sm text-muted">
              {t.builder.optionsHint}
            </p>
            <textarea
              id="options"
              name="options"
              rows={Math.max(3, field.options.length + 1)}
              defaultValue={values.options ?? field.options.map((o) => `${o.label.vi} | ${o.label.en}`).join("\n")}
              aria-describedby="options-hint"
              className="mt-1 block w-full max-w-xl rounded border-2 border-gray-700 bg-white p-2"
            />
          </div>
        )}
        {field.type === "attachment" && (
          <SelectField
            locale={shared.locale}
            id="documentKey"
            name="documentKey"
            label={t.builder.documentKey}
            value={values.documentKey ?? field.documentKey}
            options={documents.map((d) => ({ value: d.key, label: pick(shared.locale, d.name) }))}
          />
        )}
        {(field.type === "idNumber" || field.type === "enterpriseCode") && (
          <fieldset className="space-y-3 rounded border border-slate-300 p-3">
            <legend className="px-1 font-semibold">{t.builder.fill}</legend>
            <p className="text-sm text-muted">{t.builder.fillHint}</p>
            {(field.type === "idNumber" ? PERSON_ATTRIBUTES : BUSINESS_ATTRIBUTES).map((attribute) => (
              <SelectField
                locale={shared.locale}
                key={attribute}
                id={`fill_${attribute}`}
                name={`fill_${attribute}`}
                label={t.attributes[attribute]}
                value={
                  values[`fill_${attribute}`] ?? (field.fill as Record<string, string> | undefined)?.[attribute] ?? ""
                }
                options={[
                  { value: "", label: t.builder.fillNone },
                  ...others.map((o) => ({ value: o.id, label: pick(shared.locale, o.label) })),
                ]}
              />
            ))}
            {field.type === "idNumber" && (
              <SelectField
                locale={shared.locale}
                id="relation"
                name="relation"
                label={t.builder.relation}
                value={values.relation ?? field.relation ?? ""}
                options={[
                  { value: "", label: t.builder.relationNone },
                  ...PERSON_RELATIONS.map((r) => ({ value: r, label: t.relations[r] })),
                ]}
              />
            )}
          </fieldset>
        )}
        <button type="submit" className={PRIMARY_BUTTON}>
          {t.builder.save}
        </button>
      </OperationForm>
    </Panel>
  );
}
