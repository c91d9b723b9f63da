// A filter of a GET form (queues, statistics): "any" first, then the choices, the current one selected.
export const FILTER_CONTROL = "mt-1 block min-h-11 w-full rounded border-2 border-gray-700 bg-white px-2";

type Props = {
  name: string;
  label: string;
  any?: string;
  value: string | number | undefined;
  options: Array<[string, string]>;
  invalid?: boolean;
  describedBy?: string;
};

export function FilterSelect({ name, label, any, value, options, invalid, describedBy }: Props) {
  return (
    <div>
      <label htmlFor={name} className="block font-semibold">
        {label}
      </label>
      <select
        id={name}
        name={name}
        defaultValue={value ?? ""}
        className={FILTER_CONTROL}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
      >
        {any !== undefined && <option value="">{any}</option>}
        {options.map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
