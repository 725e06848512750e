// Word-level transcripts, kept columnar, and the segments (runs of one
// speaker, split at a sentence end once a run gets long) built from them.
import type { Segment, SpeakerRole, WordTimings } from "@/lib/domain/transcript";

export interface Word {
  startMs: number;
  endMs: number;
  text: string;
  punct: string;
  speaker: number;
}

const MAX_SEGMENT_WORDS = 60;

export function emptyWords(): WordTimings {
  return { startMs: [], endMs: [], text: [], punct: [], speaker: [] };
}

export function columnarWords(words: Word[]): WordTimings {
  const out = emptyWords();
  for (const w of words) {
    out.startMs.push(w.startMs);
    out.endMs.push(w.endMs);
    out.text.push(w.text);
    out.punct.push(w.punct);
    out.speaker.push(w.speaker);
  }
  return out;
}

const SENTENCE_END = /[.?!]$/;

export function segmentsFromWords(words: WordTimings, who: (speaker: number) => { role: SpeakerRole; label: string }): Segment[] {
  const segments: Segment[] = [];
  const { startMs, endMs, text, punct, speaker } = words;
  let first = -1;
  let parts: string[] = [];
  const close = (last: number) => {
    if (first < 0) return;
    const { role, label } = who(speaker[first]);
    segments.push({ speaker: role, label, startMs: startMs[first], endMs: endMs[last], text: parts.join(" "), voice: speaker[first] });
    first = -1;
    parts = [];
  };
  for (let i = 0; i < text.length; i++) {
    if (first >= 0 && speaker[first] !== speaker[i]) close(i - 1);
    if (first < 0) first = i;
    parts.push(punct[i] ? text[i] + punct[i] : text[i]);
    if (parts.length >= MAX_SEGMENT_WORDS && SENTENCE_END.test(punct[i])) close(i);
  }
  close(text.length - 1);
  return segments;
}

/** Seconds (number or "26.594") to whole milliseconds. */
export function secondsToMs(value: number | string): number {
  return Math.round((typeof value === "number" ? value : +value) * 1000);
}
