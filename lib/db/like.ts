// Text typed into a search box is matched literally. Prisma's contains/startsWith and our own
// LIKE patterns treat % and _ as wildcards (and \ as their escape), so every search term
// goes through here first: "100%" finds "100%", not everything starting with "100". A NUL,
// which PostgreSQL text cannot hold, is dropped (raw SQL does not pass through the client's
// stripping in lib/db/prisma.ts).
export function likeLiteral(text: string): string {
  return text.replaceAll("\u0000", "").replace(/[\\%_]/g, "\\$&");
}
