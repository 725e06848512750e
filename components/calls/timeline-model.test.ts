import { describe, expect, it } from "vitest";
import type { CallMarker } from "@/lib/data/dto";
import type { Segment } from "@/lib/domain/transcript";
import { COMMENTS } from "./comment-test-data";
import { buildHitTicks, buildMarkerLanes, buildSpeakerLanes, commentMarkers, groupTargets, MERGE_GAP, sideOf } from "./timeline-model";
import { SEGMENTS } from "./test-data";

describe("buildSpeakerLanes", () => {
  it("puts reps and agents on one side, prospects and callers on the other", () => {
    expect(["rep", "agent", "prospect", "caller", "unknown"].map((r) => sideOf(r as Segment["speaker"]))).toEqual(["rep", "rep", "prospect", "prospect", "unknown"]);
  });

  it("draws who talked when, scaled to the call", () => {
    const lanes = buildSpeakerLanes(SEGMENTS, 10_000);
    expect(lanes.map((l) => [l.side, l.label])).toEqual([
      ["rep", "Marcus Reid"],
      ["prospect", "Dana Whitfield"],
    ]);
    expect(lanes[0].spans).toEqual([
      { start: 0, end: 0.2 },
      { start: 0.6, end: 0.9 },
    ]);
    expect(lanes[1].spans).toEqual([{ start: 0.25, end: 0.4 }]);
    expect(lanes[0].share).toBeCloseTo(5000 / 6500);
  });

  it("merges turns too close to tell apart, and clamps past the end", () => {
    const segments: Segment[] = [
      { speaker: "unknown", label: "Speaker 1", startMs: 0, endMs: 1000, text: "" },
      { speaker: "unknown", label: "Speaker 1", startMs: 1000 + MERGE_GAP * 100_000 * 0.5, endMs: 2000, text: "" },
      { speaker: "unknown", label: "Speaker 1", startMs: 99_000, endMs: 120_000, text: "" },
    ];
    const [lane] = buildSpeakerLanes(segments, 100_000);
    expect(lane.spans).toEqual([
      { start: 0, end: 0.02 },
      { start: 0.99, end: 1 },
    ]);
    expect(buildSpeakerLanes(segments, 0)).toEqual([]);
  });
});

describe("buildMarkerLanes", () => {
  const markers: CallMarker[] = [
    { kind: "topic", startSec: 30, endSec: 35, label: "Pricing", text: "how much" },
    { kind: "evidence", startSec: 10, endSec: 12, label: "Discovery", text: "Who else feels this?" },
    { kind: "highlight", startSec: 50, endSec: null, label: "Highlight", text: null },
    { kind: "comment", startSec: 40, endSec: 40, label: "Comment", text: "Nice" },
  ];

  it("groups markers into evidence, topic and comment lanes", () => {
    const lanes = buildMarkerLanes(markers, 100_000);
    expect(lanes.map((l) => [l.kind, l.label, l.marks.length])).toEqual([
      ["evidence", "Evidence", 1],
      ["topic", "Topics", 1],
      ["note", "Comments", 2],
    ]);
    expect(lanes[0].marks[0]).toMatchObject({ start: 0.1, end: 0.12, ms: 10_000 });
    // A comment with no length is a moment, not a span.
    expect(lanes[2].marks.map((m) => [m.ms, m.end])).toEqual([
      [40_000, null],
      [50_000, null],
    ]);
  });
});

describe("commentMarkers", () => {
  it("puts Coachboard's comments in the Comments lane beside the synced ones, each once", () => {
    // The call's markers hold the synced ExecVision highlight (f34, at 62 s) already.
    const synced: CallMarker[] = [{ kind: "highlight", startSec: 62, endSec: null, label: "Highlight", text: "Great recovery here" }];
    const ours = commentMarkers(COMMENTS.threads);
    // Ours only: not the synced one, not the deleted one, not the replies.
    expect(ours).toEqual([{ kind: "comment", startSec: 6, endSec: 9, label: "Comment by Rebecca Holt", text: "@Marcus Reid ask who signs off." }]);
    const [lane] = buildMarkerLanes([...synced, ...ours], 100_000);
    expect(lane.label).toBe("Comments");
    expect(lane.marks.map((m) => [m.ms, m.end, m.label])).toEqual([
      [6_000, 0.09, "Comment by Rebecca Holt"],
      [62_000, null, "Highlight"],
    ]);
  });
});

describe("buildHitTicks", () => {
  it("draws one tick per distinguishable spot, pointing at the first hit there", () => {
    const hits = [0, 10, 5000, 5001, 9000].map((ms, i) => ({ row: i, from: 0, to: 1, ms }));
    expect(buildHitTicks(hits, 10_000, 100)).toEqual([
      { start: 0, hit: 0 },
      { start: 0.5, hit: 2 },
      { start: 0.9, hit: 4 },
    ]);
  });
});

describe("groupTargets", () => {
  const point = (start: number) => ({ start, end: null });
  it("keeps marks at least 24 px apart as targets of their own, 24 px wide and centred", () => {
    const groups = groupTargets([point(0.5), point(0.1)], (m) => m, 1000);
    expect(groups.map((g) => [g.items.map((m) => m.start), g.left, g.width])).toEqual([
      [[0.1], 88, 24],
      [[0.5], 488, 24],
    ]);
  });

  it("takes marks closer than 24 px as one target spanning them all, so no two targets overlap", () => {
    // 10 px, 10 px, then 30 px apart on a 1,000 px lane.
    const groups = groupTargets([point(0.1), point(0.11), point(0.12), point(0.15)], (m) => m, 1000);
    expect(groups.map((g) => g.items.map((m) => m.start))).toEqual([[0.1, 0.11, 0.12], [0.15]]);
    expect(groups[0].left).toBeCloseTo(88);
    expect(groups[0].width).toBeCloseTo(44);
    for (let i = 1; i < groups.length; i++) expect(groups[i].left).toBeGreaterThanOrEqual(groups[i - 1].left + groups[i - 1].width);
    expect(Math.min(...groups.map((g) => g.width))).toBeGreaterThanOrEqual(24);
  });

  it("a span covers its length, and groups with a point inside it", () => {
    const groups = groupTargets([{ start: 0.2, end: 0.4 }, point(0.3), point(0.9)], (m) => m, 500);
    expect(groups.map((g) => g.items.length)).toEqual([2, 1]);
    expect(groups[0].left).toBeCloseTo(100);
    expect(groups[0].width).toBeCloseTo(100);
  });

  it("on any lane width, the targets are 24 px or wider and never overlap", () => {
    const marks = Array.from({ length: 200 }, (_, i) => point(((i * 7919) % 1000) / 1000));
    for (const width of [120, 390, 1440]) {
      const groups = groupTargets(marks, (m) => m, width);
      expect(groups.reduce((n, g) => n + g.items.length, 0)).toBe(200);
      for (let i = 0; i < groups.length; i++) {
        expect(groups[i].width).toBeGreaterThanOrEqual(24);
        if (i > 0) expect(groups[i].left).toBeGreaterThanOrEqual(groups[i - 1].left + groups[i - 1].width - 1e-9);
      }
    }
  });
});
