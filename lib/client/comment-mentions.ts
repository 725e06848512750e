// @mentions in a comment's body. The body keeps "@Full Name" as typed (it
// reads the same in a notification or an export); the ids sent with it are
// the people in the viewer's scope whose "@Name" is still in the text, so a
// mention deleted from the text is not sent.

export interface Person {
  id: number;
  name: string;
}

/** How far back from the caret an "@" still opens the picker: a long name and a little more. */
const MAX_QUERY = 40;

/** A name ends at the end of the text or at anything that is not a letter or digit. */
const endsWord = (text: string, at: number) => at >= text.length || !/[\p{L}\p{N}]/u.test(text[at]);

/**
 * The mention being typed at the caret: where its "@" is and what follows it,
 * or null. The "@" starts the text or follows a space or an opening bracket
 * (so an email address opens nothing), and the text after it is on one line.
 */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const from = Math.max(0, caret - MAX_QUERY - 1);
  for (let at = caret - 1; at >= from; at--) {
    const ch = text[at];
    if (ch === "\n") return null;
    if (ch !== "@") continue;
    if (at > 0 && !/[\s([{"']/.test(text[at - 1])) return null;
    const query = text.slice(at + 1, caret);
    if (/^\s/.test(query) || (query.match(/\s/g)?.length ?? 0) > 3) return null;
    return { start: at, query };
  }
  return null;
}

/** The people a typed query points at: names starting with it first, then names with a word starting with it. */
export function matchPeople<T extends Person>(people: readonly T[], query: string, limit = 8): T[] {
  const q = query.trim().toLowerCase();
  const byName = [...people].sort((a, b) => a.name.localeCompare(b.name));
  if (!q) return byName.slice(0, limit);
  const first = byName.filter((p) => p.name.toLowerCase().startsWith(q));
  const word = byName.filter((p) => !first.includes(p) && p.name.toLowerCase().split(/\s+/).some((w) => w.startsWith(q)));
  return [...first, ...word].slice(0, limit);
}

/** The text with the typed "@query" (start to caret) replaced by "@Name ", and where the caret goes. */
export function insertMention(text: string, start: number, caret: number, person: Person): { text: string; caret: number } {
  const after = text.slice(caret);
  const inserted = `@${person.name}${after.startsWith(" ") ? "" : " "}`;
  return { text: text.slice(0, start) + inserted + after, caret: start + inserted.length };
}

function occurrences(body: string, name: string): number[] {
  const needle = `@${name}`.toLowerCase();
  const lower = body.toLowerCase();
  const found: number[] = [];
  for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) {
    if (endsWord(body, at + needle.length)) found.push(at);
  }
  return found;
}

export type BodyPart = { text: string } | { text: string; person: Person };

/**
 * The body in runs of plain text and mentions of the given people, for
 * showing them as names. A longer name wins where two start at the same "@"
 * ("@Ana Ruiz" over "@Ana").
 */
export function splitMentions(body: string, mentions: readonly Person[]): BodyPart[] {
  const spans: { from: number; to: number; person: Person }[] = [];
  for (const person of [...mentions].sort((a, b) => b.name.length - a.name.length)) {
    if (!person.name.trim()) continue;
    for (const from of occurrences(body, person.name)) {
      const to = from + person.name.length + 1;
      if (!spans.some((s) => from < s.to && to > s.from)) spans.push({ from, to, person });
    }
  }
  spans.sort((a, b) => a.from - b.from);
  const parts: BodyPart[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.from > at) parts.push({ text: body.slice(at, span.from) });
    parts.push({ text: body.slice(span.from, span.to), person: span.person });
    at = span.to;
  }
  if (at < body.length) parts.push({ text: body.slice(at) });
  return parts;
}

/** The ids of the people the body mentions by "@Name", each once ("@Ana Ruiz" mentions Ana Ruiz, not also an Ana). */
export function mentionedIds(body: string, people: readonly Person[]): number[] {
  const ids = new Set<number>();
  for (const part of splitMentions(body, people)) if ("person" in part) ids.add(part.person.id);
  return [...ids];
}
