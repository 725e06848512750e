// ExecVision's word-level transcripts: every word of a call as
// {start, end, word, p, v}. A page of 50 one-hour calls carries 75,000 of
// them, so the calls page is decoded (parsed, each word checked, segments
// and the stored words document made) in one pass (./decode-calls), on a
// worker thread when the sync has one.
// Relative imports only: this module also runs inside decode workers.
import type { SerializedSegments, SerializedWords } from "../../domain/records";
import { type TalkMetrics, talkMetrics } from "../../domain/talk-metrics";
import { type Segment, type SpeakerRole, transcriptText, type WordTimings } from "../../domain/transcript";
import { secondsToMs, segmentsFromWords } from "../shared/segments";
import type { DecodedCallsPage } from "./decode-calls";

export interface TranscriptWord {
  start: string | number;
  end: string | number;
  word: string;
  p?: string | null;
  v: number;
}

const isTime = (value: unknown) => (typeof value === "number" && value >= 0) || (typeof value === "string" && value !== "" && +value >= 0);

export function isWord(value: unknown): value is TranscriptWord {
  if (value === null || typeof value !== "object") return false;
  const w = value as Record<string, unknown>;
  return isTime(w.start) && isTime(w.end) && typeof w.word === "string" && (w.p === undefined || w.p === null || typeof w.p === "string") && Number.isInteger(w.v) && (w.v as number) >= 0;
}

/** Checks every word and returns them as columns; null when any word breaks the documented shape. */
export function wordColumns(words: unknown[]): WordTimings | null {
  const startMs: number[] = [];
  const endMs: number[] = [];
  const text: string[] = [];
  const punct: string[] = [];
  const speaker: number[] = [];
  for (const w of words) {
    if (!isWord(w)) return null;
    startMs.push(secondsToMs(w.start));
    endMs.push(secondsToMs(w.end));
    text.push(w.word);
    punct.push(w.p ?? "");
    speaker.push(w.v);
  }
  return { startMs, endMs, text, punct, speaker };
}

/**
 * Which voice is the rep: the API says how long internal speakers talked
 * (stats.internalTalkTime) but not which voice number they are, so the voice
 * whose talk time comes closest is the rep. The simplified transcript, fetched
 * later, names every speaker and settles it.
 */
export function inferRepVoice(words: WordTimings, internalTalkTime: number | null | undefined): number | null {
  const talk = new Map<number, number>();
  for (let i = 0; i < words.text.length; i++) talk.set(words.speaker[i], (talk.get(words.speaker[i]) ?? 0) + (words.endMs[i] - words.startMs[i]));
  return repVoiceFromTalk(talk, internalTalkTime);
}

/** The same, from each voice's talk time in ms (in the order the voices first speak). */
export function repVoiceFromTalk(talk: Map<number, number>, internalTalkTime: number | null | undefined): number | null {
  if (internalTalkTime === null || internalTalkTime === undefined || !talk.size) return null;
  let best: number | null = null;
  let bestDistance = Infinity;
  for (const [voice, ms] of talk) {
    const distance = Math.abs(ms / 1000 - internalTalkTime);
    if (distance < bestDistance) {
      best = voice;
      bestDistance = distance;
    }
  }
  return best;
}

/** What a call's words make: its segments, who the rep is, and talk metrics once that is known. */
export interface CallTranscript {
  repVoice: number | null;
  segments: Segment[];
  metrics: TalkMetrics | null;
  words: WordTimings;
}

/** Each voice's role and label, once the rep's voice is known (or not). */
export function speakersOf(repVoice: number | null, callerEmail: string | null | undefined) {
  return (voice: number): { role: SpeakerRole; label: string } =>
    repVoice === null
      ? { role: "unknown", label: `Speaker ${voice + 1}` }
      : voice === repVoice
        ? { role: "rep", label: callerEmail ?? "Rep" }
        : { role: "prospect", label: "Prospect" };
}

export function callTranscript(words: WordTimings, callerEmail: string | null | undefined, internalTalkTime: number | null | undefined): CallTranscript {
  const repVoice = inferRepVoice(words, internalTalkTime);
  const segments = words.text.length ? segmentsFromWords(words, speakersOf(repVoice, callerEmail)) : [];
  return { repVoice, segments, metrics: repVoice === null ? null : talkMetrics(segments), words };
}

/** The fields of an unchecked call record that its transcript's segments depend on. */
export function transcriptInputs(record: { callerEmail?: unknown; stats?: unknown }): { callerEmail: string | null; internalTalkTime: number | null } {
  const stats = record.stats as { internalTalkTime?: unknown } | null | undefined;
  return {
    callerEmail: typeof record.callerEmail === "string" ? record.callerEmail : null,
    internalTalkTime: typeof stats?.internalTalkTime === "number" ? stats.internalTalkTime : null,
  };
}

/**
 * A transcript whose words were checked, and turned into segments and
 * serialized columns, while its page was decoded. Serialized itself (a
 * dead-lettered call), it is the vendor's word list again, with times in
 * seconds to the millisecond.
 */
export class DecodedWords {
  constructor(readonly transcript: DecodedTranscript) {}

  toJSON(): TranscriptWord[] {
    const { startMs, endMs, text, punct, speaker } = JSON.parse(this.transcript.words.json) as WordTimings;
    return text.map((word, i) => ({ start: (startMs[i] / 1000).toFixed(3), end: (endMs[i] / 1000).toFixed(3), word, ...(punct[i] ? { p: punct[i] } : {}), v: speaker[i] }));
  }
}

/** A decoded transcript as it crosses threads: plain data, the large parts already serialized. */
export interface DecodedTranscript {
  repVoice: number | null;
  metrics: TalkMetrics | null;
  segments: SerializedSegments;
  words: SerializedWords;
}

export function serializeSegments(segments: Segment[]): SerializedSegments {
  return { json: JSON.stringify(segments), text: transcriptText(segments), count: segments.length, lastEndMs: segments.at(-1)?.endMs ?? null };
}

export function decodedTranscript(record: { callerEmail?: unknown; stats?: unknown }, words: WordTimings): DecodedTranscript {
  const { callerEmail, internalTalkTime } = transcriptInputs(record);
  const { repVoice, segments, metrics } = callTranscript(words, callerEmail, internalTalkTime);
  return { repVoice, metrics, segments: serializeSegments(segments), words: { json: JSON.stringify(words), count: words.text.length } };
}

/** The records of a decoded GET /calls page, each transcript that was taken out back in as DecodedWords. */
export function decodedRecords(page: DecodedCallsPage): unknown {
  const records = page.records as { transcript: unknown }[];
  for (const [index, transcript] of page.transcripts) records[index].transcript = new DecodedWords(transcript);
  return records;
}
