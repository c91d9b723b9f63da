// Fills a message's `{name}` placeholders. A module of its own so that a client component
// can use it without the catalogue.

/** Fills `{name}` placeholders; an unknown one stays as it is. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
