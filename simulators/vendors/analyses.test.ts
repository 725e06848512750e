import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemoDataset } from "../dataset/load";
import { authHeaders, get, start } from "../test-helpers";
import type { RunningSimulators } from "../types";
import { Variants } from "../variants";
import { analysisReadings, brokenIndex } from "./analyses";

const KEYS = ["id", "status", "recording_url", "transcript_url", "callback_url", "options", "metadata", "transcript", "analysis", "error", "duration_seconds",
  "cost_usd_cents", "created_at", "started_at", "completed_at", "partner_org_id", "partner_rep_id", "parent_session_id"];

const dataset = loadDemoDataset();
let clock = Date.parse(dataset.anchor);
let sims: RunningSimulators;
let h: ReturnType<typeof authHeaders>;
beforeAll(async () => {
  sims = await start({ rebase: false, now: () => clock });
  h = authHeaders(sims);
});
afterAll(() => sims.close());

const fetchAnalysis = async (id: string) => (await get(`${sims.baseUrls.analyses}/v1/analyses/${id}`, h.analyses)).body;

describe("call analyses", () => {
  it("moves live analyses queued → processing → completed on the simulator clock", async () => {
    const startMs = clock;
    const live = dataset.analyses.analyses.filter((a) => a.live);
    expect(live.length).toBeGreaterThanOrEqual(3);
    const id = live[0].record.id;
    const queued = await fetchAnalysis(id);
    expect(Object.keys(queued)).toEqual(KEYS);
    expect(queued).toMatchObject({ status: "queued", started_at: null, completed_at: null, transcript: {}, analysis: {}, error: {}, duration_seconds: null });

    clock = startMs + live[0].live!.processingAfterMs + 1;
    const processing = await fetchAnalysis(id);
    expect(processing.status).toBe("processing");
    expect(processing.started_at).toBe(new Date(startMs + live[0].live!.processingAfterMs).toISOString());
    expect(processing.transcript).toEqual({});

    clock = startMs + 10 * 60_000;
    const done = await fetchAnalysis(id);
    expect(done.status).toBe("completed");
    expect(done.completed_at).toBe(new Date(startMs + live[0].live!.finalAfterMs).toISOString());
    expect(done.duration_seconds).toEqual(expect.any(Number));
    expect(done.transcript.utterances[0]).toEqual({ start: expect.any(Number), end: expect.any(Number), speaker: "A", transcript: expect.any(String), text: expect.any(String) });
    expect(Number.isInteger(done.transcript.words[0].start)).toBe(true);
    for (const key of ["overall", "clarity", "influence", "objection", "discovery", "delivery", "close"]) {
      expect(done.analysis[`${key}_score`]).toBeGreaterThanOrEqual(0);
      expect(done.analysis[`${key}_score`]).toBeLessThanOrEqual(100);
    }
    clock = startMs;
  });

  it("replays the timeline of past analyses against the clock", async () => {
    const past = dataset.analyses.analyses.find((a) => !a.live && a.record.status === "completed")!.record;
    clock = Date.parse(past.created_at) + 1;
    expect((await fetchAnalysis(past.id)).status).toBe("queued");
    clock = Date.parse(past.started_at!) + 1;
    expect((await fetchAnalysis(past.id)).status).toBe("processing");
    clock = Date.parse(past.completed_at!) + 1;
    expect(await fetchAnalysis(past.id)).toEqual(sims.control.records("analyses").find((a) => a.id === past.id));
    clock = Date.parse(dataset.anchor);
  });

  it("serves failed and cancelled analyses as documented", async () => {
    const records = sims.control.records("analyses");
    const failed = records.filter((a) => a.status === "failed");
    const cancelled = records.filter((a) => a.status === "cancelled");
    expect(failed.length).toBeGreaterThanOrEqual(2);
    expect(cancelled.length).toBeGreaterThanOrEqual(2);
    for (const a of failed) {
      expect(a.error).toEqual({ code: expect.any(String), message: expect.any(String), details: expect.any(Object) });
      expect(a.transcript).toEqual({});
    }
    for (const a of cancelled) expect(a.error).toEqual({});
    const retried = records.filter((a) => a.parent_session_id);
    expect(retried.every((a) => failed.some((f) => f.id === a.parent_session_id))).toBe(true);
    for (const a of records.filter((r) => r.status === "completed")) {
      expect(a.metadata).toMatchObject({ rep_speaker: "A", rep_email: expect.any(String), rep_name: expect.any(String), prospect_company: expect.any(String), call_started_at: expect.any(String) });
    }
  });

  it("uses the recordings' timings exactly for recorded calls", async () => {
    const { loadRecordingManifest } = await import("../dataset/manifest");
    const manifest = loadRecordingManifest().filter((m) => m.kind === "sales");
    const records = sims.control.records("analyses");
    for (const m of manifest) {
      const a = records.find((r) => r.recording_url?.endsWith(`/recordings/${m.file}`))!;
      expect(a, m.id).toBeDefined();
      expect(a.transcript.utterances.map((u: { start: number; end: number }) => [u.start, u.end])).toEqual(m.segments.map((s) => [s.startMs, s.endMs]));
      expect(a.transcript.words.length).toBe(m.segments.reduce((n, s) => n + s.words.length, 0));
      expect(a.metadata.rep_name).toBe(m.rep.name);
    }
  });
});

describe("call analyses under variants", () => {
  let seeded: RunningSimulators;
  const seed = 2;
  beforeAll(async () => {
    seeded = await start({ rebase: false, now: () => Date.parse(dataset.anchor), variants: seed });
  });
  afterAll(() => seeded.close());
  const fetchSeeded = (id: string) => get(`${seeded.baseUrls.analyses}/v1/analyses/${id}`, authHeaders(seeded).analyses);

  it("serves each record with its readings, the same bytes on every request, as records() lists it", async () => {
    const records = seeded.control.records("analyses");
    const variants = new Variants(seed);
    const seen = { words: new Set<string>(), unit: new Set<string>(), speakers: new Set<string>(), outOfRange: 0, broken: 0 };
    for (const record of records) {
      const first = await fetchSeeded(record.id);
      expect(first.body).toEqual(record);
      expect((await fetchSeeded(record.id)).text).toBe(first.text);
      if (record.status !== "completed") continue;
      const readings = analysisReadings(variants, record.id);
      seen.words.add(readings.words);
      seen.unit.add(readings.unit);
      seen.speakers.add(String(readings.speakers[0]));
      const { utterances, words } = record.transcript;
      expect(record.metadata.rep_speaker).toBe(readings.speakers[0]);
      expect(new Set(utterances.map((u: { speaker: unknown }) => u.speaker))).toEqual(new Set(readings.speakers));
      const times = utterances.filter((u: { start: unknown }) => typeof u.start === "number").flatMap((u: { start: number; end: number }) => [u.start, u.end]);
      const fractions = times.some((t: number) => !Number.isInteger(t));
      expect(fractions).toBe(readings.unit === "s");
      if (readings.words === "absent") expect(record.transcript).not.toHaveProperty("words");
      else expect(words.length).toBe(record.transcript.word_count);
      if (readings.words === "empty") for (const w of words) expect(Object.keys(w).filter((k) => ["text", "word", "start", "end"].includes(k))).toEqual([]);
      if (readings.words === "word") expect(Object.keys(words[0]).sort()).toEqual(expect.arrayContaining(["end", "speaker", "start", "word"]));
      if (readings.words === "punctuated") expect(words[0]).toMatchObject({ word: expect.any(String), punctuated_word: expect.any(String) });
      if (readings.outOfRange) {
        seen.outOfRange++;
        expect(record.analysis[readings.outOfRange.key]).toBe(readings.outOfRange.value);
      }
      if (readings.broken) {
        seen.broken++;
        const list = readings.broken.list === "utterances" ? utterances : words;
        const element = list[brokenIndex(list.length)];
        const timed = typeof element.start === "number" && typeof element.end === "number";
        const texts = ["text", "word", "punctuated_word"].filter((k) => k in element).map((k) => element[k]);
        expect(!timed || (readings.broken.list === "words" && texts.every((t) => t === null))).toBe(true);
      }
      // An undocumented key on every object, words and utterances included.
      expect(Object.keys(utterances[0]).length).toBeGreaterThan(5);
    }
    expect(seen.words.size).toBe(5);
    expect(seen.unit.size).toBe(2);
    expect(seen.speakers.size).toBe(3);
    expect(seen.outOfRange).toBeGreaterThan(0);
    expect(seen.broken).toBeGreaterThan(0);
  });

  it("malforms a record by its creation time, so it cannot be read", async () => {
    const record = seeded.control.records("analyses")[3];
    seeded.control.malform("analyses", record.id);
    const served = (await fetchSeeded(record.id)).body;
    expect(Number.isNaN(Date.parse(served.created_at))).toBe(true);
    expect(served.id).toBe(record.id);
  });
});

describe("voice-agent calls", () => {
  it("serves calls as documented", async () => {
    const all = sims.control.records("voice-agent");
    expect(new Set(all.map((c) => c.agent_id)).size).toBe(2);
    const call = all.find((c) => c.transcript_segments.length > 2)!;
    const res = await get(`${sims.baseUrls.voiceAgent}/calls/${call.id}`, h.voiceAgent);
    expect(res.body).toEqual(call);
    expect(Object.keys(call)).toEqual(["id", "agent_id", "from_number", "to_number", "direction", "status", "duration", "recording_url", "transcript",
      "transcript_segments", "sentiment", "call_summary", "metadata", "started_at", "ended_at", "created_at"]);
    expect(call.transcript).toBe(call.transcript_segments.map((s: { speaker: string; text: string }) => `${s.speaker === "agent" ? "Agent" : "Caller"}: ${s.text}`).join("\n\n"));
    expect(call.metadata).toMatchObject({ customer_id: expect.any(String), campaign: expect.any(String) });
  });
});
