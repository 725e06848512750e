// The analyses connector against its simulator, under every reading of the
// doc the simulator serves: every analysis is stored as sent, and completed
// ones become calls with transcript and six scores.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseJsonColumn } from "@/lib/db/values";
import { segmentsSchema, wordTimingsSchema } from "@/lib/domain/transcript";
import type { VendorResult } from "@/lib/sync/engine";
import { postgresProblem } from "@/lib/testing/databases";
import { type Harness, startHarness } from "@/lib/testing/sync-harness";
import { Variants } from "@/simulators/variants";
import { analysisReadings } from "@/simulators/vendors/analyses";
import { rebuildRaw } from "./raw";

/* eslint-disable @typescript-eslint/no-explicit-any -- vendor payloads are compared field by field */

const SKILLS = ["clarity", "close", "delivery", "discovery", "influence", "objection"];

const isTime = (value: unknown) => typeof value === "number" && value >= 0;
const hasText = (w: any) => ["punctuated_word", "text", "word"].some((k) => typeof w[k] === "string" && w[k].trim() !== "");
const usableUtterance = (u: any) => u !== null && typeof u === "object" && isTime(u.start) && isTime(u.end) && u.end >= u.start;
const usableWord = (w: any) => w !== null && typeof w === "object" && hasText(w) && isTime(w.start) && isTime(w.end) && w.end >= w.start;
const WORD_KEYS = ["text", "word", "punctuated_word", "start", "end", "speaker", "confidence"];
const emptyWord = (w: any) => w !== null && typeof w === "object" && !WORD_KEYS.some((k) => k in w);

function analysesTotals(results: VendorResult[]) {
  const vendor = results.find((r) => r.vendor === "analyses")!;
  expect(vendor.error).toBeNull();
  return vendor.streams.find((s) => s.stream === "analyses")!.totals;
}

async function start(provider: "sqlite" | "postgresql", seed: number | undefined, before?: (h: Harness) => void) {
  const h = await startHarness(provider, seed === undefined ? {} : { variants: seed });
  before?.(h);
  await h.deliverWebhooks();
  return { h, results: await h.sync({ streams: ["analyses"] }) };
}

/** Every served analysis stored as sent; completed ones as calls that rebuild to what was served. */
async function expectExactDataset(h: Harness, seed: number | undefined, results: VendorResult[]) {
  const variants = new Variants(seed ?? null);
  const served = h.sims.control.records("analyses") as any[];
  const stored = await h.sql.all<Record<string, any>>(`SELECT * FROM analyses WHERE vendor = 'analyses'`);
  expect(stored.map((a) => a.external_id).sort()).toEqual(served.map((a) => a.id).sort());
  let broken = 0;
  let brokenRead = 0;
  for (const record of served) {
    const analysis = stored.find((a) => a.external_id === record.id)!;
    expect(analysis.status).toBe(record.status);
    expect(parseJsonColumn(analysis.raw)).toEqual(record);
    expect(analysis.error_code).toBe(typeof record.error?.code === "string" ? record.error.code : null);
    const calls = await h.sql.all<Record<string, any>>(`SELECT * FROM calls WHERE vendor = 'analyses' AND external_id = ?`, [record.id]);
    if (record.status !== "completed") {
      expect(calls).toEqual([]);
      continue;
    }
    const [call] = calls;
    expect(call, record.id).toBeDefined();
    const [transcript] = await h.sql.all<Record<string, any>>(`SELECT * FROM transcripts WHERE call_id = ?`, [call.id]);
    expect(rebuildRaw(call, transcript)).toEqual(record);
    expect(call.recording_url).toBe(record.recording_url);

    // Six scores and the overall one, as sent (even outside 0-100).
    expect(Number(call.overall_score)).toBe(record.analysis.overall_score);
    const scores = await h.sql.all<Record<string, any>>(`SELECT skill, score FROM call_scores WHERE call_id = ? ORDER BY skill`, [call.id]);
    expect(scores.map((s) => [s.skill, Number(s.score)])).toEqual(SKILLS.map((k) => [k, record.analysis[`${k}_score`]]));
    const [insight] = await h.sql.all<Record<string, any>>(`SELECT action_plan FROM call_insights WHERE call_id = ?`, [call.id]);
    expect(parseJsonColumn(insight.action_plan)).toEqual(record.analysis.action_plan_v5);

    // Times converted with the record's unit; the rep is who metadata.rep_speaker names, in the labels' own form.
    const readings = analysisReadings(variants, record.id);
    const toMs = (v: number) => Math.round(readings.unit === "s" ? v * 1000 : v);
    const utterances = record.transcript.utterances as any[];
    const words = (record.transcript.words ?? []) as any[];
    const badUtterances = utterances.filter((u) => !usableUtterance(u)).length;
    const badWords = words.filter((w) => !emptyWord(w) && !usableWord(w)).length;
    broken += badUtterances + badWords;
    brokenRead += readings.broken ? 1 : 0;
    const segments = segmentsSchema.parse(parseJsonColumn(transcript.segments));
    expect(segments.map((s) => [s.startMs, s.endMs, s.text, s.speaker])).toEqual(
      utterances.filter(usableUtterance).map((u) => [toMs(u.start), toMs(u.end), u.text, String(u.speaker) === String(record.metadata.rep_speaker) ? "rep" : "prospect"]),
    );
    const usable = words.filter(usableWord);
    const timings = parseJsonColumn(transcript.words);
    if (!usable.length) expect(timings).toBeNull();
    else {
      expect(wordTimingsSchema.parse(timings).startMs).toEqual(usable.map((w) => toMs(w.start)));
      expect(Number(transcript.word_count)).toBe(usable.length);
    }
  }
  // Every element served broken, and only those, was dropped and counted.
  expect(broken).toBe(brokenRead);
  expect(analysesTotals(results).dropped).toBe(broken);
  expect(analysesTotals(results).deadLettered).toBe(0);
  return served;
}

/** A completed analysis of the dataset whose words take the shape `{word, start, end, speaker}`. */
function withWordShapedWords(h: Harness): string {
  const source = (h.sims.control.records("analyses") as any[]).find((a) => a.status === "completed" && a.transcript.words?.length);
  const record = structuredClone(source);
  record.id = randomUUID();
  record.transcript.words = record.transcript.words.map((w: any) => ({ word: w.text, start: w.start, end: w.end, speaker: w.speaker }));
  h.sims.control.addRecords("analyses", [record]);
  return record.id;
}

describe("the call analyses API without a seed", () => {
  let h: Harness;
  let results: VendorResult[];
  let wordShaped = "";
  beforeAll(async () => {
    ({ h, results } = await start("sqlite", undefined, (harness) => (wordShaped = withWordShapedWords(harness))));
  });
  afterAll(async () => {
    await h?.close();
  });

  it("stores the exact dataset", async () => {
    const served = await expectExactDataset(h, undefined, results);
    expect(served.filter((a) => a.status === "completed").length).toBeGreaterThan(40);
  });

  it("makes a call of an analysis whose words are {word, start, end, speaker}", async () => {
    const [call] = await h.sql.all<{ id: number }>(`SELECT id FROM calls WHERE vendor = 'analyses' AND external_id = ?`, [wordShaped]);
    expect(call).toBeDefined();
    const [transcript] = await h.sql.all<{ word_count: number }>(`SELECT word_count FROM transcripts WHERE call_id = ?`, [call.id]);
    const served = (h.sims.control.records("analyses") as any[]).find((a) => a.id === wordShaped);
    expect(Number(transcript.word_count)).toBe(served.transcript.words.length);
  });

  it("refetches an unfinished analysis despite its backoff when a person asks, and only then", async () => {
    const [pending] = await h.sql.all<{ external_id: string }>(`SELECT external_id FROM analyses WHERE status IN ('queued', 'processing') ORDER BY external_id`);
    expect(pending).toBeDefined();
    await h.sql.run(`UPDATE analyses SET next_fetch_at = ? WHERE external_id = ?`, [new Date(Date.now() + 86_400_000), pending.external_id]);
    const fetched = () => h.sims.control.requests.some((r) => r.vendor === "analyses" && r.path.endsWith(`/v1/analyses/${pending.external_id}`));
    h.sims.control.clearRequests();
    analysesTotals(await h.sync({ streams: ["analyses"], trigger: "schedule" }));
    expect(fetched()).toBe(false);
    analysesTotals(await h.sync({ streams: ["analyses"], trigger: "cli" }));
    expect(fetched()).toBe(true);
  });
});

describe.each([0, 1, 2, 3])("the call analyses API under variants seed %i", (seed) => {
  let h: Harness;
  let results: VendorResult[];
  beforeAll(async () => {
    ({ h, results } = await start("sqlite", seed));
  });
  afterAll(async () => {
    await h?.close();
  });

  it("stores the exact dataset, dropping exactly the broken elements", async () => {
    await expectExactDataset(h, seed, results);
  });
});

const pgProblem = await postgresProblem();
if (pgProblem && process.env.CI === "true") throw new Error(`${pgProblem}; under CI the PostgreSQL tests must run`);

describe.skipIf(pgProblem !== null)("the call analyses API on PostgreSQL", () => {
  let h: Harness;
  let results: VendorResult[];
  beforeAll(async () => {
    ({ h, results } = await start("postgresql", 1));
  });
  afterAll(async () => {
    await h?.close();
  });

  it("stores the exact dataset, dropping exactly the broken elements", async () => {
    await expectExactDataset(h, 1, results);
  });
});
