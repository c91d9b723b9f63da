// The rules editor's controls: each a labelled box, list or check that keeps what was typed
// into a refused form (the flash) and says its message beside it. Every name is the posted
// name the server reads (lib/procedures/rules-form.ts), and the id is the same, so the error
// summary links to it.
import type { ActionState } from "@/lib/errors/action-state";
import type { Locale } from "@/lib/i18n/locales";
import { SelectField, type SelectOption } from "@/components/form/select-field";
import { TextField } from "@/components/form/text-field";
import { TextAreaField } from "@/components/form/text-area-field";

export type Common = { locale: Locale; flash: ActionState };

export function RuleText({
  common,
  name,
  label,
  value,
  hint,
  long = false,
  numeric = false,
  rows = 3,
}: {
  common: Common;
  name: string;
  label: string;
  value: string | number | null;
  hint?: string;
  long?: boolean;
  numeric?: boolean;
  rows?: number;
}) {
  const props = {
    id: name,
    name,
    label,
    locale: common.locale,
    error: common.flash.fieldErrors?.[name],
    defaultValue: common.flash.values?.[name] ?? (value === null ? "" : String(value)),
    hint,
  };
  return long ? (
    <TextAreaField {...props} rows={rows} maxLength={name === "legalBasis" ? 20_000 : 2000} />
  ) : (
    <TextField {...props} maxLength={numeric ? 13 : 500} inputMode={numeric ? "numeric" : undefined} />
  );
}

export function RuleSelect({
  common,
  name,
  label,
  value,
  options,
  hint,
}: {
  common: Common;
  name: string;
  label: string;
  value: string;
  options: SelectOption[];
  hint?: string;
}) {
  const chosen = common.flash.values?.[name] ?? value;
  return (
    <SelectField
      id={name}
      name={name}
      label={label}
      locale={common.locale}
      hint={hint}
      error={common.flash.fieldErrors?.[name]}
      options={options}
      value={options.some((o) => o.value === chosen) ? chosen : value}
    />
  );
}

export function RuleCheck({
  common,
  name,
  label,
  checked,
}: {
  common: Common;
  name: string;
  label: string;
  checked: boolean;
}) {
  // A refused form echoes only the boxes that were ticked: one not echoed was left empty.
  const echoed = common.flash.values;
  return (
    <div className="flex items-center gap-3">
      <input
        id={name}
        name={name}
        type="checkbox"
        defaultChecked={echoed ? echoed[name] === "on" : checked}
        className="size-6 shrink-0"
      />
      <label htmlFor={name} className="font-semibold">
        {label}
      </label>
    </div>
  );
}
