"use client";

// The timeline under the player: who talked when, the moments worth a look
// (evidence, topics, comments, search hits), and a playhead. Tracks seek
// where they are clicked; every marker is a button that seeks to it.
import { memo, useEffect, useRef } from "react";
import type { PlaybackStore } from "@/lib/client/use-playback-store";
import { formatClock } from "./format";
import { SIDE_STYLE } from "./speaker-style";
import type { HitTick, MarkerLane, SpeakerLane, TimelineMark } from "./timeline-model";

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

const MARK_STYLE: Record<TimelineMark["kind"], string> = {
  evidence: "bg-violet-500/80 hover:bg-violet-600",
  topic: "bg-amber-500/80 hover:bg-amber-600",
  comment: "bg-sky-500 hover:bg-sky-600",
  highlight: "bg-yellow-400 ring-1 ring-yellow-600 hover:bg-yellow-500",
};

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
        {detail && <span className="hidden shrink-0 tabular-nums text-slate-400 sm:inline">{detail}</span>}
      </div>
      <div
        className="relative h-3.5 cursor-pointer rounded-full bg-slate-100"
        onClick={(event) => {
          const box = event.currentTarget.getBoundingClientRect();
          onSeekFraction(Math.min(1, Math.max(0, (event.clientX - box.left) / box.width)));
        }}
      >
        {children}
      </div>
    </div>
  );
}

function markTitle(mark: TimelineMark): string {
  const text = mark.text ? `: ${mark.text.length > 140 ? `${mark.text.slice(0, 139)}…` : mark.text}` : "";
  return `${mark.label} at ${formatClock(mark.ms / 1000)}${text}`;
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
  if (durationMs <= 0) return null;
  const seekFraction = (fraction: number) => onSeek((fraction * durationMs) / 1000);
  return (
    <div role="group" aria-label="Call timeline" className="[--tl-label:5.5rem] sm:[--tl-label:9rem]">
      <div className="relative space-y-2">
        {speakers.map((lane) => (
          <Lane key={lane.side} label={lane.label} detail={`${Math.round(lane.share * 100)}%`} dot={SIDE_STYLE[lane.side].bar} onSeekFraction={seekFraction}>
            {lane.spans.map((span, i) => (
              <span
                key={i}
                className={`absolute inset-y-0 rounded-full ${SIDE_STYLE[lane.side].bar}`}
                style={{ left: pct(span.start), width: `max(2px, ${pct(span.end - span.start)})` }}
              />
            ))}
          </Lane>
        ))}
        {markers.map((lane) => (
          <Lane key={lane.kind} label={lane.label} detail={String(lane.marks.length)} onSeekFraction={seekFraction}>
            {lane.marks.map((mark, i) => (
              <button
                key={i}
                type="button"
                aria-label={markTitle(mark)}
                title={markTitle(mark)}
                onClick={(event) => {
                  event.stopPropagation();
                  onSeek(mark.ms / 1000);
                }}
                className={`absolute inset-y-0 rounded-full ${MARK_STYLE[mark.kind]} ${mark.end === null ? "w-2.5 -translate-x-1/2" : ""}`}
                style={{ left: pct(mark.start), width: mark.end === null ? undefined : `max(8px, ${pct(mark.end - mark.start)})` }}
              />
            ))}
          </Lane>
        ))}
        {hitTicks.length > 0 && (
          <Lane label="Search" detail={String(hitCount)} onSeekFraction={seekFraction}>
            {hitTicks.map((tick) => (
              <span
                key={tick.hit}
                data-hit-tick={tick.hit}
                title={`Search match ${tick.hit + 1}`}
                onClick={(event) => {
                  event.stopPropagation();
                  onHit(tick.hit);
                }}
                className="absolute -inset-y-0.5 w-1 -translate-x-1/2 rounded-full bg-orange-500 hover:bg-orange-600"
                style={{ left: pct(tick.start) }}
              />
            ))}
          </Lane>
        )}
        <Playhead store={store} durationMs={durationMs} />
      </div>
      <div className={`${GRID} mt-1.5`}>
        <span />
        <div className="flex justify-between text-[11px] tabular-nums text-slate-400">
          <span>0:00</span>
          <span>{formatClock(durationMs / 2000)}</span>
          <span>{formatClock(durationMs / 1000)}</span>
        </div>
      </div>
    </div>
  );
});
