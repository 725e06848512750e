// The revont connector against its simulator: every documented field of every
// record lands in the unified model, or whole in the raw payload.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseJsonColumn } from "@/lib/db/values";
import { segmentsSchema } from "@/lib/domain/transcript";
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

describe("Revont", () => {
  it("keeps every call and its millisecond transcript", async () => {
    for (const served of h.sims.control.records("revont") as any[]) {
      const row = await callRow("revont", served.id);
      const { transcript: segmentsServed, ...rest } = served;
      expect(parseJsonColumn(row.raw)).toEqual(rest);
      expect(row.outcome).toBe(served.outcome);
      const { transcript } = await children(Number(row.id));
      const segments = segmentsSchema.parse(parseJsonColumn(transcript.segments));
      expect(segments.map((s) => [s.speaker, s.startMs, s.endMs, s.text])).toEqual(segmentsServed.map((s: any) => [s.speaker, s.start_ms, s.end_ms, s.text]));
      expect(row.talk_ratio).not.toBeNull();
    }
  });
});
