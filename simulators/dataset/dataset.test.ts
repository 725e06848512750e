import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { generateDemoDataset } from "./generate";
import { DATASET_PATH } from "./load";
import { REPS } from "./org";
import type { DemoDataset, EvCallEntry } from "./types";

let dataset: DemoDataset;
let json: string;
beforeAll(() => {
  dataset = generateDemoDataset();
  json = JSON.stringify(dataset);
});

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe("the demo dataset", () => {
  it("is a pure function of the seed", () => {
    expect(JSON.stringify(generateDemoDataset())).toBe(json);
    expect(JSON.stringify(generateDemoDataset({ seed: 1 }))).not.toBe(json);
  });

  it("is what is committed in simulators/demo/dataset.json.gz (run scripts/demo/generate-dataset.ts after changes)", () => {
    const committed = readFileSync(DATASET_PATH);
    expect(committed.length).toBeLessThan(3_000_000);
    expect(gunzipSync(committed).toString("utf8") === json).toBe(true);
  });

  it("has the documented volumes, all before the anchor", () => {
    const ev = dataset.execvision;
    const calls = ev.calls as EvCallEntry[];
    const counts = {
      salesfinity: dataset.salesfinity.scoredCalls.length, execvision: calls.length, analyses: dataset.analyses.analyses.length,
      voice: dataset.voiceAgent.calls.length, revont: dataset.revont.calls.length,
    };
    expect(counts).toEqual({ salesfinity: 110, execvision: 110, analyses: 60, voice: 40, revont: 80 });
    expect(ev.deletedCalls).toHaveLength(5);
    expect(Object.values(counts).reduce((a, b) => a + b)).toBeGreaterThanOrEqual(400);
    const anchorMs = Date.parse(dataset.anchor);
    const stamps = json.replace(`"anchor":"${dataset.anchor}"`, "").match(/"\d{4}-\d{2}-\d{2}T[^"]+"/g)!.map((s) => Date.parse(s.slice(1, -1)));
    expect(stamps.every((ms) => ms < anchorMs && ms > anchorMs - 120 * 86_400_000)).toBe(true);
    for (const c of calls.filter((e) => e.call.transcript)) {
      expect(c.call.transcript!.length).toBeGreaterThanOrEqual(250);
      expect(c.call.transcript!.length).toBeLessThanOrEqual(900);
    }
    expect(calls.filter((c) => c.call.state === "CONVERTER_REJECTED").length).toBeGreaterThan(0);
    expect(new Set(calls.map((c) => c.call.direction))).toEqual(new Set(["INBOUND", "OUTBOUND", "SCREENSHARE"]));
    expect(ev.topics.length).toBeGreaterThanOrEqual(6);
    expect(new Set(ev.scorecards.map((q) => q.scorecardScheme)).size).toBe(2);
    expect(new Set(ev.scores.map((s) => s.callId)).size).toBe(40);
    expect(ev.feedback).toHaveLength(60);
    expect(ev.plans.length).toBeGreaterThanOrEqual(5);
    expect(ev.kpiDefinitions).toHaveLength(3);
    expect(ev.shares.some((s) => s.recipientEmails.length) && ev.shares.some((s) => s.recipientUserIds.length)).toBe(true);
  });

  it("has groups of at least three records sharing one modified time", () => {
    const groups = (values: string[]) => {
      const counts = new Map<string, number>();
      for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
      return [...counts.values()].filter((n) => n >= 3).length;
    };
    expect(groups((dataset.execvision.calls as EvCallEntry[]).map((c) => c.modified))).toBeGreaterThanOrEqual(3);
    const results = new Map(dataset.execvision.scores.map((s) => [s.resultId, s.modified]));
    expect(groups([...results.values()])).toBeGreaterThanOrEqual(2);
    expect(groups(dataset.execvision.feedback.map((f) => f.modified))).toBeGreaterThanOrEqual(2);
  });

  it("links each rep across 2–4 vendors, with ExecVision users for reps and managers", () => {
    const { org } = dataset;
    expect(org.teams).toHaveLength(3);
    expect(org.reps).toHaveLength(12);
    for (const rep of org.reps) {
      const vendors = Object.keys(rep.ids).length;
      expect(vendors).toBeGreaterThanOrEqual(2);
      expect(vendors).toBeLessThanOrEqual(4);
      expect(dataset.execvision.users.find((u) => u.userId === rep.ids.execvision)!.email).toBe(rep.email);
      if (rep.ids.salesfinity) expect(dataset.salesfinity.scoredCalls.some((c) => c.user._id === rep.ids.salesfinity && c.user.email === rep.email)).toBe(true);
      // Every Revont user is linked at start-up but one, the first team's last, left for an admin to link.
      if (rep.ids.revont && rep.email !== "luis.ortega@northbeam.example") expect(org.revontLinks[rep.ids.revont]).toBe(rep.email);
      if (rep.ids.analyses) expect(dataset.analyses.analyses.some((a) => a.record.partner_rep_id === rep.ids.analyses && a.record.metadata.rep_email === rep.email)).toBe(true);
    }
    for (const team of org.teams) expect(dataset.execvision.users.some((u) => u.email === team.managerEmail)).toBe(true);
    const luis = org.reps.find((r) => r.email === "luis.ortega@northbeam.example")!;
    expect(luis.ids.revont && org.revontLinks[luis.ids.revont]).toBeUndefined();
    expect(Object.keys(org.revontLinks)).toHaveLength(org.reps.filter((r) => r.ids.revont).length - 1);
  });

  it("scores reps by their skill, and coached reps improve after their plan starts", () => {
    const byRep = new Map<string, number[]>();
    for (const c of dataset.salesfinity.scoredCalls) byRep.set(c.user.email, [...(byRep.get(c.user.email) ?? []), c.insight.total_score]);
    const avg = (email: string) => mean(byRep.get(email)!);
    expect(avg("marcus.reid@northbeam.example") - avg("derek.stone@northbeam.example")).toBeGreaterThan(15);
    const anchorMs = Date.parse(dataset.anchor);
    const kevin = REPS.find((r) => r.first === "Kevin")!;
    const planStart = anchorMs - kevin.plan!.startDaysBeforeAnchor * 86_400_000;
    const kevinCalls = dataset.salesfinity.scoredCalls.filter((c) => c.user.email === "kevin.marsh@northbeam.example");
    const before = kevinCalls.filter((c) => Date.parse(c.createdAt) < planStart).map((c) => c.insight.facets.discovery.score);
    const after = kevinCalls.filter((c) => Date.parse(c.createdAt) > planStart + 21 * 86_400_000).map((c) => c.insight.facets.discovery.score);
    expect(mean(after) - mean(before)).toBeGreaterThan(5);
    const meetings = dataset.execvision.meetings.filter((m) => m.planId === dataset.execvision.plans[0].planId);
    const skill = Object.keys(meetings[0].scores)[0];
    expect(meetings.at(-1)!.scores[skill]).toBeGreaterThan(meetings[0].scores[skill]);
  });

  it("keeps Salesfinity totals the exact weighted mean and references real calls everywhere", () => {
    for (const c of dataset.salesfinity.scoredCalls) {
      const f = Object.values(c.insight.facets);
      expect(c.insight.total_score).toBe(f.reduce((a, x) => a + x.score * x.weight_pct, 0) / 100);
    }
    const ids = new Set((dataset.execvision.calls as EvCallEntry[]).map((c) => c.call.id));
    const ev = dataset.execvision;
    for (const ref of [...ev.scores, ...ev.feedback, ...ev.listens, ...ev.shares]) expect(ids.has(ref.callId)).toBe(true);
    for (const m of ev.meetings) for (const r of m.callReviews) expect(ids.has(r.callId)).toBe(true);
    for (const p of ev.plans) expect(p.completedMeetings).toBe(ev.meetings.filter((m) => m.planId === p.planId).length);
  });
});
