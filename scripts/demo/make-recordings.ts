// Makes the demo call recordings and their manifest from simulators/demo/dialogues.ts:
//   npx tsx scripts/demo/make-recordings.ts
// Run by hand only, never at install or build time; the results in
// simulators/demo/recordings/ are committed. Needs espeak-ng, sox and ffmpeg.
//
// Timings come from the audio itself: each turn is synthesised once, its speech
// is cut out by sample amplitude, and segment times are sample counts in the
// concatenated track. Word times are measured with extra syntheses of parts of
// the turn (see clauseOffsets and measureClause), not estimated from text length.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DIALOGUES, type Dialogue, type Speaker } from "../../simulators/demo/dialogues";

type Word = { text: string; startMs: number; endMs: number };
type Segment = { speaker: Speaker; label: string; startMs: number; endMs: number; text: string; words: Word[] };
type Recording = {
  id: string;
  file: string;
  title: string;
  kind: Dialogue["kind"];
  durationMs: number;
  rep: { name: string };
  prospect: { name: string; company: string; title: string };
  segments: Segment[];
};

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const OUT_DIR = path.join(ROOT, "simulators", "demo", "recordings");

// espeak-ng always renders at 22050 Hz; every position below is a sample index at this rate.
const SAMPLE_RATE = 22050;
const WORDS_PER_MINUTE = 160;
// espeak-ng pads with digital silence, and the echo in some variants decays to a
// few units; anything above this is speech.
const SPEECH_THRESHOLD = 100;
// Keep a little air around each turn so onsets and echo tails are not clipped.
const LEAD_PAD_MS = 10;
const TAIL_PAD_MS = 30;
const MIN_WORD_MS = 40;
const TRACK_LEAD_MS = 300;
const TRACK_TAIL_MS = 400;
const INTERRUPTION_PAUSE_MS = 250;
const OPUS_BITRATE = "24k";

// A clearly different voice per speaker; the gender of each variant follows the
// name in the dialogue, and no two speakers in a call share one.
const VOICES: Record<string, Record<Speaker, string>> = {
  "ledgerline-cold-call": { rep: "en-us+m3", prospect: "en-us+f1" },
  "shiftwise-discovery": { rep: "en-us+f4", prospect: "en-us+m1" },
  "tallyforge-demo-follow-up": { rep: "en-us+m6", prospect: "en-us+f3" },
  "sentrylane-pricing": { rep: "en-us+f1", prospect: "en-us+m4" },
  "fieldnote-renewal-upsell": { rep: "en-us+m7", prospect: "en-us+f4" },
  "pipeloop-objection-heavy": { rep: "en-us+m4", prospect: "en-us+f3" },
  "brightdesk-inbound-qualification": { rep: "en-us+f2", prospect: "en-us+m3" },
  "stackwell-demo-reschedule": { rep: "en-us+m1", prospect: "en-us+f1" },
};

const msToSamples = (ms: number) => Math.round((ms * SAMPLE_RATE) / 1000);
const samplesToMs = (samples: number) => Math.round((samples * 1000) / SAMPLE_RATE);

function run(command: string, args: string[]): Buffer {
  return execFileSync(command, args, { stdio: ["ignore", "pipe", "pipe"], maxBuffer: 256 * 1024 * 1024 });
}

function espeakArgs(voice: string, text: string): string[] {
  // espeak-ng has no "--" separator, so text starting with "-" would be read as an option.
  if (text.startsWith("-")) throw new Error(`Text must not start with "-": ${text}`);
  return ["-v", voice, "-s", String(WORDS_PER_MINUTE), text];
}

// The --stdout header carries placeholder sizes, so the data chunk runs to the end of the buffer.
function parseWav(buffer: Buffer): Int16Array {
  if (buffer.toString("ascii", 0, 4) !== "RIFF" || buffer.toString("ascii", 8, 12) !== "WAVE") throw new Error("Not a WAV stream");
  let offset = 12;
  while (offset + 8 <= buffer.length) {
    const id = buffer.toString("ascii", offset, offset + 4);
    const size = buffer.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === "fmt ") {
      const channels = buffer.readUInt16LE(body + 2);
      const rate = buffer.readUInt32LE(body + 4);
      const bits = buffer.readUInt16LE(body + 14);
      if (channels !== 1 || rate !== SAMPLE_RATE || bits !== 16) throw new Error(`Unexpected WAV format ${channels}ch ${rate}Hz ${bits}bit`);
    } else if (id === "data") {
      const end = Math.min(buffer.length, body + size) & ~1;
      const copy = buffer.subarray(body, end);
      return new Int16Array(copy.buffer.slice(copy.byteOffset, copy.byteOffset + copy.length));
    }
    offset = body + size + (size & 1);
  }
  throw new Error("WAV stream has no data chunk");
}

function synth(voice: string, text: string): Int16Array {
  return parseWav(run("espeak-ng", ["--stdout", ...espeakArgs(voice, text)]));
}

/** [first, last + 1) sample above the speech threshold, or null when there is none. */
function speechBoundsOrNull(samples: Int16Array): { start: number; end: number } | null {
  let start = 0;
  while (start < samples.length && Math.abs(samples[start]) <= SPEECH_THRESHOLD) start++;
  let end = samples.length;
  while (end > start && Math.abs(samples[end - 1]) <= SPEECH_THRESHOLD) end--;
  return end > start ? { start, end } : null;
}

function speechBounds(samples: Int16Array): { start: number; end: number } {
  const bounds = speechBoundsOrNull(samples);
  if (!bounds) throw new Error("Synthesis produced no audible speech");
  return bounds;
}

function splitWords(text: string): string[] {
  return text.split(/\s+/).filter((word) => word.length > 0);
}

// espeak-ng renders text clause by clause, closing each clause at its punctuation.
function splitClauses(words: string[]): string[][] {
  const clauses: string[][] = [];
  let current: string[] = [];
  for (const word of words) {
    current.push(word);
    if (/[,.;:?!—]["')]*$/.test(word)) {
      clauses.push(current);
      current = [];
    }
  }
  if (current.length) clauses.push(current);
  return clauses;
}

// Spoken before every measured suffix; see measureClause.
const CARRIER = "well";

type ClauseMeasure = {
  words: string[];
  /** First sample of the clause in the turn audio. */
  offset: number;
  /** Audible part of the clause in the turn audio, [speechStart, speechEnd). */
  speechStart: number;
  speechEnd: number;
  /** Samples of the clause rendered alone, and after the carrier. */
  length: number;
  carriedLength: number;
  /** carriedSuffixes[k], k ≥ 1: samples of the carrier plus words[k..]. */
  carriedSuffixes: number[];
};

type TurnMeasure = { speaker: Speaker; text: string; raw: string; audio: Int16Array; clauses: ClauseMeasure[] };

/**
 * Where each clause starts in the turn: the length of everything before it,
 * rendered on its own. espeak-ng carries state from clause to clause (a clause
 * rendered alone can differ by tens of milliseconds), so the preceding clauses
 * are rendered with it rather than summing clauses rendered separately; checked
 * against libespeak-ng's word events, these offsets are exact to the sample.
 */
function clauseOffsets(voice: string, clauses: string[][], turnLength: number): number[] {
  const offsets = clauses.map((_, index) => (index === 0 ? 0 : synth(voice, clauses.slice(0, index).flat().join(" ")).length));
  offsets.forEach((offset, index) => {
    if (index > 0 && (offset <= offsets[index - 1] || offset >= turnLength)) throw new Error(`Clause offsets of "${clauses.flat().join(" ")}" are not increasing`);
  });
  return offsets;
}

/**
 * A word starts where the rest of its clause begins: the clause length minus
 * the length of the clause's suffix from that word on, which ends with the same
 * words, intonation and pause. The suffix is spoken after a carrier word,
 * because espeak-ng treats a clause's first word specially (no pre-pause before
 * a following "and" or "if", full stress on a lone pronoun); the carrier's own
 * length is subtracted in wordSpans. Checked against libespeak-ng's word events
 * (which the CLI does not print), starts land 12 ms off on average and 37 ms at
 * the 95th percentile, where scaling words synthesised one by one is off by
 * about 100 ms on average, because isolated function words come out long.
 */
function measureClause(voice: string, words: string[], audio: Int16Array, offset: number, end: number): ClauseMeasure {
  const text = words.join(" ");
  const audible = speechBoundsOrNull(audio.subarray(offset, end));
  return {
    words,
    offset,
    speechStart: offset + (audible?.start ?? 0),
    speechEnd: offset + (audible?.end ?? end - offset),
    length: synth(voice, text).length,
    carriedLength: synth(voice, `${CARRIER} ${text}`).length,
    carriedSuffixes: words.map((_, index) => (index === 0 ? 0 : synth(voice, `${CARRIER} ${words.slice(index).join(" ")}`).length)),
  };
}

function measureTurn(voice: string, speaker: Speaker, text: string, raw: string): TurnMeasure {
  run("espeak-ng", ["-w", raw, ...espeakArgs(voice, text)]);
  const audio = parseWav(readFileSync(raw));
  const words = splitClauses(splitWords(text));
  const offsets = clauseOffsets(voice, words, audio.length);
  const clauses = words.map((clause, index) => measureClause(voice, clause, audio, offsets[index], offsets[index + 1] ?? audio.length));
  return { speaker, text, raw, audio, clauses };
}

/**
 * The carrier's share of a carried suffix, per speaker: the median over their
 * clauses of (carrier + clause) − clause, robust to the odd clause whose first
 * words change when the carrier precedes them.
 */
function carrierLength(turns: TurnMeasure[]): number {
  const extra = turns.flatMap((turn) => turn.clauses.map((clause) => clause.carriedLength - clause.length)).sort((a, b) => a - b);
  if (!extra.length) return 0;
  const middle = Math.floor(extra.length / 2);
  return extra.length % 2 ? extra[middle] : Math.round((extra[middle - 1] + extra[middle]) / 2);
}

/**
 * Makes starts strictly increasing with at least MIN_WORD_MS per word inside
 * [from, to), because espeak-ng can swallow a short word into its neighbour.
 */
function spreadStarts(starts: number[], from: number, to: number): number[] {
  const min = msToSamples(MIN_WORD_MS);
  if (to - from < min * starts.length) return starts.map((_, index) => Math.round(from + ((to - from) * index) / starts.length));
  const spread = starts.map((start) => Math.min(Math.max(start, from), to));
  for (let i = 0; i < spread.length; i++) spread[i] = Math.max(spread[i], i === 0 ? from : spread[i - 1] + min);
  for (let i = spread.length - 1; i >= 0; i--) spread[i] = Math.min(spread[i], to - min * (spread.length - i));
  return spread;
}

type WordSpan = { text: string; start: number; end: number };

/** Word spans in samples of the untrimmed turn audio; pauses between clauses belong to no word. */
function wordSpans(turn: TurnMeasure, carrier: number): WordSpan[] {
  return turn.clauses.flatMap((clause) => {
    const estimates = clause.words.map((_, index) =>
      index === 0 ? clause.speechStart : clause.offset + clause.length - (clause.carriedSuffixes[index] - carrier),
    );
    const starts = spreadStarts(estimates, clause.speechStart, clause.speechEnd);
    return clause.words.map((text, index) => ({ text, start: starts[index], end: starts[index + 1] ?? clause.speechEnd }));
  });
}

// Deterministic 250–800 ms, varied so the turn-taking does not sound metronomic.
function pauseMs(dialogueIndex: number, turnIndex: number, previousText: string): number {
  if (previousText.endsWith("—")) return INTERRUPTION_PAUSE_MS;
  return 300 + ((dialogueIndex * 131 + turnIndex * 277) % 451);
}

function soxSamples(file: string): number {
  return Number(run("soxi", ["-s", file]).toString().trim());
}

function writeSilence(file: string, samples: number): void {
  // -D: without it sox dithers the null input, and the gaps would not be digital silence.
  run("sox", ["-D", "-r", String(SAMPLE_RATE), "-c", "1", "-n", "-b", "16", file, "trim", "0", `${samples}s`]);
}

function probeDurationMs(file: string): number {
  const seconds = Number(run("ffprobe", ["-v", "error", "-show_entries", "format=duration", "-of", "default=nw=1:nk=1", file]).toString().trim());
  if (!Number.isFinite(seconds)) throw new Error(`ffprobe could not read the duration of ${file}`);
  return Math.round(seconds * 1000);
}

/** Renders one dialogue into `<id>.ogg` and returns its manifest entry. */
function record(dialogue: Dialogue, dialogueIndex: number, work: string): Recording {
  const voices = VOICES[dialogue.id];
  if (!voices) throw new Error(`No voices chosen for ${dialogue.id}`);
  const turns = dialogue.turns.map((turn, index) =>
    measureTurn(voices[turn.speaker], turn.speaker, turn.text, path.join(work, `${dialogue.id}-${index}-raw.wav`)),
  );
  const carriers: Record<Speaker, number> = {
    rep: carrierLength(turns.filter((turn) => turn.speaker === "rep")),
    prospect: carrierLength(turns.filter((turn) => turn.speaker === "prospect")),
  };

  const parts: string[] = [];
  const addPart = (samples: number, write: (file: string) => void) => {
    const file = path.join(work, `${dialogue.id}-part-${parts.length}.wav`);
    write(file);
    if (soxSamples(file) !== samples) throw new Error(`sox wrote ${file} with an unexpected length`);
    parts.push(file);
    return samples;
  };
  const addSilence = (ms: number) => addPart(msToSamples(ms), (file) => writeSilence(file, msToSamples(ms)));

  const segments: Segment[] = [];
  let position = addSilence(TRACK_LEAD_MS);
  turns.forEach((turn, turnIndex) => {
    if (turnIndex > 0) position += addSilence(pauseMs(dialogueIndex, turnIndex, turns[turnIndex - 1].text));
    const bounds = speechBounds(turn.audio);
    const trimStart = Math.max(0, bounds.start - msToSamples(LEAD_PAD_MS));
    const trimEnd = Math.min(turn.audio.length, bounds.end + msToSamples(TAIL_PAD_MS));
    addPart(trimEnd - trimStart, (file) => run("sox", [turn.raw, file, "trim", `${trimStart}s`, `${trimEnd - trimStart}s`]));

    const toTrackMs = (sample: number) => samplesToMs(position + Math.min(Math.max(sample, trimStart), trimEnd) - trimStart);
    segments.push({
      speaker: turn.speaker,
      label: turn.speaker === "rep" ? dialogue.rep.name : dialogue.prospect.name,
      startMs: samplesToMs(position),
      endMs: samplesToMs(position + trimEnd - trimStart),
      text: turn.text,
      words: wordSpans(turn, carriers[turn.speaker]).map((span) => ({ text: span.text, startMs: toTrackMs(span.start), endMs: toTrackMs(span.end) })),
    });
    position += trimEnd - trimStart;
  });
  position += addSilence(TRACK_TAIL_MS);

  const track = path.join(work, `${dialogue.id}.wav`);
  run("sox", [...parts, track]);
  if (soxSamples(track) !== position) throw new Error(`sox concatenated ${track} to an unexpected length`);

  const file = `${dialogue.id}.ogg`;
  const output = path.join(OUT_DIR, file);
  // bitexact keeps the Ogg serial number and metadata fixed, so reruns give identical bytes.
  run("ffmpeg", [
    "-y", "-v", "error", "-i", track,
    "-ac", "1", "-ar", "24000", "-c:a", "libopus", "-b:a", OPUS_BITRATE, "-application", "voip",
    "-map_metadata", "-1", "-fflags", "+bitexact", "-flags:a", "+bitexact",
    output,
  ]);
  const durationMs = probeDurationMs(output);
  checkRecording(dialogue.id, samplesToMs(position), durationMs, segments);

  return {
    id: dialogue.id,
    file,
    title: dialogue.title,
    kind: dialogue.kind,
    durationMs,
    rep: { name: dialogue.rep.name },
    prospect: { ...dialogue.prospect },
    segments,
  };
}

// The dashboard trusts these invariants, so a bad run fails instead of writing them.
function checkRecording(id: string, trackMs: number, durationMs: number, segments: Segment[]): void {
  const fail = (message: string) => {
    throw new Error(`${id}: ${message}`);
  };
  if (Math.abs(durationMs - trackMs) > 100) fail(`encoded duration ${durationMs} ms differs from the track's ${trackMs} ms`);
  let previousEnd = 0;
  for (const segment of segments) {
    if (segment.startMs < previousEnd || segment.endMs <= segment.startMs) fail(`segment at ${segment.startMs} ms overlaps or is empty`);
    const texts = segment.words.map((word) => word.text);
    if (texts.join(" ") !== splitWords(segment.text).join(" ")) fail(`words of segment at ${segment.startMs} ms do not match its text`);
    let wordEnd = segment.startMs;
    for (const word of segment.words) {
      if (word.startMs < wordEnd || word.endMs <= word.startMs || word.endMs > segment.endMs) fail(`word "${word.text}" at ${word.startMs} ms is out of order`);
      wordEnd = word.endMs;
    }
    previousEnd = segment.endMs;
  }
  if (previousEnd >= durationMs) fail(`last segment ends at ${previousEnd} ms, after the recording`);
}

// One word object per line keeps the manifest readable and its diffs small.
function formatManifest(recordings: Recording[]): string {
  return `${JSON.stringify(recordings, null, 2).replace(
    /\{\n\s+"text": (".*"),\n\s+"startMs": (\d+),\n\s+"endMs": (\d+)\n\s+\}/g,
    '{ "text": $1, "startMs": $2, "endMs": $3 }',
  )}\n`;
}

function main(): void {
  mkdirSync(OUT_DIR, { recursive: true });
  const work = mkdtempSync(path.join(tmpdir(), "coachboard-recordings-"));
  try {
    const recordings = DIALOGUES.map((dialogue, index) => {
      const recording = record(dialogue, index, work);
      console.error(`${recording.file}: ${(recording.durationMs / 1000).toFixed(1)} s, ${recording.segments.length} segments`);
      return recording;
    });
    writeFileSync(path.join(OUT_DIR, "manifest.json"), formatManifest(recordings));
    const total = recordings.reduce((sum, recording) => sum + recording.durationMs, 0);
    console.error(`Wrote ${recordings.length} recordings, ${(total / 60000).toFixed(1)} minutes, and manifest.json to ${path.relative(ROOT, OUT_DIR)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
