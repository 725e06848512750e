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
import type { Drop } from "../shared/tolerant";
import type { DecodedCallsPage } from "./decode-calls";

export interface TranscriptWord {
  start: string | number;
  end: string | number;
  word: string;
  p?: string | null;
  v: number;
}

const isTime = (value: unknown) =>
  (typeof value === "number" && value >= 0 && Number.isFinite(value)) || (typeof value === "string" && value.trim() !== "" && +value >= 0 && Number.isFinite(+value));

/** Why a word cannot be used (null when it can): times in seconds, a text and a speaker number; `p` of any other type reads as none. */
export function wordProblem(value: unknown): string | null {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return "not an object";
  const w = value as Record<string, unknown>;
  if (!isTime(w.start)) return "start: not a time in seconds";
  if (!isTime(w.end)) return "end: not a time in seconds";
  if (typeof w.word !== "string") return "word: not a string";
  if (!Number.isInteger(w.v) || (w.v as number) < 0) return "v: not a speaker number";
  return null;
}

/** A time as the API writes it, and as the stored words give it back: ms / 1000 to three decimals, as a string. */
const CANONICAL_TIME = /^(?:0|[1-9]\d{0,8})\.\d{3}$/;
const WORD_KEYS = new Set(["start", "end", "word", "p", "v"]);

/**
 * A word in exactly the API's documented form, which the stored words
 * document (its columns) rebuilds as sent: times as "S.mmm" strings, `p`
 * absent or non-empty, a speaker number, and no other key. Must agree with
 * the page decoder's fast reader, which accepts exactly these words.
 */
export function isCanonicalWord(value: unknown): boolean {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const w = value as Record<string, unknown>;
  for (const key in w) if (!WORD_KEYS.has(key)) return false;
  return (
    typeof w.start === "string" &&
    CANONICAL_TIME.test(w.start) &&
    typeof w.end === "string" &&
    CANONICAL_TIME.test(w.end) &&
    typeof w.word === "string" &&
    (w.p === undefined || (typeof w.p === "string" && w.p !== "")) &&
    Number.isInteger(w.v) &&
    (w.v as number) >= 0 &&
    (w.v as number) < 2 ** 31
  );
}

export function isCanonicalTranscript(words: unknown[]): boolean {
  for (const w of words) if (!isCanonicalWord(w)) return false;
  return true;
}

/** The usable words as columns; each other one is reported to `drop` and left out. */
export function wordColumns(words: unknown[], drop?: Drop): WordTimings {
  const startMs: number[] = [];
  const endMs: number[] = [];
  const text: string[] = [];
  const punct: string[] = [];
  const speaker: number[] = [];
  for (const value of words) {
    const problem = wordProblem(value);
    if (problem) {
      drop?.("word", problem);
      continue;
    }
    const w = value as TranscriptWord;
    startMs.push(secondsToMs(w.start));
    endMs.push(secondsToMs(w.end));
    text.push(w.word);
    punct.push(typeof w.p === "string" ? w.p : "");
    speaker.push(w.v);
  }
  return { startMs, endMs, text, punct, speaker };
}

/** The words the columns were read from, when those were canonical (isCanonicalWord). */
export function canonicalWords(words: WordTimings): TranscriptWord[] {
  const { startMs, endMs, text, punct, speaker } = words;
  return text.map((word, i) => {
    const start = (startMs[i] / 1000).toFixed(3);
    const end = (endMs[i] / 1000).toFixed(3);
    return punct[i] ? { start, end, word, p: punct[i], v: speaker[i] } : { start, end, word, v: speaker[i] };
  });
}

/** What a voice's words say about it. */
export interface VoiceTalk {
  /** Its words' durations, summed (ms). */
  wordMs: number;
  /** Its turns (first word's start to last word's end, between changes of speaker), summed (ms). */
  turnMs: number;
  /** Its longest turn (ms). */
  longestTurnMs: number;
  words: number;
}

/** Each voice's talk, in the order the voices first speak. */
export function voiceTalk(words: WordTimings): Map<number, VoiceTalk> {
  const voices = new Map<number, VoiceTalk>();
  const { startMs, endMs, speaker } = words;
  let turn: VoiceTalk | null = null;
  let turnVoice = -1;
  let turnStart = 0;
  let turnEnd = 0;
  for (let i = 0; i < speaker.length; i++) {
    const voice = speaker[i];
    if (voice !== turnVoice) {
      if (turn) closeTurn(turn, turnEnd - turnStart);
      turnVoice = voice;
      turnStart = startMs[i];
      turn = voices.get(voice) ?? newVoice(voices, voice);
    }
    turnEnd = endMs[i];
    turn!.wordMs += endMs[i] - startMs[i];
    turn!.words++;
  }
  if (turn) closeTurn(turn, turnEnd - turnStart);
  return voices;
}

export function newVoice(voices: Map<number, VoiceTalk>, voice: number): VoiceTalk {
  const talk = { wordMs: 0, turnMs: 0, longestTurnMs: 0, words: 0 };
  voices.set(voice, talk);
  return talk;
}

export function closeTurn(talk: VoiceTalk, ms: number): void {
  talk.turnMs += ms;
  if (ms > talk.longestTurnMs) talk.longestTurnMs = ms;
}

/** What the call's stats say about who talked, read leniently (anything unusable is missing). */
export interface TalkStats {
  /** Seconds. */
  internalTalkTime: number | null;
  externalTalkTime: number | null;
  /** Voice → its longest uninterrupted speech (seconds). */
  longestTurns: Map<number, number> | null;
  /** Voice → how many words the vendor counted (from talkSpeeds' words per minute). */
  wordsByVoice: Map<number, number> | null;
}

const finite = (value: unknown): number | null => (typeof value === "number" && Number.isFinite(value) ? value : null);
const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);
const VOICE_KEY = /^\d{1,9}$/;

export function talkStatsOf(stats: unknown): TalkStats {
  if (!isObject(stats)) return { internalTalkTime: null, externalTalkTime: null, longestTurns: null, wordsByVoice: null };
  let longestTurns: Map<number, number> | null = null;
  if (isObject(stats.longestSegmentDurations)) {
    for (const [key, value] of Object.entries(stats.longestSegmentDurations)) {
      const seconds = finite(value);
      if (VOICE_KEY.test(key) && seconds !== null) (longestTurns ??= new Map()).set(Number(key), seconds);
    }
  }
  let wordsByVoice: Map<number, number> | null = null;
  if (Array.isArray(stats.talkSpeeds)) {
    for (const section of stats.talkSpeeds) {
      if (!isObject(section) || !isObject(section.wordsPerMinute)) continue;
      const start = finite(section.start);
      const end = finite(section.end);
      if (start === null || end === null || end <= start) continue;
      for (const [key, value] of Object.entries(section.wordsPerMinute)) {
        const wpm = finite(value);
        if (!VOICE_KEY.test(key) || wpm === null) continue;
        wordsByVoice ??= new Map();
        wordsByVoice.set(Number(key), (wordsByVoice.get(Number(key)) ?? 0) + (wpm * (end - start)) / 60);
      }
    }
  }
  return { internalTalkTime: finite(stats.internalTalkTime), externalTalkTime: finite(stats.externalTalkTime), longestTurns, wordsByVoice };
}

/** The best assignment's misfit, as a share of the vendor's total talk time, above which no assignment is believed. */
const MAX_MISFIT = 0.5;
/** The runner-up must misfit at least twice as much, and by this share of the total talk, for the best to be taken. */
const MIN_MARGIN = 0.01;
/** Slack on the vendor's longest turns (seconds, and share), for rounding and their own segmentation. */
const TURN_SLACK_SEC = 0.5;
const TURN_SLACK = 0.05;

/**
 * Which voice is the rep. The API says how long internal and external
 * speakers talked (stats.internalTalkTime, externalTalkTime) but not which
 * voice number is which, so each voice is tried as the rep (and none, all
 * voices external): the one whose talk matches internal while the others'
 * matches external wins, when clearly better than any other. Talk is measured
 * as the vendor's total suggests (turns, or words' own durations). The
 * vendor's per-voice figures (longest turns, talk speeds) must describe these
 * words' voices, not a swapped numbering. A voice whose longest turn exceeds
 * the internal talk time cannot be the rep: that settles voices the talk times
 * cannot tell apart, and where the talk times clearly say otherwise the stats
 * contradict themselves. Null when nothing decides it: no roles are better
 * than swapped ones. The caller's id and email name the rep, never pick it.
 * The simplified transcript, fetched later, names every speaker and settles it.
 */
export function repVoiceFromTalk(voices: Map<number, VoiceTalk>, stats: TalkStats): number | null {
  const internal = stats.internalTalkTime;
  const external = stats.externalTalkTime;
  if (internal === null || external === null || internal < 0 || external < 0 || internal + external <= 0 || !voices.size) return null;
  if (stats.longestTurns && swapped(voices, stats.longestTurns, (v) => v.longestTurnMs / 1000)) return null;
  if (stats.wordsByVoice && swapped(voices, stats.wordsByVoice, (v) => v.words)) return null;
  const total = internal + external;
  let wordMs = 0;
  let turnMs = 0;
  for (const talk of voices.values()) {
    wordMs += talk.wordMs;
    turnMs += talk.turnMs;
  }
  const byTurns = Math.abs(turnMs / 1000 - total) <= Math.abs(wordMs / 1000 - total);
  const all = (byTurns ? turnMs : wordMs) / 1000;
  const longest = stats.longestTurns;
  const canBe = (voice: number, side: number) => !longest?.has(voice) || longest.get(voice)! <= side * (1 + TURN_SLACK) + TURN_SLACK_SEC;
  // Each voice as the rep, then none (every voice external): how far its talk is from the stats, and whether the longest turns allow it.
  const candidates = [...voices.keys(), null].map((rep) => {
    const talk = rep === null ? null : voices.get(rep)!;
    const repSec = talk === null ? 0 : (byTurns ? talk.turnMs : talk.wordMs) / 1000;
    return {
      rep,
      misfit: (Math.abs(repSec - internal) + Math.abs(all - repSec - external)) / total,
      allowed: [...voices.keys()].every((voice) => canBe(voice, voice === rep ? internal : external)),
    };
  });
  const fittest = (list: typeof candidates) => list.reduce((best, c) => (c.misfit < best.misfit ? c : best), { rep: null as number | null, misfit: Infinity, allowed: true });
  const allowed = candidates.filter((c) => c.allowed);
  const best = fittest(allowed);
  // The talk times clearly point at an assignment the longest turns rule out: the stats contradict themselves.
  if (clearlyBetter(fittest(candidates).misfit, best.misfit)) return null;
  if (best.rep === null || best.misfit > MAX_MISFIT || !clearlyBetter(best.misfit, fittest(allowed.filter((c) => c !== best)).misfit)) return null;
  return best.rep;
}

function clearlyBetter(misfit: number, than: number): boolean {
  return than >= 2 * misfit + MIN_MARGIN;
}

/** Whether the vendor's per-voice figure fits these words clearly better with some two voice numbers swapped. */
function swapped(voices: Map<number, VoiceTalk>, vendor: Map<number, number>, ours: (talk: VoiceTalk) => number): boolean {
  const shared = [...voices.keys()].filter((voice) => vendor.has(voice));
  for (let i = 0; i < shared.length; i++) {
    for (let j = i + 1; j < shared.length; j++) {
      const [a, b] = [shared[i], shared[j]];
      const [va, vb] = [vendor.get(a)!, vendor.get(b)!];
      const [oa, ob] = [ours(voices.get(a)!), ours(voices.get(b)!)];
      const asKeyed = Math.abs(va - oa) + Math.abs(vb - ob);
      const asSwapped = Math.abs(va - ob) + Math.abs(vb - oa);
      if (asKeyed > 2 * asSwapped + 0.05 * (Math.abs(va) + Math.abs(vb))) return true;
    }
  }
  return false;
}

/** The rep's voice from the words alone (and the call's stats). */
export function inferRepVoice(words: WordTimings, stats: TalkStats): number | null {
  return repVoiceFromTalk(voiceTalk(words), stats);
}

/** What a call's words make: its segments, who the rep is, and talk metrics once that is known. */
export interface CallTranscript {
  repVoice: number | null;
  segments: Segment[];
  metrics: TalkMetrics | null;
  words: WordTimings;
}

/** Each voice's role and label, once the rep's voice is known (or not). The caller's email is only a label. */
export function speakersOf(repVoice: number | null, callerEmail: string | null | undefined) {
  return (voice: number): { role: SpeakerRole; label: string } =>
    repVoice === null
      ? { role: "unknown", label: `Speaker ${voice + 1}` }
      : voice === repVoice
        ? { role: "rep", label: callerEmail ?? "Rep" }
        : { role: "prospect", label: "Prospect" };
}

export function callTranscript(words: WordTimings, callerEmail: string | null | undefined, stats: TalkStats): CallTranscript {
  const repVoice = inferRepVoice(words, stats);
  const segments = words.text.length ? segmentsFromWords(words, speakersOf(repVoice, callerEmail)) : [];
  return { repVoice, segments, metrics: repVoice === null ? null : talkMetrics(segments), words };
}

/** The fields of an unchecked call record that its transcript's segments depend on. */
export function transcriptInputs(record: { callerEmail?: unknown; stats?: unknown }): { callerEmail: string | null; stats: TalkStats } {
  return { callerEmail: typeof record.callerEmail === "string" ? record.callerEmail : null, stats: talkStatsOf(record.stats) };
}

/**
 * A transcript whose words were checked, and turned into segments and
 * serialized columns, while its page was decoded. Only canonical word lists
 * are decoded, so serialized (a dead-lettered call, a stored raw) it is the
 * vendor's word list again, exactly.
 */
export class DecodedWords {
  constructor(readonly transcript: DecodedTranscript) {}

  toJSON(): TranscriptWord[] {
    return canonicalWords(JSON.parse(this.transcript.words.json) as WordTimings);
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
  const { callerEmail, stats } = transcriptInputs(record);
  const { repVoice, segments, metrics } = callTranscript(words, callerEmail, stats);
  return { repVoice, metrics, segments: serializeSegments(segments), words: { json: JSON.stringify(words), count: words.text.length } };
}

/** The records of a decoded GET /calls page, each transcript that was taken out back in as DecodedWords. */
export function decodedRecords(page: DecodedCallsPage): unknown {
  const records = page.records as { transcript: unknown }[];
  for (const [index, transcript] of page.transcripts) records[index].transcript = new DecodedWords(transcript);
  return records;
}
