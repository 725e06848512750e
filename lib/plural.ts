// Count words that read correctly: "1 call", "2 calls", "1 reply", "3 replies".

/** The plural of a regular English noun; pass the plural yourself for irregular ones. */
function pluralOf(singular: string): string {
  if (/[^aeiou]y$/i.test(singular)) return `${singular.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(singular)) return `${singular}es`;
  return `${singular}s`;
}

/** The noun that agrees with a count: pluralize(1, "call") is "call", pluralize(0, "call") is "calls". */
export function pluralize(count: number, singular: string, plural: string = pluralOf(singular)): string {
  return count === 1 ? singular : plural;
}

/** A count and its noun, with thousands separators: "1 call", "1,204 calls". */
export function formatCount(count: number, singular: string, plural?: string): string {
  return `${count.toLocaleString("en-US")} ${pluralize(count, singular, plural)}`;
}
