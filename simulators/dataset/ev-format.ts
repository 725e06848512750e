// ExecVision's view of a transcript: word objects with string times and voice
// numbers, and the stats and simplified transcript derived from them. Stats and
// segments are always computed from the words, so they cannot disagree.
import type { TimedTranscript } from "./conversation";
import type { EvStats, EvWord } from "./types";

export function evWords(timed: TimedTranscript, repVoice: number): EvWord[] {
  // Key order as in the documented example: start, end, word, p, v.
  return timed.words.map((w): EvWord => {
    const v = w.role === "rep" ? repVoice : 1 - repVoice;
    const start = w.start.toFixed(3);
    const end = w.end.toFixed(3);
    return w.punct ? { start, end, word: w.text, p: w.punct, v } : { start, end, word: w.text, v };
  });
}

export interface EvSegment { startTime: number; endTime: number; speakerNumber: number; text: string; firstWord: number; lastWord: number }

/** Runs of one speaker, as transcript/{id} reports them. */
export function evSegments(words: EvWord[]): EvSegment[] {
  const out: EvSegment[] = [];
  let current: EvSegment | null = null;
  let parts: string[] = [];
  words.forEach((w, i) => {
    if (!current || current.speakerNumber !== w.v) {
      if (current) current.text = parts.join(" ");
      current = { startTime: Number(w.start), endTime: Number(w.end), speakerNumber: w.v, text: "", firstWord: i, lastWord: i };
      parts = [];
      out.push(current);
    }
    current.endTime = Number(w.end);
    current.lastWord = i;
    parts.push(w.word + (w.p ?? ""));
  });
  if (current) (current as EvSegment).text = parts.join(" ");
  return out;
}

const r = (value: number, decimals = 3) => Math.round(value * 10 ** decimals) / 10 ** decimals;

export function emptyStats(): EvStats {
  return { internalTalkTime: 0, externalTalkTime: 0, talkRatio: 0, interchangesPerMinute: 0, longestSegmentDurations: {}, talkSpeeds: [] };
}

/** Call stats from the words: talk time is the sum of each speaker's runs; internal is the rep's voice. */
export function evStats(words: EvWord[], internalVoice: number, durationSec: number): EvStats {
  if (words.length === 0) return emptyStats();
  const segments = evSegments(words);
  let internal = 0;
  let external = 0;
  const longest: Record<string, number> = {};
  for (const s of segments) {
    const length = s.endTime - s.startTime;
    if (s.speakerNumber === internalVoice) internal += length;
    else external += length;
    const key = String(s.speakerNumber);
    longest[key] = Math.max(longest[key] ?? 0, r(length));
  }
  const talkSpeeds: EvStats["talkSpeeds"] = [];
  const sectionSec = 300;
  let i = 0;
  while (i < words.length) {
    const sectionIndex = Math.floor(Number(words[i].start) / sectionSec);
    const first = i;
    const counts: Record<string, number> = {};
    while (i < words.length && Math.floor(Number(words[i].start) / sectionSec) === sectionIndex) {
      const key = String(words[i].v);
      counts[key] = (counts[key] ?? 0) + 1;
      i++;
    }
    const start = Number(words[first].start);
    const end = Number(words[i - 1].end);
    const minutes = Math.max(end - start, 1) / 60;
    const wordsPerMinute: Record<string, number> = {};
    for (const [voice, n] of Object.entries(counts)) wordsPerMinute[voice] = r(n / minutes, 6);
    talkSpeeds.push({ start: r(start, 2), end: r(end, 2), wordsPerMinute });
  }
  return {
    internalTalkTime: r(internal, 2),
    externalTalkTime: r(external, 2),
    talkRatio: internal + external > 0 ? r(internal / (internal + external), 6) : 0,
    interchangesPerMinute: r((segments.length - 1) / Math.max(durationSec / 60, 1 / 60), 6),
    longestSegmentDurations: longest,
    talkSpeeds,
  };
}

/** The text of the sentence blocks used by call_topics: words joined with their punctuation. */
export function blockText(words: EvWord[], from: number, to: number): string {
  const parts: string[] = [];
  for (let i = from; i <= to; i++) parts.push(words[i].word + (words[i].p ?? ""));
  return parts.join(" ");
}
