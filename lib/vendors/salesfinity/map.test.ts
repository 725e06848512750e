import { describe, expect, it } from "vitest";
import { mapScoredCall } from "./map";
import { rebuildRaw } from "./raw";
import { scoredCallSchema } from "./schemas";

/* eslint-disable @typescript-eslint/no-explicit-any -- payloads built field by field */

function facet(score: unknown, extra: Record<string, unknown> = {}) {
  return { score, weight_pct: 15, explanation: "Fine", insufficient_evidence: false, evidence: [{ start_sec: 10, end_sec: 14, text: "Who else?" }], ...extra };
}

function scoredCall(overrides: (call: any) => void = () => {}) {
  const call: any = {
    _id: "507f1f77bcf86cd799439011",
    insight: {
      total_score: 78,
      metadata: { duration_sec: 245, talk_listen_ratio_rep: 0.45, total_questions: 8, interruptions_by_rep: 1, estimated_wpm_rep: 155 },
      facets: {
        intro: facet(85, { weight_pct: 10, checks: { permission_opener_used: true } }),
        tonality: facet(75, { metrics: { estimated_wpm: 155, filler_density_per_min: 2.1 } }),
      },
      coaching: { top_wins: ["Strong opener"], top_opportunities: [], suggested_drills: [{ facet: "discovery", assignment: "Practice SPIN" }] },
    },
    type: "call",
    call_log: { _id: "507f1f77bcf86cd799439022", contact: { first_name: "John", last_name: "Doe", company: "Acme Corp" }, recording_url: "", duration: 245 },
    user: { _id: "507f1f77bcf86cd799439033", first_name: "Jane", last_name: "Smith", email: "jane@acme.test" },
    createdAt: "2024-01-15T14:33:00.000Z",
    updatedAt: "2024-01-15T14:33:00.000Z",
  };
  overrides(call);
  return call;
}

function map(raw: any) {
  const drops: [string, string][] = [];
  const record = mapScoredCall(scoredCallSchema.parse(raw), { raw, drop: (what, why) => drops.push([what, why]) });
  return { record, drops };
}

describe("mapScoredCall", () => {
  it("keeps the filler density as sent and makes no filler count of it", () => {
    const { record } = map(scoredCall());
    // 2.1 per minute over a 245-second call was once stored as 9 filler words.
    expect(record.fillerWords).toBeNull();
    expect(record.talkStats).toMatchObject({ filler_density_per_min: 2.1, talk_listen_ratio_rep: 0.45 });
    expect(record.scores!.find((s) => s.skill === "tonality")!.details).toEqual({ estimated_wpm: 155, filler_density_per_min: 2.1 });
  });

  it("keeps a facet's checks and its metrics when it sends both", () => {
    const { record } = map(scoredCall((c) => (c.insight.facets.discovery = facet(70, { checks: { asked_budget: false }, metrics: { questions: 4 } }))));
    expect(record.scores!.find((s) => s.skill === "discovery")!.details).toEqual({ checks: { asked_budget: false }, metrics: { questions: 4 } });
    expect(record.scores!.find((s) => s.skill === "intro")!.details).toEqual({ permission_opener_used: true });
  });

  it("keeps a facet's insufficient evidence with a score of 0, and stores no score when there is none", () => {
    for (const score of [0, null, undefined]) {
      const { record, drops } = map(
        scoredCall((c) => {
          c.insight.facets.pitch = facet(score, { insufficient_evidence: true, evidence: [] });
          if (score === undefined) delete c.insight.facets.pitch.score;
        }),
      );
      const pitch = record.scores!.find((s) => s.skill === "pitch");
      if (score === 0) expect(pitch).toMatchObject({ score: 0, insufficientEvidence: true, label: "Pitch", weight: 15 });
      else expect(pitch).toBeUndefined();
      expect(drops).toEqual([]);
    }
  });

  it("keeps a facet the doc does not list under its own key, and ignores what is not a facet", () => {
    const { record } = map(
      scoredCall((c) => {
        c.insight.facets.rapport = facet(64, { weight_pct: 0 });
        c.insight.facets.active_listening = facet(70);
        c.insight.facets.x_schema_rev = 3;
        c.insight.facets.tenantTag = { rev: 2, at: 3 };
      }),
    );
    expect(record.scores!.map((s) => [s.skill, s.label, s.score])).toEqual([
      ["intro", "Intro", 85],
      ["tonality", "Tonality", 75],
      ["rapport", "Rapport", 64],
      ["active_listening", "Active listening", 70],
    ]);
  });

  it("drops a facet whose score is not a number and evidence without times, and says so", () => {
    const { record, drops } = map(
      scoredCall((c) => {
        c.insight.facets.intro.score = "n/a";
        c.insight.facets.tonality.evidence.push({ text: "no times" }, { start_sec: 3, end_sec: 4 });
        c.insight.coaching.suggested_drills.push({ facet: "cta" });
      }),
    );
    expect(record.scores!.map((s) => s.skill)).toEqual(["tonality"]);
    expect(record.scores![0].evidence).toEqual([{ startSec: 10, endSec: 14, text: "Who else?" }]);
    expect(drops.map(([what]) => what).sort()).toEqual(["drill", "evidence span", "evidence span", "facet"]);
  });

  it("does not take an address that is not one, nor let it replace one that is", () => {
    const { record } = map(
      scoredCall((c) => {
        c.user.email = "[email protected]";
      }),
    );
    expect(record.rep).toMatchObject({ externalId: "507f1f77bcf86cd799439033", email: null, firstName: "Jane", partial: true });
    expect(map(scoredCall()).record.rep).toMatchObject({ email: "jane@acme.test", partial: false });
  });

  it("reads nulls as missing values and keeps unknown values and keys as sent", () => {
    const raw = scoredCall((c) => {
      c.insight.total_score = null;
      c.type = "meeting";
      c.insight.metadata = null;
      c.call_log.duration = null;
      c._links = { self: "/v1/scored-calls/1" };
    });
    const { record } = map(raw);
    expect(record.overallScore).toBeNull();
    expect(record.durationSec).toBeNull();
    expect(record.talkRatio).toBeNull();
    expect(record.raw).toBe(raw);
    expect(rebuildRaw({ raw: JSON.stringify(record.raw) })).toStrictEqual(raw);
  });

  it("rejects a record without its id or the time it is dated by", () => {
    expect(scoredCallSchema.safeParse(scoredCall((c) => delete c._id)).success).toBe(false);
    expect(scoredCallSchema.safeParse(scoredCall((c) => (c.createdAt = "yesterday-ish"))).success).toBe(false);
    expect(scoredCallSchema.safeParse(scoredCall((c) => (c.insight = "scored"))).success).toBe(true);
  });
});
