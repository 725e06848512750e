// The voice-agent connector against its simulator: every documented field of every
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

describe("the voice-agent calls API", () => {
  it("keeps every call whole and its timed segments", async () => {
    for (const served of h.sims.control.records("voice-agent") as any[]) {
      const row = await callRow("voice-agent", served.id);
      const { transcript: text, transcript_segments: timed, ...rest } = served;
      expect(parseJsonColumn(row.raw)).toEqual(rest);
      expect(row.from_number).toBe(served.from_number);
      expect(row.status).toBe(served.status);
      const { transcript } = await children(Number(row.id));
      if (!timed?.length && !text) continue;
      expect(parseJsonColumn(transcript.raw)).toEqual({ transcript: text ?? null, transcript_segments: timed ?? null });
      const segments = segmentsSchema.parse(parseJsonColumn(transcript.segments));
      expect(segments.map((s) => s.text)).toEqual(timed.map((s: any) => s.text));
      expect(segments.every((s) => s.speaker === "agent" || s.speaker === "caller")).toBe(true);
    }
  });
});
