// Text typed into a search box is matched literally. Prisma's contains/startsWith and our own
// LIKE patterns treat % and _ as wildcards (and \ as their escape), so every search term
// goes through here first: "100%" finds "100%", not everything starting with "100".
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}
