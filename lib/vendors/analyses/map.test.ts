import { describe, expect, it } from "vitest";
import type { MapContext } from "@/lib/sync/types";
import { mapAnalysis } from "./map";
import { rebuildRaw } from "./raw";
import { analysisSchema } from "./schemas";

/* eslint-disable @typescript-eslint/no-explicit-any -- payloads are built and inspected freely */

function completed(overrides: Record<string, unknown> = {}): Record<string, any> {
  return {
    id: "3c90c3cc-0d44-4b50-8888-8dd25736052a",
    status: "completed",
    recording_url: null,
    transcript_url: "https://files.example/t.json",
    callback_url: null,
    options: {},
    metadata: { rep_email: "rita@example.com", rep_name: "Rita Rep", rep_speaker: "A", call_started_at: "2026-05-30T15:00:00.000Z" },
    transcript: {
      text: "Hi there. Hello!",
      utterances: [
        { start: 0, end: 1500, speaker: "A", transcript: "Hi there.", text: "Hi there." },
        { start: 1600, end: 3000, speaker: "B", transcript: "Hello!", text: "Hello!" },
      ],
      words: [
        { word: "Hi", start: 0, end: 400, speaker: "A" },
        { word: "there.", start: 450, end: 900, speaker: "A" },
        { word: "Hello!", start: 1600, end: 2300, speaker: "B" },
      ],
      word_count: 3,
      duration_seconds: 3,
      overall_sentiment: "positive",
      sentiment_score: 0.4,
    },
    analysis: {
      prospect_name: "Pat Prospect",
      recording_title: "Intro call",
      overall_score: 71,
      clarity_score: 70,
      influence_score: 72,
      objection_score: 68,
      discovery_score: 75,
      delivery_score: 69,
      close_score: 73,
      feedback_v5: { clarity: { positive: "Clear.", negative: "Rushed." } },
      action_plan_v5: { double_down_implementation: "Keep asking.", general_communication_improvement: "Slow down.", quoted_principle: "Listen." },
    },
    error: {},
    duration_seconds: 3,
    cost_usd_cents: 12,
    created_at: "2026-05-30T15:10:00.000Z",
    started_at: "2026-05-30T15:10:05.000Z",
    completed_at: "2026-05-30T15:11:00.000Z",
    partner_org_id: null,
    partner_rep_id: "7d1c3a52-1111-4b50-8888-8dd25736052a",
    parent_session_id: null,
    ...overrides,
  };
}

function map(raw: unknown) {
  const parsed = analysisSchema.safeParse(raw);
  if (!parsed.success) throw new Error(parsed.error.message);
  const drops: [string, string][] = [];
  const ctx: MapContext = { now: new Date(), raw, drop: (what, why) => drops.push([what, why]) };
  return { batch: mapAnalysis(parsed.data, ctx), drops };
}

describe("mapping an analysis", () => {
  it("makes a call of a completed analysis whose words are {word, start, end, speaker}", () => {
    const { batch, drops } = map(completed());
    expect(batch.calls).toHaveLength(1);
    const words = batch.calls![0].transcript!.words as { text: string[] };
    expect(words.text).toEqual(["Hi", "there", "Hello"]);
    expect(drops).toEqual([]);
  });

  it("keeps an unknown status as sent, without a call", () => {
    const raw = completed({ status: "archived" });
    const { batch } = map(raw);
    expect(batch.analyses![0].status).toBe("archived");
    expect(batch.calls).toEqual([]);
  });

  it("reads error, transcript and analysis as {}, null or absent", () => {
    for (const value of [{}, null, undefined]) {
      const raw = completed({ error: value, transcript: value, analysis: value });
      for (const key of ["error", "transcript", "analysis"]) if (value === undefined) delete raw[key];
      const { batch } = map(raw);
      const call = batch.calls![0];
      expect(call.transcript).toBeNull();
      expect(call.scores).toEqual([]);
      expect(batch.analyses![0].errorCode).toBeNull();
      // No transcript stored: the call keeps the record whole.
      expect(call.raw).toBe(raw);
    }
  });

  it("keeps scores outside 0-100 as sent, and a score that is not a number as missing", () => {
    const raw = completed();
    raw.analysis.overall_score = 104;
    raw.analysis.clarity_score = -3;
    raw.analysis.close_score = "high";
    const { batch } = map(raw);
    const call = batch.calls![0];
    expect(call.overallScore).toBe(104);
    expect(call.scores!.map((s) => [s.skill, s.score])).toEqual([["clarity", -3], ["influence", 72], ["objection", 68], ["discovery", 75], ["delivery", 69]]);
  });

  it("dead-letters only a record without a usable id, status or creation time", () => {
    expect(analysisSchema.safeParse(completed({ recording_url: 5, options: "x", metadata: null, duration_seconds: "long", started_at: "soon" })).success).toBe(true);
    expect(analysisSchema.safeParse(completed({ id: "" })).success).toBe(false);
    expect(analysisSchema.safeParse(completed({ status: null })).success).toBe(false);
    expect(analysisSchema.safeParse(completed({ created_at: "last tuesday" })).success).toBe(false);
  });

  it("dates the call by metadata.call_started_at, else by created_at", () => {
    expect(map(completed()).batch.calls![0].startedAt.toISOString()).toBe("2026-05-30T15:00:00.000Z");
    const raw = completed();
    delete raw.metadata.call_started_at;
    expect(map(raw).batch.calls![0].startedAt.toISOString()).toBe("2026-05-30T15:10:00.000Z");
  });

  it("keeps the record as received: whole on the analysis, split between the call and its transcript", () => {
    const raw = completed({ x_schema_rev: 7 });
    raw.transcript.words[0].tenantTag = "r4";
    const sent = structuredClone(raw);
    const { batch } = map(raw);
    expect(batch.analyses![0].raw).toBe(raw);
    const call = batch.calls![0];
    expect(call.raw).not.toHaveProperty("transcript");
    expect(call.transcript!.raw).toEqual(sent.transcript);
    const rows = { call: { raw: JSON.stringify(call.raw) }, transcript: { raw: JSON.stringify(call.transcript!.raw) } };
    expect(rebuildRaw(rows.call, rows.transcript)).toEqual(sent);
    expect(raw).toEqual(sent);
  });
});
