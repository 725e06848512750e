// The first screen of a transcript: the lines the call page shows before its
// script runs, around the moment playback starts from. The page's HTML holds
// only these; the whole transcript is fetched once, while the scripts load.
import type { Segment, WordTimings } from "./transcript";
import { lineAtMs } from "./transcript-time";

export interface TranscriptPart {
  segments: Segment[];
  words: WordTimings | null;
  durationMs: number | null;
}

/** Lines before the starting one (context above it) and the lines a tall screen holds. */
export const WINDOW_BEFORE = 1;
export const WINDOW_LINES = 24;

/** A first screen: its lines and words, which line of the whole it starts at, and how many lines the whole has. */
export interface TranscriptWindow<T> {
  transcript: T;
  first: number;
  total: number;
}

/**
 * The lines from just before the one playing at `atMs` through a screenful
 * after it, with their words (a word belongs to the line its middle falls
 * in, as on the page). A transcript that short is returned whole, as is.
 */
export function transcriptWindow<T extends TranscriptPart>(transcript: T, atMs: number, before = WINDOW_BEFORE, lines = WINDOW_LINES): TranscriptWindow<T> {
  const all = transcript.segments;
  if (all.length <= lines) return { transcript, first: 0, total: all.length };
  const sorted = all.every((s, i) => i === 0 || all[i - 1].startMs <= s.startMs) ? all : [...all].sort((a, b) => a.startMs - b.startMs);
  const starts = sorted.map((s) => s.startMs);
  const first = Math.max(0, Math.min(Math.max(0, lineAtMs(starts, atMs)) - before, sorted.length - lines));
  const last = first + lines; // exclusive
  const from = first === 0 ? Number.NEGATIVE_INFINITY : starts[first];
  const to = last >= sorted.length ? Number.POSITIVE_INFINITY : starts[last];
  const words = transcript.words;
  let windowWords: WordTimings | null = null;
  if (words) {
    const picked: WordTimings = { startMs: [], endMs: [], text: [], punct: [], speaker: [] };
    for (let i = 0; i < words.startMs.length; i++) {
      const middle = (words.startMs[i] + Math.max(words.startMs[i], words.endMs[i])) / 2;
      if (middle < from || middle >= to) continue;
      picked.startMs.push(words.startMs[i]);
      picked.endMs.push(words.endMs[i]);
      picked.text.push(words.text[i]);
      picked.punct.push(words.punct[i]);
      picked.speaker.push(words.speaker[i]);
    }
    windowWords = picked;
  }
  return { transcript: { ...transcript, segments: sorted.slice(first, last), words: windowWords }, first, total: sorted.length };
}
