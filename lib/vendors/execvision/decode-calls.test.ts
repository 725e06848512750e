// The GET /calls page decoder must give exactly what parsing the body and
// mapping each call the plain way gives, whatever the body looks like; and
// every call must be rebuilt, from what is stored, as it was sent.
import { describe, expect, it } from "vitest";
import { isSerializedWords, type CallRecord } from "@/lib/domain/records";
import { BrokenBodyError } from "@/lib/sync/decode-pool";
import type { MapContext } from "@/lib/sync/types";
import { decodeCallsBody, decodePlain } from "./decode-calls";
import { mapCall } from "./map";
import { rebuildRaw } from "./raw";
import { callSchema } from "./schemas";
import { DecodedWords, decodedRecords } from "./words";

/* eslint-disable @typescript-eslint/no-explicit-any -- vendor payloads are built by hand here */

function bytes(text: string): ArrayBuffer {
  const encoded = new TextEncoder().encode(text);
  return encoded.buffer.slice(encoded.byteOffset, encoded.byteOffset + encoded.byteLength) as ArrayBuffer;
}

/** A deterministic call: speaker turns, long runs with sentence ends, punctuation; words in the API's own form unless told. */
function call(index: number, words: number, options: { numbers?: boolean } = {}): any {
  const transcript = [];
  let t = 1.25 + index;
  for (let i = 0; i < words; i++) {
    const voice = Math.floor(i / (i < 200 ? 7 : 90)) % 2;
    const start = Math.round(t * 1000) / 1000;
    const end = Math.round((t + 0.21) * 1000) / 1000;
    t += 0.33;
    const p = i % 13 === 12 ? "." : i % 29 === 5 ? "?" : i % 17 === 3 ? "," : undefined;
    transcript.push({ start: options.numbers ? start : start.toFixed(3), end: options.numbers ? end : end.toFixed(3), word: ["so", "um", "pricing", "renewal", "Q3", "like"][i % 6], ...(p ? { p } : {}), v: voice });
  }
  return {
    id: `call-${index}`,
    callerEmail: "rep@example.com",
    callerId: "rep-1",
    callTime: `2026-10-0${1 + (index % 9)}T10:00:00Z`,
    duration: 900,
    direction: "OUTBOUND",
    state: "COMPLETE",
    stats: { internalTalkTime: 120 + index, externalTalkTime: 300, talkRatio: 0.4 },
    callSummary: { summary: "Talked \"pricing\" — ok", nextSteps: ["Send the quote"] },
    metadata: { company: "Acme", nested: { list: [1, 2, { deep: "]}" }] } },
    transcript,
    crmMatches: [],
  };
}

function context(raw: unknown, drops: string[]): MapContext {
  return { now: new Date("2026-10-10T00:00:00Z"), raw, drop: (what, why) => drops.push(`${what}: ${why}`) };
}

function mapAll(records: unknown[]) {
  return records.map((raw) => {
    const parsed = callSchema.safeParse(raw);
    if (!parsed.success) return { invalid: JSON.stringify(raw) };
    const drops: string[] = [];
    return { record: mapCall(parsed.data, context(raw, drops)), drops };
  });
}

/** What the plain path makes of a body: JSON.parse, validation, mapping. */
const mappedPlain = (body: string) => mapAll(JSON.parse(body) as unknown[]);
const mappedDecoded = (body: string) => mapAll(decodedRecords(structuredClone(decodeCallsBody(bytes(body)))) as unknown[]);

/** Transcripts as the database stores them: words and segments compare whether or not they came serialized. */
function comparable(records: unknown[]) {
  return JSON.parse(
    JSON.stringify(records, (key, value) => {
      if (key === "serializedSegments") return undefined;
      return key === "words" && value && typeof value === "object" && "json" in value ? JSON.parse(value.json) : value;
    }),
  );
}

function expectSameAsPlain(body: string) {
  expect(comparable(mappedDecoded(body))).toEqual(comparable(mappedPlain(body)));
  expect(JSON.stringify(decodeCallsBody(bytes(body)))).toBe(JSON.stringify(decodePlain(bytes(body))));
}

/** The calls row and transcripts row the store writes for a mapped call, read back as SELECT * gives them. */
function stored(record: CallRecord) {
  const t = record.transcript;
  const words = t?.words ? (isSerializedWords(t.words) ? t.words.json : JSON.stringify(t.words)) : null;
  return { call: { raw: JSON.stringify(record.raw) }, transcript: t ? { words, raw: t.raw === undefined ? null : JSON.stringify(t.raw) } : null };
}

/** Every call of the body, decoded and mapped, rebuilt from its stored rows as it was sent. */
function expectRebuilt(body: string) {
  const sent = JSON.parse(body) as unknown[];
  mappedDecoded(body).forEach((mapped, i) => {
    if (!mapped.record) return;
    const rows = stored(mapped.record);
    expect(rebuildRaw(rows.call, rows.transcript)).toEqual(sent[i]);
  });
}

describe("the ExecVision calls page decoder", () => {
  it("reads the API's compact form exactly as parsing and mapping would", () => {
    const body = JSON.stringify([call(0, 700), call(1, 1500), call(2, 3)]);
    expectSameAsPlain(body);
    expectRebuilt(body);
    const records = decodedRecords(decodeCallsBody(bytes(body))) as any[];
    for (const record of records) expect(record.transcript).toBeInstanceOf(DecodedWords);
  });

  it("gives the same for pretty-printed bodies, other key orders and escaped words", () => {
    const calls = [call(0, 300), call(1, 120)];
    calls[1].transcript[4] = { v: 1, word: 'say "hi" \u00e9\u4e2d\\', end: "9.500", start: "9.250", p: "\u2026" };
    calls[1].transcript[6] = { start: "10.500", end: "10.750", word: "tab\there", v: 1.0 };
    for (const body of [JSON.stringify(calls, null, 2), JSON.stringify(calls)]) {
      expectSameAsPlain(body);
      expectRebuilt(body);
      for (const record of decodedRecords(decodeCallsBody(bytes(body))) as any[]) expect(record.transcript).toBeInstanceOf(DecodedWords);
    }
    // A time spelled with escapes is still the canonical string.
    const escaped = JSON.stringify([call(2, 20)]).replace('"start":"3.250"', '"start":"\\u0033.250"');
    expect(escaped).toContain("\\u0033");
    expectSameAsPlain(escaped);
    expectRebuilt(escaped);
  });

  it("gives the same for unescaped non-ASCII words, words with spaces, empty words and odd times", () => {
    const calls = [call(0, 200), call(1, 90)];
    for (const [i, word] of ["café", "中文", "😀", "you know", "", "um\u00a0like", "naïve?"].entries()) calls[0].transcript[20 + i * 9].word = word;
    calls[0].transcript[70].p = "?!";
    calls[1].transcript[10] = { start: "12.000", end: "3.000", word: "backwards", v: 1 };
    calls[1].transcript[11] = { start: "4294967.296", end: "4294967.500", word: "late", v: 1 };
    const body = JSON.stringify(calls);
    expectSameAsPlain(body);
    expectRebuilt(body);
  });

  it("leaves every other reading of the words as sent, for the mapper, which keeps them whole as the transcript's raw", () => {
    const readings: [string, (w: any) => void][] = [
      ["times as numbers", (w) => Object.assign(w, { start: Number(w.start), end: Number(w.end) })],
      ["p empty when none", (w) => (w.p ??= "")],
      ["p null when none", (w) => (w.p ??= null)],
      ["times to other precisions", (w) => Object.assign(w, { start: String(Number(w.start)), end: `${w.end}0` })],
      ["a leading zero", (w) => (w.start = `0${w.start}`)],
      ["whole seconds", (w) => (w.start = String(Math.round(Number(w.start))))],
      ["an undocumented key", (w) => (w.confidence = 0.9)],
      ["an undocumented object", (w) => (w._links = { rev: 1 })],
    ];
    const [canonical] = mapAll([call(1, 80)]) as { record: CallRecord }[];
    for (const [reading, change] of readings) {
      const calls = [call(0, 120), call(1, 80)];
      for (const w of calls[1].transcript) change(w);
      const body = JSON.stringify(calls);
      expectSameAsPlain(body);
      expectRebuilt(body);
      const records = decodedRecords(decodeCallsBody(bytes(body))) as any[];
      expect(records[0].transcript, reading).toBeInstanceOf(DecodedWords);
      expect(records[1].transcript, reading).toEqual(calls[1].transcript);
      const [first, second] = mappedDecoded(body) as { record: CallRecord; drops: string[] }[];
      expect(first.record.transcript!.raw, reading).toBeUndefined();
      expect(second.record.transcript!.raw, reading).toEqual(calls[1].transcript);
      expect(second.record.raw, reading).not.toHaveProperty("transcript");
      expect(second.drops, reading).toEqual([]);
      // The same words, however they were written.
      if (reading !== "whole seconds") expect(comparable([second.record.transcript!.words]), reading).toEqual(comparable([canonical.record.transcript!.words]));
    }
  });

  it("drops each word that breaks the shape, counted, and keeps the call with the rest", () => {
    const calls = [call(0, 50), call(1, 50), call(2, 50), call(3, 50), call(4, 50)];
    calls[0].transcript[10].start = "-1";
    calls[1].transcript[3].v = "zero";
    delete calls[2].transcript[7].word;
    calls[3].transcript[2] = null;
    calls[4].transcript[5].end = "";
    const body = JSON.stringify(calls);
    expectSameAsPlain(body);
    expectRebuilt(body);
    const mapped = mappedDecoded(body) as { record: CallRecord; drops: string[] }[];
    for (const { record, drops } of mapped) {
      expect(drops).toHaveLength(1);
      expect(drops[0]).toMatch(/^word: /);
      const words = record.transcript!.words as { text: string[] };
      expect(words.text).toHaveLength(49);
      expect(record.transcript!.raw).toEqual(calls[mapped.findIndex((m) => m.record === record)].transcript);
    }
  });

  it("keeps a transcript without usable words in the call's raw", () => {
    const calls = [call(0, 0), { ...call(1, 0), transcript: null }, (({ transcript: _t, ...rest }) => rest)(call(2, 0)), { ...call(3, 0), transcript: [{ start: "x" }] }];
    const body = JSON.stringify(calls);
    expectSameAsPlain(body);
    expectRebuilt(body);
    const mapped = mappedDecoded(body) as { record: CallRecord }[];
    expect(mapped.map((m) => m.record.transcript)).toEqual([null, null, undefined, null]);
    expect(mapped.map((m) => (m.record.raw as any).transcript)).toEqual([[], null, undefined, [{ start: "x" }]]);
  });

  it("handles an empty page", () => {
    expectSameAsPlain("[]");
    expectSameAsPlain(" [ ] ");
  });

  it("reports a broken or truncated body as broken, so the request is retried", () => {
    const body = JSON.stringify([call(0, 100), call(1, 100)]);
    expect(() => decodeCallsBody(bytes(body.slice(0, body.length - 5000)))).toThrow(BrokenBodyError);
    expect(() => decodeCallsBody(bytes(body.slice(0, -1)))).toThrow(BrokenBodyError);
    expect(() => decodeCallsBody(bytes("<html>"))).toThrow(BrokenBodyError);
  });

  it("serializes a decoded transcript back as the vendor's word list", () => {
    const original = call(0, 40);
    const [record] = decodedRecords(decodeCallsBody(bytes(JSON.stringify([original])))) as any[];
    expect(record.transcript).toBeInstanceOf(DecodedWords);
    expect(JSON.parse(JSON.stringify(record.transcript))).toEqual(original.transcript);
  });
});
