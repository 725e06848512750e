// What the timeline under the player draws, as fractions of the call: who
// talked when (one lane per side) and the moments worth jumping to.
import type { CallMarker } from "@/lib/data/dto";
import type { ThreadView } from "@/lib/data/dto-comments";
import type { Segment, SpeakerRole } from "@/lib/domain/transcript";
import type { SearchHit } from "./transcript-search";

export type Side = "rep" | "prospect" | "unknown";

/** Reps and voice agents sell; prospects and callers are sold to. */
export function sideOf(role: SpeakerRole): Side {
  if (role === "rep" || role === "agent") return "rep";
  if (role === "prospect" || role === "caller") return "prospect";
  return "unknown";
}

export interface Span {
  /** Fractions of the call, 0..1. */
  start: number;
  end: number;
}

export interface SpeakerLane {
  side: Side;
  /** The name heard most on this side. */
  label: string;
  spans: Span[];
  /** This side's share of all speaking time, 0..1. */
  share: number;
}

const SIDES: Side[] = ["rep", "prospect", "unknown"];

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * Turns closer than this share of the call merge into one bar: below a pixel
 * they cannot be told apart, and a two-hour call then draws tens of bars, not
 * hundreds.
 */
export const MERGE_GAP = 0.002;

export function buildSpeakerLanes(segments: readonly Segment[], durationMs: number): SpeakerLane[] {
  if (durationMs <= 0) return [];
  const bySide = new Map<Side, { spans: Span[]; talkMs: number; labels: Map<string, number> }>();
  let totalMs = 0;
  for (const segment of [...segments].sort((a, b) => a.startMs - b.startMs)) {
    const side = sideOf(segment.speaker);
    let lane = bySide.get(side);
    if (!lane) bySide.set(side, (lane = { spans: [], talkMs: 0, labels: new Map() }));
    const talk = Math.max(0, segment.endMs - segment.startMs);
    lane.talkMs += talk;
    totalMs += talk;
    lane.labels.set(segment.label, (lane.labels.get(segment.label) ?? 0) + talk + 1);
    const start = clamp01(segment.startMs / durationMs);
    const end = clamp01(Math.max(segment.endMs, segment.startMs) / durationMs);
    const last = lane.spans.at(-1);
    if (last && start - last.end <= MERGE_GAP) last.end = Math.max(last.end, end);
    else lane.spans.push({ start, end });
  }
  return SIDES.filter((side) => bySide.has(side)).map((side) => {
    const lane = bySide.get(side)!;
    const label = [...lane.labels.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? side;
    return { side, label, spans: lane.spans, share: totalMs > 0 ? lane.talkMs / totalMs : 0 };
  });
}

export type MarkerLaneKind = "evidence" | "topic" | "note";

export interface TimelineMark {
  start: number;
  /** Null for a moment rather than a span. */
  end: number | null;
  /** Where clicking it seeks to. */
  ms: number;
  label: string;
  text: string | null;
  kind: CallMarker["kind"];
}

export interface MarkerLane {
  kind: MarkerLaneKind;
  label: string;
  marks: TimelineMark[];
}

const LANE_OF: Record<CallMarker["kind"], MarkerLaneKind> = { evidence: "evidence", topic: "topic", comment: "note", highlight: "note" };
const LANE_LABELS: Record<MarkerLaneKind, string> = { evidence: "Evidence", topic: "Topics", note: "Comments" };

export function buildMarkerLanes(markers: readonly CallMarker[], durationMs: number): MarkerLane[] {
  if (durationMs <= 0) return [];
  const lanes = new Map<MarkerLaneKind, TimelineMark[]>();
  for (const m of markers) {
    const kind = LANE_OF[m.kind];
    const startMs = Math.max(0, m.startSec * 1000);
    const mark: TimelineMark = {
      start: clamp01(startMs / durationMs),
      end: m.endSec !== null && m.endSec > m.startSec ? clamp01((m.endSec * 1000) / durationMs) : null,
      ms: startMs,
      label: m.label,
      text: m.text,
      kind: m.kind,
    };
    const list = lanes.get(kind);
    if (list) list.push(mark);
    else lanes.set(kind, [mark]);
  }
  return (["evidence", "topic", "note"] as const)
    .filter((kind) => lanes.has(kind))
    .map((kind) => ({ kind, label: LANE_LABELS[kind], marks: lanes.get(kind)!.sort((a, b) => a.ms - b.ms) }));
}

/**
 * Coachboard's own comments as markers for the Comments lane. The synced
 * ExecVision ones are among the call's markers already, so they are left out
 * here; so are deleted ones, and replies, which sit at their thread's moment.
 */
export function commentMarkers(threads: readonly ThreadView[]): CallMarker[] {
  return threads
    .filter((t) => t.source === "coachboard" && !t.deleted)
    .map((t) => ({ kind: "comment", startSec: t.startSec, endSec: t.endSec, label: `Comment by ${t.author.name}`, text: t.body }));
}

export interface HitTick {
  start: number;
  /** The first hit at this spot; clicking the tick goes to it. */
  hit: number;
}

/** One tick per spot the eye can tell apart (buckets across the lane), however many hits. */
export function buildHitTicks(hits: readonly SearchHit[], durationMs: number, buckets = 400): HitTick[] {
  if (durationMs <= 0) return [];
  const seen = new Set<number>();
  const ticks: HitTick[] = [];
  hits.forEach((h, hit) => {
    const start = clamp01(h.ms / durationMs);
    const bucket = Math.round(start * buckets);
    if (seen.has(bucket)) return;
    seen.add(bucket);
    ticks.push({ start, hit });
  });
  return ticks;
}

/** Targets that would overlap on the lane, taken as one: pixels from the lane's left edge. */
export interface TargetGroup<T> {
  items: T[];
  left: number;
  width: number;
}

/**
 * Groups marks into hit targets at least `minPx` wide that never overlap: each
 * mark's footprint (a point, or a span from start to end as fractions of the
 * lane) is widened to `minPx` around its centre, and footprints that overlap
 * become one target. A target can then be hit without hitting its neighbour.
 */
export function groupTargets<T>(items: readonly T[], extent: (item: T) => { start: number; end: number | null }, laneWidthPx: number, minPx = 24): TargetGroup<T>[] {
  const boxes = items
    .map((item) => {
      const { start, end } = extent(item);
      const [a, b] = [start * laneWidthPx, (end ?? start) * laneWidthPx];
      const centre = (a + b) / 2;
      const half = Math.max(minPx, b - a) / 2;
      return { item, left: centre - half, right: centre + half };
    })
    .sort((x, y) => x.left - y.left);
  const groups: { items: T[]; left: number; right: number }[] = [];
  for (const box of boxes) {
    const last = groups.at(-1);
    if (last && box.left < last.right) {
      last.items.push(box.item);
      last.right = Math.max(last.right, box.right);
    } else {
      groups.push({ items: [box.item], left: box.left, right: box.right });
    }
  }
  return groups.map((g) => ({ items: g.items, left: g.left, width: g.right - g.left }));
}
