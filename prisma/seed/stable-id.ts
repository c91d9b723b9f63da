// Deterministic UUIDs from natural keys, so that seeding inserts the same rows every
// time and a second run finds them all present.
import { createHash } from "node:crypto";

export function stableId(kind: string, key: string): string {
  const hex = createHash("sha256").update(`mot-cua-so:${kind}:${key}`).digest("hex");
  // Shaped as a version-8 (custom) UUID with the RFC 4122 variant.
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  const groups = [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `8${hex.slice(13, 16)}`,
    `${variant}${hex.slice(18, 20)}`,
    hex.slice(20, 32),
  ];
  return groups.join("-");
}
