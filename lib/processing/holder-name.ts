// A result's holder as the public verification page shows them: enough of the name to match
// it against the paper in the verifier's hands, not enough to learn who holds which result
// from a code alone (issue 19, finding 6).

/**
 * A person's name with every word but the last cut to its first letter and up to three
 * stars: "Nguyễn Văn An" → "N*** V** An". An organisation's name is not personal data and
 * stays whole.
 */
export function holderNameForPublic(fullName: string, kind: "PERSON" | "ORGANISATION"): string {
  if (kind === "ORGANISATION") return fullName;
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  const cut = (word: string) => {
    const letters = Array.from(word);
    return letters[0]! + "*".repeat(Math.min(letters.length - 1, 3));
  };
  // A one-word name keeps only its first letter too.
  if (words.length === 1) return cut(words[0]!);
  return words.map((word, i) => (i === words.length - 1 ? word : cut(word))).join(" ");
}
