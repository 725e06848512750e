// An analysis transcript → segments and word timings. The doc gives no unit
// for utterance and word times and shows word elements as `{}`, so both are
// read from what each record carries.
import { z } from "zod";
import type { TranscriptRecord } from "@/lib/domain/records";
import type { Segment, SpeakerRole } from "@/lib/domain/transcript";
import { columnarWords, segmentsFromWords, type Word } from "../shared/segments";
import { type Drop, elementsOf, looseObjectOf, numeric, optional, optNumber, optString } from "../shared/tolerant";

const speakerLabel = optional(z.union([z.string(), z.number().finite()]));
const time = numeric.pipe(z.number().nonnegative());

const utteranceSchema = looseObjectOf({ start: time, end: time, speaker: speakerLabel, text: optString, transcript: optString }).refine((u) => u.end >= u.start, {
  message: "ends before it starts",
});

const wordSchema = looseObjectOf({
  text: optString,
  word: optString,
  punctuated_word: optString,
  start: time,
  end: time,
  speaker: speakerLabel,
  confidence: optNumber,
})
  .refine((w) => displayText(w) !== null, { message: "no text" })
  .refine((w) => w.end >= w.start, { message: "ends before it starts" });

type Utterance = z.infer<typeof utteranceSchema>;
type WordElement = z.infer<typeof wordSchema>;

/** Keys a word element may carry; an element with none of them is the doc's `{}`, not a broken word. */
const WORD_KEYS = ["text", "word", "punctuated_word", "start", "end", "speaker", "confidence"];

/** The word as shown: punctuated when the vendor punctuates, else as transcribed. */
function displayText(w: { text?: string | null; word?: string | null; punctuated_word?: string | null }): string | null {
  for (const value of [w.punctuated_word, w.text, w.word]) if (value && value.trim()) return value;
  return null;
}

function isEmptyElement(element: unknown): boolean {
  if (element === null || typeof element !== "object" || Array.isArray(element)) return false;
  for (const key of WORD_KEYS) if (key in element) return false;
  return true;
}

export type TimeUnit = "ms" | "s";

/**
 * Whether times are seconds or milliseconds, from one record's evidence. With
 * a duration, the extent of the times is about 1× it in seconds and 1000× in
 * milliseconds: the split is the geometric mean. Without one, a fraction
 * means seconds; an extent beyond ten hours of seconds means milliseconds;
 * otherwise the typical span decides (a word or utterance of under 50 ms is
 * not speech, one of over 50 s is rare).
 */
export function timeUnitOf(spans: readonly { start: number; end: number }[], durationSeconds: number | null | undefined): TimeUnit {
  if (!spans.length) return "ms";
  let maxEnd = 0;
  let fraction = false;
  for (const s of spans) {
    if (s.end > maxEnd) maxEnd = s.end;
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) fraction = true;
  }
  if (durationSeconds && durationSeconds > 0 && maxEnd > 0) return maxEnd / durationSeconds < Math.sqrt(1000) ? "s" : "ms";
  if (fraction) return "s";
  if (maxEnd >= 36_000) return "ms";
  const lengths = spans.map((s) => s.end - s.start).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length / 2)] < 50 ? "s" : "ms";
}

export interface TranscriptInput {
  /** The analysis's `transcript` object as validated. */
  transcript: { utterances?: unknown; words?: unknown; duration_seconds?: number | null } | null | undefined;
  /** The analysis's top-level duration, when the transcript gives none. */
  durationSeconds: number | null | undefined;
  /** metadata.rep_speaker, in the form the speakers are labelled. */
  repSpeaker: unknown;
  repName: string;
  prospectName: string;
}

const speakerKey = (speaker: string | number | null | undefined): string | null => (speaker === null || speaker === undefined ? null : String(speaker));

/** The transcript to store, or null when the analysis has no usable utterances or words. */
export function readTranscript(input: TranscriptInput, drop: Drop): TranscriptRecord | null {
  const t = input.transcript;
  if (!t) return null;
  const utterances = elementsOf<Utterance>(t.utterances, utteranceSchema, "utterance", drop);
  // `[{}]` is the doc's own example: no word timings, nothing dropped.
  const wordElements = Array.isArray(t.words) ? elementsOf<WordElement>(t.words.filter((e) => !isEmptyElement(e)), wordSchema, "word", drop) : [];
  if (!utterances.length && !wordElements.length) return null;

  const durationSeconds = t.duration_seconds ?? input.durationSeconds ?? null;
  const unit = timeUnitOf(utterances.length ? utterances : wordElements, durationSeconds);
  const toMs = unit === "s" ? (v: number) => Math.round(v * 1000) : (v: number) => Math.round(v);

  const speakers: string[] = [];
  const voiceOf = (speaker: string | number | null | undefined): number => {
    const key = speakerKey(speaker);
    if (key === null) return -1;
    let i = speakers.indexOf(key);
    if (i < 0) i = speakers.push(key) - 1;
    return i;
  };
  for (const u of utterances) voiceOf(u.speaker);
  const named = input.repSpeaker;
  const rep = typeof named === "string" || typeof named === "number" ? String(named) : (speakerKey(utterances[0]?.speaker) ?? speakerKey(wordElements[0]?.speaker));
  const who = (key: string | null): { speaker: SpeakerRole; label: string } =>
    key === null ? { speaker: "unknown", label: "Unknown" } : key === rep ? { speaker: "rep", label: input.repName } : { speaker: "prospect", label: input.prospectName };

  const words: Word[] = wordElements.map((w) => {
    const shown = displayText(w)!;
    const trailing = /[.,?!;:]+$/.exec(shown)?.[0] ?? "";
    return {
      startMs: toMs(w.start),
      endMs: toMs(w.end),
      text: trailing ? shown.slice(0, -trailing.length) : shown,
      punct: trailing,
      speaker: Math.max(0, voiceOf(w.speaker)),
    };
  });
  const timings = words.length ? columnarWords(words) : null;

  const segments: Segment[] = utterances.length
    ? utterances.map((u) => {
        const key = speakerKey(u.speaker);
        const voice = voiceOf(u.speaker);
        return { ...who(key), startMs: toMs(u.start), endMs: toMs(u.end), text: u.text ?? u.transcript ?? "", ...(voice >= 0 ? { voice } : {}) };
      })
    : segmentsFromWords(timings!, (voice) => {
        const { speaker, label } = who(speakers[voice] ?? null);
        return { role: speaker, label };
      });
  return { source: "analysis", segments, words: timings, durationMs: durationSeconds != null ? Math.round(durationSeconds * 1000) : null };
}
