// Decodes a GET /calls body straight from its bytes. A page of 50 one-hour
// calls is ~4 MB of JSON, nine tenths of it transcript words
// ({"start":"1.732","end":"1.996","word":"Hi","p":",","v":0}); JSON.parse
// would make an object and four strings of each. Here each transcript array
// is read in one pass, each word checked against the documented shape as it
// goes, straight into what the store writes: the words document (the columns
// as JSON, copied from the body's bytes) and the segments; the rest of each
// call (a few kB) goes through JSON.parse. Only transcripts whose every word
// is in the API's documented form (isCanonicalWord: the stored words rebuild
// them exactly) are decoded; any other transcript (times as numbers, `p` null
// or "", unknown word fields, a word that breaks the shape) is left as sent,
// for the mapper to read word by word and keep whole as the transcript's raw.
// Anything this reader does not expect (escaped keys, duplicate keys) sends
// the body down the plain path (JSON.parse, then wordColumns), which gives the
// same result.
// Relative imports only: this module also runs inside decode workers.
import { BrokenBodyError, parseJsonBody } from "../../sync/decode-pool";
import { talkMetrics } from "../../domain/talk-metrics";
import type { Segment } from "../../domain/transcript";
import {
  closeTurn,
  type DecodedTranscript,
  decodedTranscript,
  isCanonicalTranscript,
  newVoice,
  repVoiceFromTalk,
  speakersOf,
  transcriptInputs,
  type VoiceTalk,
  wordColumns,
} from "./words";

export interface DecodedCallsPage {
  /** The records, each decoded transcript replaced by null. */
  records: unknown;
  /** The decoded transcripts (segments, serialized words), by record index. */
  transcripts: [index: number, transcript: DecodedTranscript][];
}

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const LBRACE = 123;
const RBRACE = 125;
const LBRACKET = 91;
const RBRACKET = 93;
const DOT = 46;
const ZERO = 48;
const NINE = 57;
const PERIOD = 46;
const QUESTION = 63;
const BANG = 33;
const SENTENCE_END = /[.?!]$/;

/** Thrown inside the fast reader when it meets something it leaves to the plain path (so is any other error). */
const UNEXPECTED = Symbol("unexpected");

export function decodeCallsBody(body: ArrayBuffer): DecodedCallsPage {
  try {
    return new PageReader(new Uint8Array(body)).read();
  } catch {
    // Unexpected, or broken: the plain path decides which, and says so.
    return decodePlain(body);
  }
}

/** The plain path: JSON.parse, then each canonical transcript turned into columns. */
export function decodePlain(body: ArrayBuffer): DecodedCallsPage {
  const records = parseJsonBody(body);
  const page: DecodedCallsPage = { records, transcripts: [] };
  if (!Array.isArray(records)) return page;
  records.forEach((record, index) => {
    if (record === null || typeof record !== "object" || !Array.isArray(record.transcript) || !isCanonicalTranscript(record.transcript)) return;
    const words = wordColumns(record.transcript);
    record.transcript = null;
    page.transcripts.push([index, decodedTranscript(record, words)]);
  });
  return page;
}

/** Bytes appended one range at a time, decoded as UTF-8 once. */
class ByteBuilder {
  private buffer = new Uint8Array(16_384);
  private length = 0;

  private reserve(n: number): void {
    if (this.length + n > this.buffer.length) this.grow(n);
  }

  private grow(n: number): void {
    let size = this.buffer.length * 2;
    while (size < this.length + n) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }

  push(byte: number): void {
    if (this.length === this.buffer.length) this.grow(1);
    this.buffer[this.length++] = byte;
  }

  append(source: Uint8Array, from: number, to: number): void {
    if (this.length + to - from > this.buffer.length) this.grow(to - from);
    if (to - from > 32) {
      this.buffer.set(source.subarray(from, to), this.length);
      this.length += to - from;
      return;
    }
    const buffer = this.buffer;
    let length = this.length;
    for (let i = from; i < to; i++) buffer[length++] = source[i];
    this.length = length;
  }

  /** A string's UTF-8 bytes. */
  appendString(text: string): void {
    this.reserve(text.length);
    const buffer = this.buffer;
    let length = this.length;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 128) {
        const bytes = encoder.encode(text);
        this.append(bytes, 0, bytes.length);
        return;
      }
      buffer[length++] = c;
    }
    this.length = length;
  }

  /** A range of another builder's bytes. */
  appendFrom(other: ByteBuilder, from: number, to: number): void {
    this.append(other.buffer, from, to);
  }

  /** A number as JSON.stringify writes it. */
  appendNumber(n: number): void {
    // Whole ms and voice numbers: digits written directly.
    if (!(n >= 0 && n <= 0x7fffffff && n === Math.floor(n))) {
      this.appendString(JSON.stringify(n));
      return;
    }
    let digits = 1;
    for (let t = n; t >= 10; t = (t / 10) | 0) digits++;
    this.reserve(digits);
    const buffer = this.buffer;
    let at = (this.length += digits);
    do {
      const q = (n / 10) | 0;
      buffer[--at] = ZERO + n - q * 10;
      n = q;
    } while (n > 0);
  }

  get size(): number {
    return this.length;
  }

  toString(): string {
    return decoder.decode(this.buffer.subarray(0, this.length));
  }

  slice(from: number, to: number): string {
    return decoder.decode(this.buffer.subarray(from, to));
  }

  reset(): void {
    this.length = 0;
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();


/** Where the last digitRun or canonicalTime ended. */
let fastEnd = 0;

/** A run of 1 to 9 digits at p, as a number (fastEnd is set past it); -1 otherwise. */
function digitRun(b: Uint8Array, p: number): number {
  const from = p;
  let value = 0;
  let c = b[p];
  while (c >= ZERO && c <= NINE) {
    value = value * 10 + c - ZERO;
    c = b[++p];
  }
  fastEnd = p;
  return p === from || p - from > 9 ? -1 : value;
}

const isDigit = (c: number) => c >= ZERO && c <= NINE;

/**
 * Seconds as the API writes them, "D.DDD" (a string, exactly three decimals,
 * no leading zero: what the stored ms give back) → ms; -1 for any other form.
 * Sets fastEnd.
 */
function canonicalTime(b: Uint8Array, p: number): number {
  if (b[p] !== QUOTE) return -1;
  const whole = digitRun(b, ++p);
  if (whole < 0 || (b[p] === ZERO && fastEnd - p > 1)) return -1;
  p = fastEnd;
  const d1 = b[p + 1];
  const d2 = b[p + 2];
  const d3 = b[p + 3];
  if (b[p] !== DOT || !isDigit(d1) || !isDigit(d2) || !isDigit(d3) || b[p + 4] !== QUOTE) return -1;
  const fraction = (d1 - ZERO) * 100 + (d2 - ZERO) * 10 + d3 - ZERO;
  fastEnd = p + 5;
  // Integer arithmetic (small integers, kept unboxed in the columns) while the ms fit 31 bits.
  return whole <= 2_147_482 ? (whole * 1000 + fraction) | 0 : whole * 1000 + fraction;
}

/** The closing quote of a string with no escapes or control characters that starts at p; -1 otherwise. */
function plainStringEnd(b: Uint8Array, p: number): number {
  let c = b[p];
  while (c !== QUOTE) {
    if (c === BACKSLASH || c < 32 || c === undefined) return -1;
    c = b[++p];
  }
  return p;
}

function isSpace(byte: number): boolean {
  return byte === 32 || byte === 10 || byte === 13 || byte === 9;
}

/** As segmentsFromWords (../shared/segments) splits runs: a run of this many words ends at the next sentence end. */
const MAX_SEGMENT_WORDS = 60;
const SPACE = 32;
const NEWLINE = 10;

/** A run of one voice's words: a segment once the speakers are known. */
interface Run {
  voice: number;
  startMs: number;
  endMs: number;
  /** Its text, as a byte range of the transcript text. */
  from: number;
  to: number;
}

/**
 * One transcript as its words are read, written straight as the bytes of
 * what the store keeps: the words document (JSON.stringify of the columns,
 * byte for byte), the transcript text (the segments' texts, one per line)
 * and the segments as segmentsFromWords makes them; a word costs no string.
 */
class TranscriptBuilder {
  private starts: number[] = [];
  private ends: number[] = [];
  private readonly texts = new ByteBuilder();
  private readonly puncts = new ByteBuilder();
  private speakers: number[] = [];
  /** The transcript text: runs joined by newlines, words by spaces. */
  private readonly text = new ByteBuilder();
  private readonly out = new ByteBuilder();
  /** What each voice's words say, in the order the voices first speak. */
  private voices = new Map<number, VoiceTalk>();
  // the turn (words of one voice, up to a change of speaker) being read
  private turn: VoiceTalk | null = null;
  private turnVoice = -1;
  private turnStart = 0;
  private turnEnd = 0;
  /** Some word had escapes: its bytes in the text are decoded, not JSON. */
  private escaped = false;
  private runs: Run[] = [];
  // the run being read
  private runWords = 0;
  private runVoice = -1;
  private runStart = 0;
  private runEnd = 0;
  private runFrom = 0;
  private runTalk = 0;

  reset(): void {
    this.starts = [];
    this.ends = [];
    this.texts.reset();
    this.puncts.reset();
    this.speakers = [];
    this.text.reset();
    this.voices = new Map();
    this.turn = null;
    this.turnVoice = -1;
    this.escaped = false;
    this.runs = [];
    this.runWords = 0;
  }

  private begin(start: number, end: number, voice: number): void {
    if (this.starts.length) {
      this.texts.push(COMMA);
      this.puncts.push(COMMA);
    }
    this.starts.push(start);
    this.ends.push(end);
    this.speakers.push(voice);
    if (voice !== this.turnVoice) {
      if (this.turn) closeTurn(this.turn, this.turnEnd - this.turnStart);
      this.turnVoice = voice;
      this.turnStart = start;
      this.turn = this.voices.get(voice) ?? newVoice(this.voices, voice);
    }
    this.turnEnd = end;
    if (this.runWords && voice !== this.runVoice) this.closeRun();
    if (this.runWords) this.text.push(SPACE);
    else {
      if (this.runs.length) this.text.push(NEWLINE);
      this.runVoice = voice;
      this.runStart = start;
      this.runFrom = this.text.size;
      this.runTalk = 0;
    }
    this.runWords++;
    this.runEnd = end;
    this.runTalk += end - start;
  }

  private closeRun(): void {
    if (!this.runWords) return;
    this.runs.push({ voice: this.runVoice, startMs: this.runStart, endMs: this.runEnd, from: this.runFrom, to: this.text.size });
    const talk = this.voices.get(this.runVoice)!;
    talk.wordMs += this.runTalk;
    talk.words += this.runWords;
    this.runWords = 0;
  }

  /** A word whose text and punctuation are plain (unescaped) JSON string contents in b. */
  addRaw(b: Uint8Array, start: number, end: number, voice: number, wordFrom: number, wordTo: number, punctFrom: number, punctTo: number): void {
    this.begin(start, end, voice);
    // The word's JSON string, quotes and all, as it stands in the body.
    this.texts.append(b, wordFrom - 1, wordTo + 1);
    if (punctTo > punctFrom) this.puncts.append(b, punctFrom - 1, punctTo + 1);
    else {
      this.puncts.push(QUOTE);
      this.puncts.push(QUOTE);
    }
    this.text.append(b, wordFrom, wordTo);
    this.text.append(b, punctFrom, punctTo);
    if (punctTo > punctFrom && this.runWords >= MAX_SEGMENT_WORDS) {
      const last = b[punctTo - 1];
      if (last === PERIOD || last === QUESTION || last === BANG) this.closeRun();
    }
  }

  /** A word whose strings had escapes, decoded. */
  addDecoded(start: number, end: number, voice: number, word: string, punct: string): void {
    this.begin(start, end, voice);
    this.escaped = true;
    this.texts.appendString(JSON.stringify(word));
    this.puncts.appendString(JSON.stringify(punct));
    this.text.appendString(word + punct);
    if (this.runWords >= MAX_SEGMENT_WORDS && SENTENCE_END.test(punct)) this.closeRun();
  }

  finish(record: Record<string, unknown>): DecodedTranscript {
    this.closeRun();
    if (this.turn) closeTurn(this.turn, this.turnEnd - this.turnStart);
    const { callerEmail, stats } = transcriptInputs(record);
    const repVoice = repVoiceFromTalk(this.voices, stats);
    const who = speakersOf(repVoice, callerEmail);
    const text = this.text.toString();
    // Byte offsets are string offsets when every byte is one character (ASCII text).
    const ascii = text.length === this.text.size;
    const segments: Segment[] = this.runs.map((run) => {
      const { role, label } = who(run.voice);
      return { speaker: role, label, startMs: run.startMs, endMs: run.endMs, text: ascii ? text.slice(run.from, run.to) : this.text.slice(run.from, run.to), voice: run.voice };
    });
    const transcript: DecodedTranscript = {
      repVoice,
      metrics: repVoice === null ? null : talkMetrics(segments),
      segments: { json: this.escaped ? JSON.stringify(segments) : this.segmentsJson(segments), text, count: segments.length, lastEndMs: segments.at(-1)?.endMs ?? null },
      words: { json: this.wordsJson(), count: this.starts.length },
    };
    this.reset();
    return transcript;
  }

  /** JSON.stringify(segments), their texts copied from the transcript text's bytes (which need no escapes). */
  private segmentsJson(segments: Segment[]): string {
    const out = this.out;
    out.reset();
    out.push(LBRACKET);
    const labels = new Map<string, string>();
    segments.forEach((segment, i) => {
      const run = this.runs[i];
      if (i) out.push(COMMA);
      out.appendString('{"speaker":"');
      out.appendString(segment.speaker);
      out.appendString('","label":');
      let label = labels.get(segment.label);
      if (label === undefined) labels.set(segment.label, (label = JSON.stringify(segment.label)));
      out.appendString(label);
      out.appendString(',"startMs":');
      out.appendNumber(segment.startMs);
      out.appendString(',"endMs":');
      out.appendNumber(segment.endMs);
      out.appendString(',"text":"');
      out.appendFrom(this.text, run.from, run.to);
      out.appendString('","voice":');
      out.appendNumber(run.voice);
      out.push(RBRACE);
    });
    out.push(RBRACKET);
    return out.toString();
  }

  /** JSON.stringify of the columns. */
  private wordsJson(): string {
    return `{"startMs":${JSON.stringify(this.starts)},"endMs":${JSON.stringify(this.ends)},"text":[${this.texts.toString()}],"punct":[${this.puncts.toString()}],"speaker":${JSON.stringify(this.speakers)}}`;
  }
}

class PageReader {
  private pos = 0;
  private readonly transcript = new TranscriptBuilder();

  constructor(private readonly b: Uint8Array) {}

  read(): DecodedCallsPage {
    const page: DecodedCallsPage = { records: [], transcripts: [] };
    const records = page.records as unknown[];
    this.ws();
    this.expect(LBRACKET);
    this.ws();
    if (this.b[this.pos] === RBRACKET) this.pos++;
    else {
      for (;;) {
        this.ws();
        const transcript = this.readCall(records);
        if (transcript) page.transcripts.push([records.length - 1, transcript]);
        if (!this.more(RBRACKET)) break;
      }
    }
    this.ws();
    if (this.pos !== this.b.length) throw UNEXPECTED;
    return page;
  }

  /** One call object: its members through JSON.parse, its transcript read as it goes. */
  private readCall(records: unknown[]): DecodedTranscript | null {
    const b = this.b;
    this.expect(LBRACE);
    const members: string[] = [];
    let words = false;
    let sawTranscript = false;
    this.ws();
    if (b[this.pos] === RBRACE) this.pos++;
    else {
      for (;;) {
        this.ws();
        const keyStart = this.pos;
        const keyEnd = this.stringEnd();
        const isTranscript = keyEnd - keyStart === 12 && this.slice(keyStart + 1, keyEnd - 1) === "transcript";
        if (isTranscript) {
          if (sawTranscript) throw UNEXPECTED;
          sawTranscript = true;
        }
        this.ws();
        this.expect(COLON);
        this.ws();
        if (isTranscript && b[this.pos] === LBRACKET) {
          const valueStart = this.pos;
          words = this.readWords();
          if (words) members.push('"transcript":null');
          else {
            this.pos = valueStart;
            members.push(this.slice(keyStart, this.skipValue()));
          }
        } else {
          members.push(this.slice(keyStart, this.skipValue()));
        }
        if (!this.more(RBRACE)) break;
      }
    }
    let record: unknown;
    try {
      record = JSON.parse(`{${members.join(",")}}`);
    } catch {
      throw new BrokenBodyError(`a broken JSON body (${b.length} bytes)`);
    }
    records.push(record);
    if (!words) return null;
    if (record === null || typeof record !== "object" || Array.isArray(record)) throw UNEXPECTED;
    return this.transcript.finish(record as Record<string, unknown>);
  }

  /**
   * A transcript array, each word checked as it is read. False (the
   * position then means nothing) when a word is not in the canonical form.
   */
  private readWords(): boolean {
    const b = this.b;
    this.transcript.reset();
    this.pos++;
    this.ws();
    if (b[this.pos] === RBRACKET) this.pos++;
    else {
      for (;;) {
        this.ws();
        if (!this.fastWord() && !this.readWord()) return false;
        if (!this.more(RBRACKET)) break;
      }
    }
    return true;
  }

  /**
   * The word as the API writes it, {"start":"1.700","end":"2.000","word":"Hi","p":",","v":0}
   * (documented key order, no spaces, canonical times, no escapes), read
   * with no allocation; false, with nothing consumed, for any other form.
   */
  private fastWord(): boolean {
    const b = this.b;
    let p = this.pos;
    // {"start":
    if (b[p] !== LBRACE || b[p + 1] !== QUOTE || b[p + 2] !== 115 || b[p + 3] !== 116 || b[p + 4] !== 97 || b[p + 5] !== 114 || b[p + 6] !== 116 || b[p + 7] !== QUOTE || b[p + 8] !== COLON) return false;
    const start = canonicalTime(b, p + 9);
    if (start < 0) return false;
    p = fastEnd;
    // ,"end":
    if (b[p] !== COMMA || b[p + 1] !== QUOTE || b[p + 2] !== 101 || b[p + 3] !== 110 || b[p + 4] !== 100 || b[p + 5] !== QUOTE || b[p + 6] !== COLON) return false;
    const end = canonicalTime(b, p + 7);
    if (end < 0) return false;
    p = fastEnd;
    // ,"word":"
    if (b[p] !== COMMA || b[p + 1] !== QUOTE || b[p + 2] !== 119 || b[p + 3] !== 111 || b[p + 4] !== 114 || b[p + 5] !== 100 || b[p + 6] !== QUOTE || b[p + 7] !== COLON || b[p + 8] !== QUOTE) return false;
    const wordFrom = p + 9;
    const wordTo = plainStringEnd(b, wordFrom);
    if (wordTo < 0) return false;
    p = wordTo + 1;
    // ,"p":"." (optional, never empty)
    let punctFrom = 0;
    let punctTo = 0;
    if (b[p] === COMMA && b[p + 1] === QUOTE && b[p + 2] === 112 && b[p + 3] === QUOTE && b[p + 4] === COLON) {
      if (b[p + 5] !== QUOTE) return false;
      punctFrom = p + 6;
      punctTo = plainStringEnd(b, punctFrom);
      if (punctTo <= punctFrom) return false;
      p = punctTo + 1;
    }
    // ,"v":N}
    if (b[p] !== COMMA || b[p + 1] !== QUOTE || b[p + 2] !== 118 || b[p + 3] !== QUOTE || b[p + 4] !== COLON) return false;
    p += 5;
    const voice = digitRun(b, p);
    p = fastEnd;
    if (voice < 0 || b[p] !== RBRACE) return false;
    this.pos = p + 1;
    this.transcript.addRaw(b, start, end, voice, wordFrom, wordTo, punctFrom, punctTo);
    return true;
  }

  /** {start, end, word, p?, v} in any order and spacing: false when the word is not canonical (see isCanonicalWord). */
  private readWord(): boolean {
    const b = this.b;
    if (b[this.pos] !== LBRACE) return false;
    this.pos++;
    let start = -1;
    let end = -1;
    let voice = -1;
    let word: string | null = null;
    let punct: string | null = null;
    this.ws();
    if (b[this.pos] === RBRACE) return false;
    for (;;) {
      this.ws();
      if (b[this.pos] !== QUOTE) throw UNEXPECTED;
      const k0 = b[this.pos + 1];
      const k1 = b[this.pos + 2];
      // The five documented keys, by their bytes.
      if (k0 === 115 && b[this.pos + 6] === QUOTE && k1 === 116 && b[this.pos + 3] === 97 && b[this.pos + 4] === 114 && b[this.pos + 5] === 116) {
        if (start >= 0) throw UNEXPECTED;
        this.pos += 7;
        this.colon();
        start = this.readTime();
      } else if (k0 === 101 && b[this.pos + 4] === QUOTE && k1 === 110 && b[this.pos + 3] === 100) {
        if (end >= 0) throw UNEXPECTED;
        this.pos += 5;
        this.colon();
        end = this.readTime();
      } else if (k0 === 119 && b[this.pos + 5] === QUOTE && k1 === 111 && b[this.pos + 3] === 114 && b[this.pos + 4] === 100) {
        if (word !== null) throw UNEXPECTED;
        this.pos += 6;
        this.colon();
        if (b[this.pos] !== QUOTE) return false;
        word = this.readString();
      } else if (k0 === 112 && k1 === QUOTE) {
        if (punct !== null) throw UNEXPECTED;
        this.pos += 3;
        this.colon();
        if (b[this.pos] !== QUOTE) return false;
        punct = this.readString();
        if (punct === "") return false;
      } else if (k0 === 118 && k1 === QUOTE) {
        if (voice >= 0) throw UNEXPECTED;
        this.pos += 3;
        this.colon();
        voice = this.readVoice();
      } else {
        // An escaped key may spell a documented one: the plain path reads it.
        if (plainStringEnd(b, this.pos + 1) < 0) throw UNEXPECTED;
        // An undocumented key: the stored words could not give it back.
        return false;
      }
      if (start === -2 || end === -2 || voice === -2) return false;
      this.ws();
      if (b[this.pos] === COMMA) {
        this.pos++;
        continue;
      }
      if (b[this.pos] !== RBRACE) throw UNEXPECTED;
      this.pos++;
      break;
    }
    if (start < 0 || end < 0 || voice < 0 || word === null) return false;
    this.transcript.addDecoded(start, end, voice, word, punct ?? "");
    return true;
  }

  /** After a member or an element: true at a comma (more follow), false past the closing byte. */
  private more(close: number): boolean {
    this.ws();
    if (this.b[this.pos] === COMMA) {
      this.pos++;
      return true;
    }
    this.expect(close);
    return false;
  }

  private colon(): void {
    this.ws();
    this.expect(COLON);
    this.ws();
  }

  /** A canonical time, in whole ms; -2 for any other value. */
  private readTime(): number {
    const ms = canonicalTime(this.b, this.pos);
    if (ms < 0) {
      // An escaped string may spell a canonical time: the plain path reads it.
      if (this.b[this.pos] === QUOTE && plainStringEnd(this.b, this.pos + 1) < 0) throw UNEXPECTED;
      return -2;
    }
    this.pos = fastEnd;
    return ms;
  }

  /** A non-negative integer; -2 otherwise. */
  private readVoice(): number {
    const value = digitRun(this.b, this.pos);
    const next = this.b[fastEnd];
    if (value >= 0 && (next === COMMA || next === RBRACE || isSpace(next))) {
      this.pos = fastEnd;
      return value;
    }
    // Decimals, exponents, strings, null...: as JSON.parse reads them.
    const parsed = this.literal();
    return Number.isInteger(parsed) && (parsed as number) >= 0 && (parsed as number) < 2 ** 31 ? (parsed as number) : -2;
  }

  /** The JSON value at the position, read by JSON.parse. */
  private literal(): unknown {
    const from = this.pos;
    const text = this.slice(from, this.skipValue());
    try {
      return JSON.parse(text);
    } catch {
      throw new BrokenBodyError(`a broken JSON body (${this.b.length} bytes)`);
    }
  }

  /** A JSON string's value. */
  private readString(): string {
    const from = this.pos;
    const to = this.stringEnd();
    for (let i = from + 1; i < to - 1; i++) {
      const c = this.b[i];
      if (c === BACKSLASH) {
        this.pos = from;
        return this.literal() as string;
      }
      // A raw control character is not JSON: the plain path says so.
      if (c < 32) throw UNEXPECTED;
    }
    return this.slice(from + 1, to - 1);
  }

  /** From an opening quote to just past the closing one. */
  private stringEnd(): number {
    const b = this.b;
    if (b[this.pos] !== QUOTE) throw UNEXPECTED;
    let i = this.pos + 1;
    for (;;) {
      const c = b[i];
      if (c === QUOTE) break;
      if (c === BACKSLASH) i += 2;
      else if (c === undefined) throw new BrokenBodyError(`a truncated JSON body (${b.length} bytes)`);
      else i++;
    }
    this.pos = i + 1;
    return this.pos;
  }

  /** Past any one JSON value (checked later by JSON.parse); returns its end. */
  private skipValue(): number {
    const b = this.b;
    const c = b[this.pos];
    if (c === QUOTE) return this.stringEnd();
    if (c === LBRACE || c === LBRACKET) {
      let depth = 0;
      while (this.pos < b.length) {
        const d = b[this.pos];
        if (d === QUOTE) {
          this.stringEnd();
          continue;
        }
        if (d === LBRACE || d === LBRACKET) depth++;
        else if (d === RBRACE || d === RBRACKET) {
          depth--;
          if (depth === 0) {
            this.pos++;
            return this.pos;
          }
        }
        this.pos++;
      }
      throw new BrokenBodyError(`a truncated JSON body (${b.length} bytes)`);
    }
    // A number or a literal: up to the next delimiter.
    while (this.pos < b.length) {
      const d = b[this.pos];
      if (d === COMMA || d === RBRACE || d === RBRACKET || isSpace(d)) break;
      this.pos++;
    }
    return this.pos;
  }

  private ws(): void {
    while (isSpace(this.b[this.pos])) this.pos++;
  }

  private expect(byte: number): void {
    if (this.b[this.pos] !== byte) {
      if (this.pos >= this.b.length) throw new BrokenBodyError(`a truncated JSON body (${this.b.length} bytes)`);
      throw UNEXPECTED;
    }
    this.pos++;
  }

  private slice(from: number, to: number): string {
    return decoder.decode(this.b.subarray(from, to));
  }
}
