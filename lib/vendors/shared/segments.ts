// Turns word-level transcripts into segments (runs of one speaker, split at a
// sentence end once a run gets long), keeping the words columnar.
import type { Segment, SpeakerRole, WordTimings } from "@/lib/domain/transcript";

export interface Word {
  startMs: number;
  endMs: number;
  text: string;
  punct: string;
  speaker: number;
}

const MAX_SEGMENT_WORDS = 60;

export function columnarWords(words: Word[]): WordTimings {
  const out: WordTimings = { startMs: [], endMs: [], text: [], punct: [], speaker: [] };
  for (const w of words) {
    out.startMs.push(w.startMs);
    out.endMs.push(w.endMs);
    out.text.push(w.text);
    out.punct.push(w.punct);
    out.speaker.push(w.speaker);
  }
  return out;
}

export function segmentsFromWords(words: Word[], who: (speaker: number) => { role: SpeakerRole; label: string }): Segment[] {
  const segments: Segment[] = [];
  let current: { speaker: number; first: number; texts: string[] } | null = null;
  const close = (last: number) => {
    if (!current) return;
    const { role, label } = who(current.speaker);
    segments.push({ speaker: role, label, startMs: words[current.first].startMs, endMs: words[last].endMs, text: current.texts.join(" "), voice: current.speaker });
    current = null;
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (current && current.speaker !== word.speaker) close(i - 1);
    current ??= { speaker: word.speaker, first: i, texts: [] };
    current.texts.push(word.text + word.punct);
    if (current.texts.length >= MAX_SEGMENT_WORDS && /[.?!]$/.test(word.punct)) close(i);
  }
  close(words.length - 1);
  return segments;
}

/** Seconds (number or "26.594") to whole milliseconds. */
export function secondsToMs(value: number | string): number {
  return Math.round(Number(value) * 1000);
}
