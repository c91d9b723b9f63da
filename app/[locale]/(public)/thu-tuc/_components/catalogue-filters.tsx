import Link from "next/link";
import { localePath, pick, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import type { AgencyOptionDto, FieldDto } from "@/lib/procedures/dto";
import { LEVELS, SERVICE_LEVELS, type CatalogueParams } from "@/lib/procedures/schemas";

type Props = { locale: Locale; query: CatalogueParams; fields: FieldDto[]; agencies: AgencyOptionDto[] };

const selectClass = "mt-1 block min-h-11 w-full rounded border-2 border-gray-700 bg-white px-2";

/** Filters as a GET form; the search words travel along in a hidden field. */
export function CatalogueFilters({ locale, query, fields, agencies }: Props) {
  const t = getMessages(locale);
  const c = t.catalogue;
  return (
    <form
      action={localePath(locale, "/thu-tuc")}
      method="get"
      aria-labelledby="filters-heading"
      className="space-y-4 rounded border border-gray-300 p-4"
    >
      <h2 id="filters-heading" className="text-xl font-semibold">
        {c.filters}
      </h2>
      {query.q && <input type="hidden" name="q" value={query.q} />}
      <Select
        id="field"
        label={c.field}
        value={query.field}
        anyLabel={c.any}
        options={fields.map((f) => [f.slug, pick(locale, f)])}
      />
      <Select
        id="level"
        label={c.level}
        value={query.level}
        anyLabel={c.any}
        options={LEVELS.map((l) => [l, t.enums.level[l]])}
      />
      <Select
        id="agency"
        label={c.agency}
        value={query.agency}
        anyLabel={c.any}
        options={agencies.map((a) => [a.slug, pick(locale, a)])}
      />
      <Select
        id="service"
        label={c.service}
        value={query.service}
        anyLabel={c.any}
        options={SERVICE_LEVELS.map((s) => [s, t.enums.service[s]])}
      />
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          className="min-h-11 rounded bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
        >
          {c.apply}
        </button>
        <Link href={localePath(locale, "/thu-tuc")}>{c.clear}</Link>
      </div>
    </form>
  );
}

type SelectProps = {
  id: string;
  label: string;
  value?: string;
  anyLabel: string;
  options: Array<readonly [string, string]>;
};

function Select({ id, label, value, anyLabel, options }: SelectProps) {
  return (
    <div>
      <label htmlFor={`filter-${id}`} className="font-semibold">
        {label}
      </label>
      <select id={`filter-${id}`} name={id} defaultValue={value ?? ""} className={selectClass}>
        <option value="">{anyLabel}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
