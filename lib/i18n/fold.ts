// Vietnamese text folded to lower-case ASCII (đ → d, ế → e, ...): what search compares and
// what stable identifiers are made of.

/** Lower-case ASCII with single spaces; keeps digits and dots (procedure codes). */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, " ")
    .replace(/(^|\s)\.+|\.+(\s|$)/g, " ")
    .trim()
    .replace(/\s+/g, " ");
}
