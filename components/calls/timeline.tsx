"use client";

// The timeline under the player: who talked when, the moments worth a look
// (evidence, topics, comments, search hits), and a playhead. Tracks seek
// where they are clicked; every marker is a button that seeks to it, 24 px
// wide to hit around smaller visible marks; marks closer than that share one.
import { memo, useEffect, useRef, useState } from "react";
import type { PlaybackStore } from "@/lib/client/use-playback-store";
import { formatClock } from "./format";
import { SIDE_STYLE } from "./speaker-style";
import { groupTargets, type HitTick, type MarkerLane, type SpeakerLane, type TimelineMark } from "./timeline-model";

export interface TimelineProps {
  speakers: SpeakerLane[];
  markers: MarkerLane[];
  hitTicks: HitTick[];
  hitCount: number;
  durationMs: number;
  store: PlaybackStore;
  onSeek: (seconds: number) => void;
  onHit: (hit: number) => void;
}

// The visible mark, darker while its button is hovered.
const MARK_STYLE: Record<TimelineMark["kind"], string> = {
  evidence: "bg-violet-500/80 group-hover:bg-violet-600",
  topic: "bg-amber-500/80 group-hover:bg-amber-600",
  comment: "bg-sky-500 group-hover:bg-sky-600",
  highlight: "bg-yellow-400 ring-1 ring-yellow-600 group-hover:bg-yellow-500",
};

// A lane is a 24 px row, tall enough to hit, around a 14 px track the eye reads.
const TRACK = "absolute inset-y-[5px]";
// Marker buttons: 24 px or wider, over the marks they seek to; the marks under them are what shows.
const HIT_BUTTON = "absolute inset-y-0 rounded-md hover:bg-slate-900/10";

const pct = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

// The label column's width, shared by the rows and the playhead.
const GRID = "grid grid-cols-[var(--tl-label)_minmax(0,1fr)] items-center gap-3";

function Lane({ label, detail, dot, children, onSeekFraction }: { label: string; detail?: string; dot?: string; children: React.ReactNode; onSeekFraction: (f: number) => void }) {
  return (
    <div className={GRID}>
      <div className="flex min-w-0 items-center gap-1.5 text-xs">
        {dot && <span aria-hidden="true" className={`h-2 w-2 shrink-0 rounded-full ${dot}`} />}
        <span className="truncate font-medium text-slate-700" title={label}>
          {label}
        </span>
        {detail && <span className="hidden shrink-0 tabular-nums text-slate-500 sm:inline">{detail}</span>}
      </div>
      <div
        className="relative h-6 cursor-pointer [container-type:inline-size]"
        onClick={(event) => {
          const box = event.currentTarget.getBoundingClientRect();
          onSeekFraction(Math.min(1, Math.max(0, (event.clientX - box.left) / box.width)));
        }}
      >
        <div aria-hidden="true" className={`${TRACK} inset-x-0 rounded-full bg-slate-100`} />
        {children}
      </div>
    </div>
  );
}

function markTitle(mark: TimelineMark): string {
  const text = mark.text ? `: ${mark.text.length > 140 ? `${mark.text.slice(0, 139)}…` : mark.text}` : "";
  return `${mark.label} at ${formatClock(mark.ms / 1000)}${text}`;
}

/** One mark's title, or for marks too close to hit apart, how many, from when, and each of them. */
function groupTitle(marks: readonly TimelineMark[], laneLabel: string): string {
  if (marks.length === 1) return markTitle(marks[0]);
  return `${marks.length} ${laneLabel.toLowerCase()} from ${formatClock(marks[0].ms / 1000)} to ${formatClock(marks.at(-1)!.ms / 1000)}; plays the first. ${marks.map(markTitle).join("; ")}`;
}

/** The lanes' width in pixels, for grouping markers too close to hit apart; a typical width until measured. */
function useWidth(ref: React.RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.round(entry.contentRect.width) || fallback));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, fallback]);
  return width;
}

/** Moves with playback by writing its own style, so the timeline never re-renders for time. */
function Playhead({ store, durationMs }: { store: PlaybackStore; durationMs: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const update = () => {
      const fraction = Math.min(1, Math.max(0, (store.get().currentTime * 1000) / durationMs));
      if (ref.current) ref.current.style.left = `calc(var(--tl-label) + 0.75rem + (100% - var(--tl-label) - 0.75rem) * ${fraction})`;
    };
    update();
    return store.subscribe(update);
  }, [store, durationMs]);
  return (
    <div ref={ref} aria-hidden="true" className="pointer-events-none absolute -bottom-1 -top-1 w-0.5 -translate-x-1/2 rounded-full bg-slate-900">
      <span className="absolute -left-[3px] -top-1 h-2 w-2 rounded-full bg-slate-900" />
    </div>
  );
}

export const Timeline = memo(function Timeline({ speakers, markers, hitTicks, hitCount, durationMs, store, onSeek, onHit }: TimelineProps) {
  const axisRef = useRef<HTMLDivElement>(null);
  const laneWidth = useWidth(axisRef, 640);
  if (durationMs <= 0) return null;
  const seekFraction = (fraction: number) => onSeek((fraction * durationMs) / 1000);
  return (
    <div role="group" aria-label="Call timeline" className="[--tl-label:5.5rem] sm:[--tl-label:9rem]">
      <div className="relative space-y-0.5">
        {speakers.map((lane) => (
          <Lane key={lane.side} label={lane.label} detail={`${Math.round(lane.share * 100)}%`} dot={SIDE_STYLE[lane.side].bar} onSeekFraction={seekFraction}>
            {lane.spans.map((span, i) => (
              <span
                key={i}
                className={`${TRACK} rounded-full ${SIDE_STYLE[lane.side].bar}`}
                style={{ left: pct(span.start), width: `max(2px, ${pct(span.end - span.start)})` }}
              />
            ))}
          </Lane>
        ))}
        {markers.map((lane) => (
          <Lane key={lane.kind} label={lane.label} detail={String(lane.marks.length)} onSeekFraction={seekFraction}>
            {lane.marks.map((mark, i) => {
              const span = mark.end === null ? null : pct(mark.end - mark.start);
              return (
                <span
                  key={i}
                  aria-hidden="true"
                  className={`pointer-events-none absolute inset-y-[5px] -translate-x-1/2 rounded-full ${MARK_STYLE[mark.kind]} ${span ? "" : "w-2.5"}`}
                  style={{ left: pct(span ? (mark.start + mark.end!) / 2 : mark.start), width: span ? `max(8px, ${span})` : undefined }}
                />
              );
            })}
            {groupTargets(lane.marks, (mark) => mark, laneWidth).map((group) => (
              <button
                key={group.items[0].ms}
                type="button"
                aria-label={groupTitle(group.items, lane.label)}
                title={groupTitle(group.items, lane.label)}
                onClick={(event) => {
                  event.stopPropagation();
                  onSeek(group.items[0].ms / 1000);
                }}
                className={HIT_BUTTON}
                style={{ left: group.left, width: group.width }}
              />
            ))}
          </Lane>
        ))}
        {hitTicks.length > 0 && (
          <Lane label="Search" detail={String(hitCount)} onSeekFraction={seekFraction}>
            {hitTicks.map((tick) => (
              <span key={tick.hit} aria-hidden="true" className="pointer-events-none absolute inset-y-[3px] w-1 -translate-x-1/2 rounded-full bg-orange-500" style={{ left: pct(tick.start) }} />
            ))}
            {/* Out of the tab order: the search box's Enter and arrows step through the same matches. */}
            {groupTargets(hitTicks, (tick) => ({ start: tick.start, end: null }), laneWidth).map((group) => {
              const [first, last] = [group.items[0], group.items.at(-1)!];
              const label =
                first === last
                  ? `Search match ${first.hit + 1} at ${formatClock((first.start * durationMs) / 1000)}`
                  : `Search matches ${first.hit + 1} to ${last.hit + 1}, from ${formatClock((first.start * durationMs) / 1000)}`;
              return (
                <button
                  key={first.hit}
                  type="button"
                  tabIndex={-1}
                  data-hit-tick={first.hit}
                  aria-label={label}
                  title={label}
                  onClick={(event) => {
                    event.stopPropagation();
                    onHit(first.hit);
                  }}
                  className={HIT_BUTTON}
                  style={{ left: group.left, width: group.width }}
                />
              );
            })}
          </Lane>
        )}
        <Playhead store={store} durationMs={durationMs} />
      </div>
      <div className={`${GRID} mt-1.5`}>
        <span />
        <div ref={axisRef} className="flex justify-between text-[11px] tabular-nums text-slate-500">
          <span>0:00</span>
          <span>{formatClock(durationMs / 2000)}</span>
          <span>{formatClock(durationMs / 1000)}</span>
        </div>
      </div>
    </div>
  );
});
