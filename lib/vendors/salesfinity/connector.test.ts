// The Salesfinity connector against its simulator, under every reading of
// the doc's open points (simulators/README.md): every scored call lands as
// served, its raw rebuilt exactly, every unusable element dropped and counted.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseJsonColumn, toBool } from "@/lib/db/values";
import { postgresProblem } from "@/lib/testing/databases";
import { type Harness, startHarness } from "@/lib/testing/sync-harness";
import type { VendorResult } from "@/lib/sync/engine";
import { rebuildRaw } from "./raw";

/* eslint-disable @typescript-eslint/no-explicit-any -- vendor payloads are compared field by field */

/** A row read with SELECT *. */
type Row = Record<string, any> & { raw: unknown };

const OBFUSCATED = "[email protected]";
const LABELS: Record<string, string> = { intro: "Intro", discovery: "Discovery", pitch: "Pitch", tonality: "Tonality", objection_handling: "Objection handling", cta: "Call to action" };
const DEFAULT_WEIGHTS: Record<string, number> = { intro: 10, discovery: 25, pitch: 20, tonality: 15, objection_handling: 15, cta: 15 };

const syncSalesfinity = (h: Harness): Promise<VendorResult> => h.syncVendor("salesfinity");

const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));
const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

/** What the doc's readings say the scores of one served record are, and how many of its elements are unusable. */
function expectedScores(served: any): { scores: any[]; dropped: number } {
  const scores: any[] = [];
  let dropped = 0;
  for (const [skill, facet] of Object.entries<any>(served.insight?.facets ?? {})) {
    // Undocumented keys on the facets object are not facets.
    if (!facet || typeof facet !== "object" || !("weight_pct" in facet)) continue;
    if (facet.score === null || facet.score === undefined) continue;
    if (!isNumber(facet.score)) {
      dropped++;
      continue;
    }
    const spans = Array.isArray(facet.evidence) ? facet.evidence : [];
    const usable = spans.filter((e: any) => isNumber(e.start_sec) && isNumber(e.end_sec) && typeof e.text === "string");
    dropped += spans.length - usable.length;
    scores.push({
      skill,
      label: LABELS[skill] ?? skill[0].toUpperCase() + skill.slice(1).replace(/_/g, " "),
      score: facet.score,
      weight: facet.weight_pct ?? DEFAULT_WEIGHTS[skill] ?? null,
      insufficientEvidence: facet.insufficient_evidence === true,
      evidence: usable.map((e: any) => ({ startSec: e.start_sec, endSec: e.end_sec, text: e.text })),
      details: facet.checks ?? facet.metrics ?? null,
    });
  }
  return { scores: scores.sort((a, b) => (a.skill < b.skill ? -1 : 1)), dropped };
}

async function expectServedDataset(h: Harness, result: VendorResult) {
  const served = h.sims.control.records("salesfinity") as any[];
  const rows = await h.sql.all<Row>(`SELECT * FROM calls WHERE vendor = 'salesfinity'`);
  const byId = new Map(rows.map((r) => [r.external_id, r]));
  expect(rows.filter((r) => r.deleted_at === null).map((r) => r.external_id).sort()).toEqual(served.map((s) => s._id).sort());
  let dropped = 0;
  for (const s of served) {
    const row = byId.get(s._id)!;
    expect(rebuildRaw(row), s._id).toStrictEqual(s);
    expect(num(row.overall_score)).toBe(isNumber(s.insight.total_score) ? s.insight.total_score : null);
    expect(new Date(Number(row.started_at)).toISOString()).toBe(new Date(s.createdAt).toISOString());
    expect(num(row.duration_sec)).toBe(s.call_log.duration);
    expect(num(row.talk_ratio)).toBe(s.insight.metadata.talk_listen_ratio_rep);
    expect(num(row.questions_asked)).toBe(s.insight.metadata.total_questions);
    // A rate of unknown unit is never turned into a count.
    expect(row.filler_words).toBeNull();
    expect(parseJsonColumn<any>(row.talk_stats).filler_density_per_min).toBe(s.insight.facets.tonality.metrics.filler_density_per_min);
    expect(parseJsonColumn(row.contact)).toStrictEqual(s.call_log.contact);

    const expected = expectedScores(s);
    dropped += expected.dropped;
    const stored = await h.sql.all<Record<string, any>>(`SELECT * FROM call_scores WHERE call_id = ? ORDER BY skill`, [row.id]);
    expect(
      stored.map((r) => ({
        skill: r.skill,
        label: r.label,
        score: Number(r.score),
        weight: num(r.weight),
        insufficientEvidence: toBool(r.insufficient_evidence),
        evidence: parseJsonColumn(r.evidence),
        details: parseJsonColumn(r.details),
      })),
      s._id,
    ).toStrictEqual(expected.scores);

    const [insight] = await h.sql.all<Record<string, any>>(`SELECT * FROM call_insights WHERE call_id = ?`, [row.id]);
    expect(parseJsonColumn(insight.lead)).toStrictEqual(s.insight.lead);
    expect(parseJsonColumn(insight.targeting)).toStrictEqual(s.insight.targeting_feedback);
    expect(num(insight.gap_skill)).toBe(s.insight.gaps.skill);
    const coaching = await h.sql.all<Record<string, any>>(`SELECT kind, facet, text FROM coaching_items WHERE call_id = ? ORDER BY position`, [row.id]);
    expect(coaching.map((c) => [c.kind, c.text])).toEqual([
      ...s.insight.coaching.top_wins.map((t: string) => ["win", t]),
      ...s.insight.coaching.top_opportunities.map((t: string) => ["opportunity", t]),
      ...s.insight.coaching.suggested_drills.map((d: any) => ["drill", d.assignment]),
    ]);
  }
  const scored = result.streams.find((s) => s.stream === "scored-calls")!;
  expect(scored.totals.dropped).toBe(dropped);
  expect(scored.totals.deadLettered).toBe(0);

  // A user's address is taken from the records that carry a real one; the doc's "[email protected]" is none.
  const identities = await h.sql.all<{ external_id: string; email: string | null }>(`SELECT external_id, email FROM rep_identities WHERE vendor = 'salesfinity'`);
  const realEmail = new Map<string, string>();
  for (const s of served) if (s.user.email !== OBFUSCATED) realEmail.set(s.user._id, s.user.email);
  expect(identities.map((i) => [i.external_id, i.email]).sort()).toEqual([...new Set(served.map((s) => s.user._id))].map((id) => [id, realEmail.get(id) ?? null]).sort());
  expect(await h.sql.all(`SELECT id FROM reps WHERE email LIKE '%protected%'`)).toEqual([]);
  // ...and links the user to the rep of that address.
  expect(await h.sql.all(`SELECT i.external_id FROM rep_identities i JOIN reps r ON r.id = i.rep_id WHERE i.vendor = 'salesfinity' AND i.email IS NOT NULL AND (r.email IS NULL OR r.email <> LOWER(i.email))`)).toEqual([]);
  return { served, dropped };
}

describe.each([null, 0, 1, 2, 3])("Salesfinity scored calls, variants seed %s", (seed) => {
  let h: Harness;
  let result: VendorResult;
  beforeAll(async () => {
    h = await startHarness("sqlite", seed === null ? {} : { variants: seed });
    result = await syncSalesfinity(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  it("keeps every scored call as served, with its facets, insight and coaching, and counts what it drops", async () => {
    const { served, dropped } = await expectServedDataset(h, result);
    if (seed === null) {
      expect(dropped).toBe(0);
      return;
    }
    // The readings this seed serves are all there to be read.
    const facets = served.flatMap((s) => Object.values<any>(s.insight.facets).filter((f) => f && typeof f === "object" && "weight_pct" in f));
    expect(facets.some((f) => f.insufficient_evidence)).toBe(true);
    expect(served.some((s) => s.user.email === OBFUSCATED)).toBe(true);
    expect(served.some((s) => "rapport" in s.insight.facets)).toBe(true);
    expect(dropped).toBeGreaterThan(0);
  });

  it("changes nothing on a pass with nothing new", async () => {
    const again = await syncSalesfinity(h);
    for (const stream of again.streams) expect(stream.totals.created + stream.totals.updated, stream.stream).toBe(0);
  });
});

const pgProblem = await postgresProblem();
if (pgProblem && process.env.CI === "true") throw new Error(`${pgProblem}; under CI the PostgreSQL tests must run`);

describe.skipIf(pgProblem !== null)("Salesfinity scored calls on PostgreSQL, variants seed 1", () => {
  let h: Harness;
  let result: VendorResult;
  beforeAll(async () => {
    h = await startHarness("postgresql", { variants: 1 });
    result = await syncSalesfinity(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  it("keeps every scored call as served", async () => {
    await expectServedDataset(h, result);
  });
});
