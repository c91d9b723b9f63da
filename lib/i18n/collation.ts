// Vietnamese alphabetical order (e < ê < i, c < ch, d < đ), as ICU's "vi" collation has it:
// the same order PostgreSQL's "vi-x-icu" gives the name columns (docs/domain.md §8a).
const VIETNAMESE = new Intl.Collator("vi");

export const compareVietnamese = (a: string, b: string) => VIETNAMESE.compare(a, b);

/** The kinds of ward-level units, in the order lists show them. */
const WARD_KINDS = ["Phường", "Xã", "Đặc khu"];

/**
 * Ward-level units grouped by kind (phường, then xã, then đặc khu), each group in Vietnamese
 * order of the name after the kind ("Phường Bến Thành" sorts as "Bến Thành").
 */
export function compareWardNames(a: string, b: string): number {
  const split = (name: string) => {
    const index = WARD_KINDS.findIndex((kind) => name.includes(`${kind} `));
    return {
      rank: index < 0 ? WARD_KINDS.length : index,
      rest: index < 0 ? name : name.slice(name.indexOf(`${WARD_KINDS[index]} `) + WARD_KINDS[index]!.length + 1),
    };
  };
  const [x, y] = [split(a), split(b)];
  return x.rank - y.rank || compareVietnamese(x.rest, y.rest);
}
