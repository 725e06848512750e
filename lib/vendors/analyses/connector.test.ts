// The analyses connector against its simulator: every documented field of every
// record lands in the unified model, or whole in the raw payload.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseJsonColumn } from "@/lib/db/values";
import { segmentsSchema, wordTimingsSchema } from "@/lib/domain/transcript";
import { type Harness, startHarness } from "@/lib/testing/sync-harness";

/* eslint-disable @typescript-eslint/no-explicit-any -- vendor payloads are compared field by field */

let h: Harness;
beforeAll(async () => {
  h = await startHarness("sqlite");
  await h.deliverWebhooks();
  for (const result of await h.sync()) expect(result.error, result.vendor).toBeNull();
});
afterAll(async () => {
  await h?.close();
});

async function callRow(vendor: string, externalId: string) {
  const [row] = await h.sql.all<Record<string, any>>(`SELECT * FROM calls WHERE vendor = ? AND external_id = ?`, [vendor, externalId]);
  expect(row, `${vendor} ${externalId}`).toBeDefined();
  return row;
}

async function children(callId: number) {
  const scores = await h.sql.all<Record<string, any>>(`SELECT * FROM call_scores WHERE call_id = ? ORDER BY skill_set, skill`, [callId]);
  const [insight] = await h.sql.all<Record<string, any>>(`SELECT * FROM call_insights WHERE call_id = ?`, [callId]);
  const coaching = await h.sql.all<Record<string, any>>(`SELECT * FROM coaching_items WHERE call_id = ? ORDER BY position`, [callId]);
  const [transcript] = await h.sql.all<Record<string, any>>(`SELECT * FROM transcripts WHERE call_id = ?`, [callId]);
  return { scores, insight, coaching, transcript };
}

describe("the call analyses API", () => {
  it("keeps every analysis whole, with its lifecycle, and maps completed ones to calls with transcript and six scores", async () => {
    for (const served of h.sims.control.records("analyses") as any[]) {
      const [analysis] = await h.sql.all<any>(`SELECT * FROM analyses WHERE external_id = ?`, [served.id]);
      expect(analysis.status).toBe(served.status);
      expect(parseJsonColumn(analysis.raw)).toEqual(served);
      expect(analysis.error_code).toBe(served.error?.code ?? null);
      if (served.status !== "completed") {
        expect(await h.sql.all(`SELECT id FROM calls WHERE vendor = 'analyses' AND external_id = ?`, [served.id])).toEqual([]);
        continue;
      }
      const row = await callRow("analyses", served.id);
      expect(Number(row.overall_score)).toBe(served.analysis.overall_score);
      expect(row.recording_url).toBe(served.recording_url);
      const { scores, transcript, coaching, insight } = await children(Number(row.id));
      expect(scores.map((s) => [s.skill, Number(s.score)])).toEqual(
        ["clarity", "close", "delivery", "discovery", "influence", "objection"].map((k) => [k, served.analysis[`${k}_score`]]),
      );
      const segments = segmentsSchema.parse(parseJsonColumn(transcript.segments));
      expect(segments.map((s) => [s.startMs, s.endMs, s.text])).toEqual(served.transcript.utterances.map((u: any) => [u.start, u.end, u.text]));
      if (served.transcript.words?.length) expect(wordTimingsSchema.parse(parseJsonColumn(transcript.words)).startMs).toHaveLength(served.transcript.words.length);
      expect(coaching.length).toBeGreaterThan(0);
      expect(parseJsonColumn(insight.action_plan)).toEqual(served.analysis.action_plan_v5);
    }
  });
});
