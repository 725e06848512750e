// The salesfinity connector against its simulator: every documented field of every
// record lands in the unified model, or whole in the raw payload.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseJsonColumn, toBool } from "@/lib/db/values";
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

describe("Salesfinity", () => {
  it("keeps every scored call whole and maps its facets, insight, coaching and user", async () => {
    for (const served of h.sims.control.records("salesfinity") as any[]) {
      const row = await callRow("salesfinity", served._id);
      expect(parseJsonColumn(row.raw)).toEqual(served);
      expect(Number(row.overall_score)).toBe(served.insight.total_score);
      expect(new Date(Number(row.started_at)).toISOString()).toBe(new Date(served.createdAt).toISOString());
      expect(Number(row.duration_sec)).toBe(served.call_log.duration);
      expect(Number(row.talk_ratio)).toBe(served.insight.metadata.talk_listen_ratio_rep);
      expect(Number(row.questions_asked)).toBe(served.insight.metadata.total_questions);
      expect(parseJsonColumn(row.contact)).toEqual(served.call_log.contact);
      const { scores, insight, coaching } = await children(Number(row.id));
      expect(scores).toHaveLength(6);
      for (const score of scores) {
        const facet = served.insight.facets[score.skill];
        expect(Number(score.score)).toBe(facet.score);
        expect(Number(score.weight)).toBe(facet.weight_pct);
        expect(score.explanation).toBe(facet.explanation);
        expect(toBool(score.insufficient_evidence)).toBe(facet.insufficient_evidence);
        expect(parseJsonColumn(score.evidence)).toEqual(facet.evidence.map((e: any) => ({ startSec: e.start_sec, endSec: e.end_sec, text: e.text })));
        expect(parseJsonColumn(score.details)).toEqual(facet.checks ?? facet.metrics);
      }
      expect(parseJsonColumn(insight.lead)).toEqual(served.insight.lead);
      expect(parseJsonColumn(insight.messaging)).toEqual(served.insight.messaging);
      expect(parseJsonColumn(insight.targeting)).toEqual(served.insight.targeting_feedback);
      expect(Number(insight.gap_skill)).toBe(served.insight.gaps.skill);
      expect(insight.gap_rationale).toBe(served.insight.gaps.rationale);
      expect(coaching.map((c) => [c.kind, c.text])).toEqual([
        ...served.insight.coaching.top_wins.map((t: string) => ["win", t]),
        ...served.insight.coaching.top_opportunities.map((t: string) => ["opportunity", t]),
        ...served.insight.coaching.suggested_drills.map((d: any) => ["drill", d.assignment]),
      ]);
    }
    const [identity] = await h.sql.all<any>(`SELECT i.first_name, i.last_name, r.email FROM rep_identities i JOIN reps r ON r.id = i.rep_id WHERE i.vendor = 'salesfinity' LIMIT 1`);
    expect(identity.email).toMatch(/@/);
  });
});
