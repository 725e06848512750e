// Search within one transcript: case-insensitive substring hits over the
// text each row shows, each with the moment it was said.
import { lastAtOrBefore, type TranscriptIndex } from "./transcript-index";

export interface SearchHit {
  row: number;
  /** Character range in the row's text. */
  from: number;
  to: number;
  /** When the hit was said: its word's start, or a proportional guess without word timings. */
  ms: number;
}

/** Past this many hits the query is too broad to be useful; the count says so. */
export const MAX_HITS = 1000;
export const MIN_QUERY_LENGTH = 2;

export function normalizeQuery(query: string): string {
  return query.trim().replace(/\s+/g, " ").toLowerCase();
}

/** The word of a row that holds a character of its text, or -1 when the row has no words. */
export function wordAtChar(index: TranscriptIndex, row: number, char: number): number {
  const from = index.wordFrom[row];
  const to = index.wordTo[row];
  if (from === to) return -1;
  const k = lastAtOrBefore(index.wordOffset.subarray(from, to), char);
  return from + Math.max(0, k);
}

export function findHits(index: TranscriptIndex, query: string): SearchHit[] {
  const needle = normalizeQuery(query);
  if (needle.length < MIN_QUERY_LENGTH) return [];
  const hits: SearchHit[] = [];
  for (let row = 0; row < index.lowerTexts.length; row++) {
    const text = index.lowerTexts[row];
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
      const word = wordAtChar(index, row, at);
      const start = index.segStart[row];
      const ms = word >= 0 ? index.wordStart[word] : start + ((index.segEnd[row] - start) * at) / Math.max(1, text.length);
      hits.push({ row, from: at, to: at + needle.length, ms: Math.round(ms) });
      if (hits.length >= MAX_HITS) return hits;
    }
  }
  return hits;
}

export interface RowHit {
  /** Position in the whole hit list, for "3 of 12" and the current-hit mark. */
  hit: number;
  from: number;
  to: number;
}

/** Hits grouped by row, so a row gets only its own (and an unchanged row keeps the same array). */
export function hitsByRow(hits: SearchHit[]): Map<number, RowHit[]> {
  const rows = new Map<number, RowHit[]>();
  hits.forEach((h, hit) => {
    const list = rows.get(h.row);
    if (list) list.push({ hit, from: h.from, to: h.to });
    else rows.set(h.row, [{ hit, from: h.from, to: h.to }]);
  });
  return rows;
}

export interface TextPiece {
  text: string;
  /** The hit this piece is part of, or -1. */
  hit: number;
  /** Part of the word being spoken. */
  active: boolean;
}

/**
 * A row's text cut where its hits and the spoken word begin and end, so the
 * row draws a few runs of text rather than an element per word.
 */
export function splitText(text: string, hits: readonly RowHit[] | undefined, active: { from: number; to: number } | null = null): TextPiece[] {
  const cuts = new Set([0, text.length]);
  for (const h of hits ?? []) cuts.add(Math.min(h.from, text.length)).add(Math.min(h.to, text.length));
  if (active) cuts.add(Math.min(active.from, text.length)).add(Math.min(active.to, text.length));
  const edges = [...cuts].sort((a, b) => a - b);
  const pieces: TextPiece[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const [from, to] = [edges[i], edges[i + 1]];
    const hit = hits?.find((h) => h.from <= from && from < h.to)?.hit ?? -1;
    const isActive = active !== null && active.from <= from && from < active.to;
    const last = pieces.at(-1);
    if (last && last.hit === hit && last.active === isActive) last.text += text.slice(from, to);
    else pieces.push({ text: text.slice(from, to), hit, active: isActive });
  }
  return pieces.length ? pieces : [{ text, hit: -1, active: false }];
}
