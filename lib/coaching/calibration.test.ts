// Calibration on real databases, against answers worked out by hand from the
// seeded calls (lib/coaching/calibration-test-data.ts): which reviews make a
// pair (the standing one; never an open or rejected dispute, a score given on
// too little evidence, a deleted call or a person's own score), scorecard
// skills against the AI's scores of the same call, the scope and the period.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { callScope } from "@/lib/data/scope";
import { createTestOrg, type TestOrg } from "@/lib/data/test-org";
import type { Calibration, CalibrationFigures } from "@/lib/data/dto-calibration";
import { describeEachDatabase } from "@/lib/testing/databases";
import { calibrationReport, figuresOf, periodOf, trustKey, trustMarkers } from "./calibration";
import { addCalibrationCalls, type CalibrationCalls, NOW } from "./calibration-test-data";
import { addCommentPeople, type CommentPeople } from "./test-people";

vi.mock("@/lib/db", async () => (await import("@/lib/data/test-org")).testOrgDbModule);

/** The figures of pairs with these absolute differences, worked out in the test: the mean, and how many are at most 10 apart. */
function expected(diffs: number[], from: { reviews?: number; scorecards?: number } = {}): CalibrationFigures {
  const within = diffs.filter((d) => d <= 10).length;
  return {
    calls: diffs.length,
    meanAbsDiff: diffs.length ? Math.round((diffs.reduce((a, b) => a + b, 0) / diffs.length) * 10) / 10 : null,
    within,
    withinShare: diffs.length ? within / diffs.length : null,
    fromReviews: from.reviews ?? (from.scorecards ? 0 : diffs.length),
    fromScorecards: from.scorecards ?? 0,
    enough: diffs.length >= 5,
  };
}

const skillOf = (report: Calibration, key: string | null) => report.skills.find((s) => s.skill === key)!;

describe("figuresOf", () => {
  it("answers zeros and no mean for no pair, and marks fewer than five calls as too few", () => {
    expect(figuresOf(undefined)).toEqual({ calls: 0, meanAbsDiff: null, within: 0, withinShare: null, fromReviews: 0, fromScorecards: 0, enough: false });
    expect(figuresOf({ n: 4, mad: 12.345, within: 3, from_reviews: 4, from_scorecards: 0 })).toMatchObject({ meanAbsDiff: 12.3, withinShare: 0.75, enough: false });
    expect(figuresOf({ n: 5, mad: 1, within: 5, from_reviews: 5, from_scorecards: 0 }).enough).toBe(true);
  });
});

await describeEachDatabase("calibration", (provider) => {
  let org: TestOrg;
  let p: CommentPeople;
  let calls: CalibrationCalls;
  const all = { sql: "1 = 1", params: [], kind: "all" as const };
  const report = (days = 365, scope: Parameters<typeof calibrationReport>[1] = all) => calibrationReport(org.sql, scope, periodOf(days, NOW));

  beforeAll(async () => {
    org = await createTestOrg(provider);
    p = await addCommentPeople(org);
    calls = await addCalibrationCalls(org, p);
  });
  afterAll(async () => {
    await org?.close();
  });

  it("pairs each call's standing review of an AI score with the AI's value, per skill, the overall score first", async () => {
    const r = await report();
    expect(r).toMatchObject({ days: 365, from: "2025-02-02T00:00:00.000Z", to: "2026-02-02T00:00:00.000Z", scope: "all", withinPoints: 10, minCalls: 5, truncated: false });
    expect(r.skills.map((s) => [s.skill, s.label])).toEqual([
      [null, "Overall"],
      ["opening", "Opening"],
      ["discovery", "Discovery"],
      ["value_pitch", "Value & pitch"],
      ["objection_handling", "Objection handling"],
      ["closing", "Closing & next step"],
      ["delivery", "Delivery"],
      ["active_listening", "Active listening"],
    ]);
    // sf1 65 → 90, an1 50 → 52; ExecVision's overall (people's scorecard mean) is not the AI's.
    expect(skillOf(r, null).figures).toEqual(expected([25, 2]));
    // sf1 |60-70|, sf2 |40-80|, sf3 |55-50|, sf4 |90-85| (the later override stands), sf7 |20-45|, an1 |50-58|.
    expect(skillOf(r, "discovery").figures).toEqual(expected([10, 40, 5, 5, 25, 8]));
    expect(skillOf(r, "discovery").figures).toMatchObject({ calls: 6, meanAbsDiff: 15.5, within: 4 });
    // Clarity and influence of one call make one pair: 70 against 80.
    expect(skillOf(r, "value_pitch").figures).toEqual(expected([10]));
    expect(skillOf(r, "opening").figures).toEqual(expected([]));
  });

  it("breaks each skill down per AI vendor and per team of the call's rep", async () => {
    const discovery = skillOf(await report(), "discovery");
    expect(discovery.vendors).toEqual([
      { vendor: "salesfinity", label: "Salesfinity", figures: expected([10, 40, 5, 5, 25]) },
      { vendor: "analyses", label: "Call analyses", figures: expected([8]) },
    ]);
    expect(discovery.vendors[0].figures).toMatchObject({ meanAbsDiff: 17, withinShare: 0.6, enough: true });
    expect(discovery.teams).toEqual([
      { teamId: org.teams.north, name: "North", figures: expected([10, 40, 5, 5, 8]) },
      { teamId: org.teams.south, name: "South", figures: expected([25]) },
    ]);
    expect(discovery.teams[0].figures.meanAbsDiff).toBe(13.6);
  });

  it("sets scorecard skills mapped onto a skill against the AI's scores of that skill on the same call, people's overrides applied", async () => {
    const r = await report();
    // card1: AI close 40 against the scorecard's Closing 50 and Next step 90 (overridden from 70), mean 70.
    expect(skillOf(r, "closing").figures).toEqual(expected([30], { scorecards: 1 }));
    expect(skillOf(r, "closing").vendors).toEqual([{ vendor: "analyses", label: "Call analyses", figures: expected([30], { scorecards: 1 }) }]);
    expect(r.totals).toEqual({ fromReviews: 9, fromScorecards: 1 });
  });

  it("keeps to the viewer's scope and the period", async () => {
    const north = await report(365, { ...callScope(p.nora), kind: "teams" });
    expect(skillOf(north, "discovery").figures).toEqual(expected([10, 40, 5, 5, 8]));
    expect(skillOf(north, "discovery").teams.map((t) => t.name)).toEqual(["North"]);
    expect(skillOf(north, "discovery").vendors[0]).toMatchObject({ vendor: "salesfinity", figures: expected([10, 40, 5, 5]) });
    const south = await report(365, { ...callScope(p.sam), kind: "teams" });
    expect(skillOf(south, "discovery").figures).toEqual(expected([25]));
    expect(skillOf(south, null).figures).toEqual(expected([]));
    // Two years take the call of January 2025 in: |10-90|.
    expect(skillOf(await report(731), "discovery").figures).toEqual(expected([10, 40, 5, 5, 25, 8, 80]));
    expect(skillOf(await report(7), "discovery").figures).toEqual(expected([]));
  });

  it("gives each AI score of a call the figures of its skill and vendor, and none to a person's score", async () => {
    const refs = [
      { skillSet: null, skill: null },
      { skillSet: "salesfinity", skill: "discovery" },
      { skillSet: "salesfinity", skill: "pitch" },
    ];
    const markers = await trustMarkers(org.sql, { ...callScope(p.nora), kind: "teams" }, periodOf(365, NOW), { id: calls.sf1, vendor: "salesfinity" }, refs);
    expect(markers.get(trustKey(refs[1]))).toEqual({
      skill: "discovery",
      label: "Discovery",
      vendor: "salesfinity",
      vendorLabel: "Salesfinity",
      days: 365,
      scope: "teams",
      withinPoints: 10,
      figures: expected([10, 40, 5, 5]),
    });
    expect(markers.get(trustKey(refs[0]))).toMatchObject({ skill: null, label: "Overall", figures: expected([25]) });
    expect(markers.get(trustKey(refs[2]))).toMatchObject({ skill: "value_pitch", label: "Value & pitch", figures: expected([]) });
    const everyone = await trustMarkers(org.sql, all, periodOf(365, NOW), { id: calls.sf1, vendor: "salesfinity" }, refs);
    expect(everyone.get(trustKey(refs[1]))!.figures).toEqual(expected([10, 40, 5, 5, 25]));

    const execvision = await trustMarkers(org.sql, all, periodOf(365, NOW), { id: p.calls.ada1, vendor: "execvision" }, [
      { skillSet: null, skill: null },
      { skillSet: "scorecard", skill: "closing" },
    ]);
    expect(execvision.size).toBe(0);
  });
});
