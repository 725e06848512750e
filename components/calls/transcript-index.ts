// The transcript as typed arrays the page can search in O(log n) each frame:
// segment and word times, which words each segment shows, and the text of
// each row. Built once per transcript; everything here is pure.
import type { Segment, WordTimings } from "@/lib/domain/transcript";
import { lineAtMs } from "@/lib/domain/transcript-time";

export interface TranscriptIndex {
  segments: Segment[];
  segStart: Float64Array;
  segEnd: Float64Array;
  wordStart: Float64Array;
  wordEnd: Float64Array;
  /** Display text of each word: its text and the punctuation after it. */
  wordText: string[];
  /** Words of segment i are wordFrom[i] .. wordTo[i] - 1 (none when equal). */
  wordFrom: Int32Array;
  wordTo: Int32Array;
  /** Where each word starts in the text of its row. */
  wordOffset: Int32Array;
  /** What each row shows: its words joined by spaces, or the segment text. */
  texts: string[];
  /** The same, lower-cased once for search. */
  lowerTexts: string[];
  /** Where the transcript ends, in ms. */
  endMs: number;
}

/** How long a word stays highlighted after it ends, so short pauses do not flicker. */
export const WORD_LINGER_MS = 250;

function isSorted(values: readonly number[]): boolean {
  for (let i = 1; i < values.length; i++) if (values[i] < values[i - 1]) return false;
  return true;
}

function maxOf(values: Float64Array): number {
  let max = 0;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** Index of the last value <= t in an ascending array, or -1. */
export const lastAtOrBefore: (values: ArrayLike<number>, t: number) => number = lineAtMs;

/** How many words or lines the build works through between two checks of its time slice. */
const STEP = 2048;

/**
 * The index, built in steps: the generator yields after every STEP words or
 * lines, so it can run whole (buildTranscriptIndex) or in short slices between
 * which the page answers clicks (buildTranscriptIndexInSlices).
 */
function* indexSteps(input: Segment[], words: WordTimings | null): Generator<void, TranscriptIndex> {
  const segments = isSorted(input.map((s) => s.startMs)) ? input : [...input].sort((a, b) => a.startMs - b.startMs);
  const n = segments.length;
  const segStart = new Float64Array(n);
  const segEnd = new Float64Array(n);
  segments.forEach((s, i) => {
    segStart[i] = s.startMs;
    segEnd[i] = Math.max(s.startMs, s.endMs);
  });

  let order: number[] | null = null;
  const count = words?.startMs.length ?? 0;
  if (words && !isSorted(words.startMs)) order = Array.from({ length: count }, (_, i) => i).sort((a, b) => words.startMs[a] - words.startMs[b]);
  const wordStart = new Float64Array(count);
  const wordEnd = new Float64Array(count);
  const wordText: string[] = new Array(count);
  for (let k = 0; k < count; k++) {
    if (k % STEP === STEP - 1) yield;
    const i = order ? order[k] : k;
    wordStart[k] = words!.startMs[i];
    wordEnd[k] = Math.max(words!.startMs[i], words!.endMs[i]);
    wordText[k] = words!.text[i] + (words!.punct[i] ?? "");
  }

  // A word belongs to the segment its middle falls in; by the middle, a word
  // that starts a few ms before its segment (rounding) still lands in it.
  const wordFrom = new Int32Array(n);
  const wordTo = new Int32Array(n);
  const owner = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    if (k % STEP === STEP - 1) yield;
    owner[k] = n === 0 ? -1 : Math.max(0, lastAtOrBefore(segStart, (wordStart[k] + wordEnd[k]) / 2));
  }
  for (let i = 0, k = 0; i < n; i++) {
    while (k < count && owner[k] < i) k++;
    wordFrom[i] = k;
    while (k < count && owner[k] === i) k++;
    wordTo[i] = k;
  }

  const wordOffset = new Int32Array(count);
  const texts: string[] = new Array(n);
  const lowerTexts: string[] = new Array(n);
  for (let i = 0, done = 0; i < n; i++) {
    let text = "";
    if (wordTo[i] === wordFrom[i]) text = segments[i].text;
    for (let k = wordFrom[i]; k < wordTo[i]; k++) {
      if (text) text += " ";
      wordOffset[k] = text.length;
      text += wordText[k];
    }
    texts[i] = text;
    lowerTexts[i] = text.toLowerCase();
    done += 1 + wordTo[i] - wordFrom[i];
    if (done >= STEP) {
      done = 0;
      yield;
    }
  }

  return {
    segments,
    segStart,
    segEnd,
    wordStart,
    wordEnd,
    wordText,
    wordFrom,
    wordTo,
    wordOffset,
    texts,
    lowerTexts,
    endMs: Math.max(maxOf(segEnd), maxOf(wordEnd)),
  };
}

export function buildTranscriptIndex(input: Segment[], words: WordTimings | null): TranscriptIndex {
  const steps = indexSteps(input, words);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Gives the main thread back: the browser runs input and rendering waiting in between. */
function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The same index, built in slices of at most about sliceMs each, with the main
 * thread given back between them: a long transcript costs no long task. Rejects
 * with the signal's reason once aborted.
 */
export async function buildTranscriptIndexInSlices(input: Segment[], words: WordTimings | null, signal: AbortSignal, sliceMs = 8): Promise<TranscriptIndex> {
  const steps = indexSteps(input, words);
  let deadline = performance.now() + sliceMs;
  for (;;) {
    signal.throwIfAborted();
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() >= deadline) {
      await yieldToMain();
      deadline = performance.now() + sliceMs;
    }
  }
}

/**
 * The segment being spoken at t: the last one that started. It stays active
 * through the pause after it, so the highlight does not blink between turns.
 */
export function activeSegmentAt(index: TranscriptIndex, ms: number): number {
  return lastAtOrBefore(index.segStart, ms);
}

/** The word being spoken at t, or -1 in a pause. */
export function activeWordAt(index: TranscriptIndex, ms: number): number {
  const k = lastAtOrBefore(index.wordStart, ms);
  return k >= 0 && ms <= index.wordEnd[k] + WORD_LINGER_MS ? k : -1;
}

export interface Cursor {
  segment: number;
  word: number;
}

/**
 * The cursor at a time, remembering the last answer: every visible row asks
 * for the same time in the same frame, and only the first one searches.
 */
export function createCursor(index: TranscriptIndex): (ms: number) => Cursor {
  let lastMs = Number.NaN;
  let last: Cursor = { segment: -1, word: -1 };
  return (ms) => {
    if (ms === lastMs) return last;
    lastMs = ms;
    last = { segment: activeSegmentAt(index, ms), word: activeWordAt(index, ms) };
    return last;
  };
}

/** A tolerance for "at the start of a segment": seeks land a few ms off. */
const AT_START_MS = 50;

/** The next segment to start after t, or -1 at the end. */
export function nextSegmentIndex(index: TranscriptIndex, ms: number): number {
  const next = lastAtOrBefore(index.segStart, ms + AT_START_MS) + 1;
  return next < index.segStart.length ? next : -1;
}

/** The segment before the one being spoken at t (the first one at the start), or -1 when empty. */
export function previousSegmentIndex(index: TranscriptIndex, ms: number): number {
  if (index.segStart.length === 0) return -1;
  return Math.max(0, lastAtOrBefore(index.segStart, ms + AT_START_MS) - 1);
}
