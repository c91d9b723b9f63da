// Row ids are UUIDs: anything else from a form, an address or a query string cannot name a
// row, and is refused before it reaches a query (as *not found*, by the callers).
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}
