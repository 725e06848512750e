// The GET /calls page decoder must give exactly what parsing the body and
// mapping each call the plain way gives, whatever the body looks like.
import { describe, expect, it } from "vitest";
import { BrokenBodyError } from "@/lib/sync/decode-pool";
import { decodeCallsBody, decodePlain } from "./decode-calls";
import { mapCall } from "./map";
import { callSchema } from "./schemas";
import { DecodedWords, decodedRecords } from "./words";

/* eslint-disable @typescript-eslint/no-explicit-any -- vendor payloads are built by hand here */

function bytes(text: string): ArrayBuffer {
  const encoded = new TextEncoder().encode(text);
  return encoded.buffer.slice(encoded.byteOffset, encoded.byteOffset + encoded.byteLength) as ArrayBuffer;
}

/** A deterministic call: speaker turns, long runs with sentence ends, punctuation. */
function call(index: number, words: number, options: { numbers?: boolean } = {}): any {
  const transcript = [];
  let t = 1.25 + index;
  for (let i = 0; i < words; i++) {
    const voice = Math.floor(i / (i < 200 ? 7 : 90)) % 2;
    const start = Math.round(t * 1000) / 1000;
    const end = Math.round((t + 0.21) * 1000) / 1000;
    t += 0.33;
    const p = i % 13 === 12 ? "." : i % 29 === 5 ? "?" : i % 17 === 3 ? "," : undefined;
    transcript.push({ start: options.numbers ? start : start.toFixed(3), end: options.numbers ? end : String(end), word: ["so", "um", "pricing", "renewal", "Q3", "like"][i % 6], ...(p ? { p } : {}), v: voice });
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

/** What the plain path makes of a body: JSON.parse, validation, mapping. */
function mappedPlain(body: string) {
  return (JSON.parse(body) as unknown[]).map((raw) => {
    const parsed = callSchema.safeParse(raw);
    return parsed.success ? mapCall(parsed.data) : { invalid: JSON.stringify(raw) };
  });
}

function mappedDecoded(body: string) {
  const records = decodedRecords(structuredClone(decodeCallsBody(bytes(body)))) as unknown[];
  return records.map((raw) => {
    const parsed = callSchema.safeParse(raw);
    return parsed.success ? mapCall(parsed.data) : { invalid: JSON.stringify(raw) };
  });
}

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

describe("the ExecVision calls page decoder", () => {
  it("reads the API's compact form exactly as parsing and mapping would", () => {
    expectSameAsPlain(JSON.stringify([call(0, 700), call(1, 1500, { numbers: true }), call(2, 3)]));
  });

  it("gives the same for pretty-printed bodies, other key orders and escaped words", () => {
    const calls = [call(0, 300), call(1, 120)];
    calls[1].transcript[4] = { v: 1, word: 'say "hi" \u00e9\u4e2d\\', end: "9.5", start: 9.25, p: "\u2026" };
    calls[1].transcript[5] = { start: "10.0001", end: 1.02e1, word: "exp", p: null, v: 0 };
    calls[1].transcript[6] = { start: "10.5", end: "10.75", word: "tab\there", v: 1.0 };
    expectSameAsPlain(JSON.stringify(calls, null, 2));
    expectSameAsPlain(JSON.stringify(calls));
  });

  it("gives the same for unescaped non-ASCII words, words with spaces, empty words and odd times", () => {
    const calls = [call(0, 200), call(1, 90)];
    for (const [i, word] of ["café", "中文", "😀", "you know", "", "um\u00a0like", "naïve?"].entries()) calls[0].transcript[20 + i * 9].word = word;
    calls[0].transcript[70].p = "?!";
    calls[1].transcript[10] = { start: "12", end: "3", word: "backwards", v: 1 };
    calls[1].transcript[11] = { start: "4294967.296", end: "4294967.5", word: "late", v: 1 };
    expectSameAsPlain(JSON.stringify(calls));
  });

  it("leaves a transcript with a malformed word as sent, so its call is dead-lettered whole", () => {
    const calls = [call(0, 50), call(1, 50), call(2, 50), call(3, 50)];
    calls[0].transcript[10].start = "-1";
    calls[1].transcript[3].v = "zero";
    delete calls[2].transcript[7].word;
    calls[3].transcript[2].extra = true;
    const body = JSON.stringify(calls);
    expectSameAsPlain(body);
    const records = decodedRecords(decodeCallsBody(bytes(body))) as any[];
    for (const record of records.slice(0, 3)) expect(callSchema.safeParse(record).success).toBe(false);
    expect(records[0].transcript).toEqual(calls[0].transcript);
  });

  it("handles calls without transcripts, empty ones, and an empty page", () => {
    const calls = [call(0, 0), { ...call(1, 0), transcript: null }, (({ transcript: _t, ...rest }) => rest)(call(2, 0))];
    expectSameAsPlain(JSON.stringify(calls));
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
    const words = JSON.parse(JSON.stringify(record.transcript));
    expect(words).toEqual(original.transcript.map((w: any) => ({ ...w, start: Number(w.start).toFixed(3), end: Number(w.end).toFixed(3) })));
  });
});
