// The moments of a call that match a transcript search: the lines holding the
// searched words, best first (most of the words, then earliest), each as a
// short snippet around the first match with the matched words marked, so a
// result shows where in the call the words were said.
import { nameFromEmail } from "./call-title";
import type { Segment } from "./transcript";

export interface SearchMoment {
  startMs: number;
  /** The speaker as the transcript names them; a name rather than an email address where it reads as one. */
  speaker: string;
  /** A window of the line's text around its first match, with "…" where it was cut. */
  text: string;
  /** [start, end) character ranges of `text` that match a searched word. */
  highlights: [number, number][];
}

/** The searched words as the search index reads them: letters, digits and apostrophes, at most 12. */
export function searchTerms(query: string): string[] {
  const words = query.toLocaleLowerCase("en-US").match(/[\p{L}\p{N}']+/gu) ?? [];
  return [...new Set(words)].slice(0, 12);
}

const WORD = /[\p{L}\p{N}']+/gu;

/** Where each searched word starts a word of the text (a prefix counts: "price" finds "prices"). */
function matchesIn(text: string, terms: readonly string[]): { ranges: [number, number][]; terms: Set<string> } {
  const ranges: [number, number][] = [];
  const found = new Set<string>();
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLocaleLowerCase("en-US");
    const term = terms.find((t) => word.startsWith(t));
    if (term) {
      ranges.push([match.index, match.index + match[0].length]);
      found.add(term);
    }
  }
  return { ranges, terms: found };
}

/** The text around its first match, at most `width` characters, cut at spaces. */
function window(text: string, ranges: [number, number][], width: number): { text: string; highlights: [number, number][] } {
  if (text.length <= width) return { text, highlights: ranges };
  const first = ranges[0][0];
  let start = Math.max(0, first - Math.floor(width / 3));
  let end = Math.min(text.length, start + width);
  start = Math.max(0, end - width);
  if (start > 0) start = text.indexOf(" ", start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(" ", end) > first ? text.lastIndexOf(" ", end) : end;
  const prefix = start > 0 ? "…" : "";
  const shift = prefix.length - start;
  return {
    text: `${prefix}${text.slice(start, end)}${end < text.length ? "…" : ""}`,
    highlights: ranges.filter(([a, b]) => a >= start && b <= end).map(([a, b]) => [a + shift, b + shift]),
  };
}

/** Up to `limit` moments of the transcript that hold searched words, best first. */
export function findMoments(segments: readonly Segment[], query: string, limit = 3, width = 160): SearchMoment[] {
  const terms = searchTerms(query);
  if (!terms.length) return [];
  const found: { moment: SearchMoment; matched: number }[] = [];
  for (const segment of segments) {
    const { ranges, terms: matched } = matchesIn(segment.text, terms);
    if (!ranges.length) continue;
    found.push({ moment: { startMs: segment.startMs, speaker: nameFromEmail(segment.label) ?? segment.label, ...window(segment.text, ranges, width) }, matched: matched.size });
  }
  return found
    .sort((a, b) => b.matched - a.matched || a.moment.startMs - b.moment.startMs)
    .slice(0, limit)
    .map((f) => f.moment);
}
