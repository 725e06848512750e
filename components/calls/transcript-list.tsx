"use client";

// The transcript, virtualized: only the rows in view (and a few around them)
// exist in the DOM, each measured once it renders, so a two-hour call costs
// what a two-minute one does. The list follows playback until the reader
// scrolls it themselves, then offers "Back to now" in a strip under the list,
// where it covers no line.
import { useVirtualizer, type Virtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useMemo, useRef } from "react";
import type { Playback } from "@/lib/client/use-playback";
import { usePlaybackSelector } from "@/lib/client/use-playback-store";
import { landingMs, snapMs } from "@/lib/domain/transcript-time";
import { ArrowDownIcon } from "./icons";
import { SegmentRow } from "./segment-row";
import { createCursor, type TranscriptIndex } from "./transcript-index";
import type { TranscriptSearch } from "./use-transcript-search";

/** Keys that scroll a focused list: pressing one means the reader is steering. */
const SCROLL_KEYS = new Set(["ArrowUp", "ArrowDown", "PageUp", "PageDown", "Home", "End"]);

/** A first guess at a row's height before it is measured: a name line, then ~50 characters a line. */
function estimateRowHeight(chars: number): number {
  return 48 + Math.max(1, Math.ceil(chars / 50)) * 24;
}

/** How much of the list the first HTML holds before it is measured: a tall screen's worth. */
const FIRST_SCREEN_PX = 900;

/** Where a row starts by the estimates, less a line of context above it; 0 before the first row. */
function estimatedOffset(index: TranscriptIndex, row: number): number {
  let offset = 0;
  for (let i = 0; i < row; i++) offset += estimateRowHeight(index.texts[i].length);
  return row > 0 ? Math.max(0, offset - 48) : 0;
}

/** Brings a row into the upper part of the view unless it is already comfortably in it. */
function revealRow(virtualizer: Virtualizer<HTMLDivElement, Element>, scroller: HTMLElement, row: number): void {
  const item = virtualizer.measurementsCache[row];
  if (!item) return;
  const top = scroller.scrollTop;
  const height = scroller.clientHeight;
  if (item.start >= top && item.end <= top + height * 0.85) return;
  const target = Math.max(0, item.start - height * 0.2);
  // Far away, the sizes in between are estimates: jump and let the
  // virtualizer correct once the rows are measured. Near, glide.
  if (Math.abs(target - top) > height * 2) virtualizer.scrollToIndex(row, { align: "start" });
  else virtualizer.scrollToOffset(target, { behavior: "smooth" });
}

export interface TranscriptListProps {
  index: TranscriptIndex;
  /** When the index is a first screen: the line of the whole it starts at, and how many lines the whole has. */
  lines?: { first: number; total: number };
  playback: Playback;
  search: TranscriptSearch;
  following: boolean;
  onFollowingChange: (following: boolean) => void;
}

export function TranscriptList({ index, lines, playback, search, following, onFollowingChange }: TranscriptListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // Times pass through seconds: snapped back to the microsecond, a moment at a
  // line's start reads as that line, not the one before.
  const cursor = useMemo(() => {
    const at = createCursor(index);
    return (ms: number) => at(snapMs(ms));
  }, [index]);
  const count = index.segments.length;
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design; rows are memoized on their own props
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => estimateRowHeight(index.texts[i].length),
    overscan: 6,
    // Before the list is measured (in the server's HTML, and the render that hydrates it): a
    // screenful of rows, from the line playback starts on.
    initialRect: { width: 0, height: FIRST_SCREEN_PX },
    initialOffset: () => estimatedOffset(index, cursor(playback.store.get().currentTime * 1000).segment),
    paddingStart: 8,
    paddingEnd: 16,
    scrollPaddingStart: 48,
  });
  const active = usePlaybackSelector(playback.store, (s) => cursor(s.currentTime * 1000).segment);

  useEffect(() => {
    const scroller = scrollRef.current;
    if (following && active >= 0 && scroller) revealRow(virtualizer, scroller, active);
  }, [active, following, virtualizer]);

  const hitRow = search.selected >= 0 ? search.hits[search.selected].row : -1;
  useEffect(() => {
    if (hitRow >= 0) virtualizer.scrollToIndex(hitRow, { align: "center" });
  }, [hitRow, search.selected, virtualizer]);

  // Programmatic scrolls raise no wheel, touch or key events: these mean a person is scrolling.
  useEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller) return;
    const away = () => onFollowingChange(false);
    const onPointerDown = (event: PointerEvent) => event.target === scroller && away(); // the scrollbar
    const onKeyDown = (event: KeyboardEvent) => SCROLL_KEYS.has(event.key) && away();
    scroller.addEventListener("wheel", away, { passive: true });
    scroller.addEventListener("touchmove", away, { passive: true });
    scroller.addEventListener("pointerdown", onPointerDown);
    scroller.addEventListener("keydown", onKeyDown);
    return () => {
      scroller.removeEventListener("wheel", away);
      scroller.removeEventListener("touchmove", away);
      scroller.removeEventListener("pointerdown", onPointerDown);
      scroller.removeEventListener("keydown", onKeyDown);
    };
  }, [onFollowingChange]);

  const { seek } = playback;
  // A click on a line or its first word lands inside that line.
  const seekAndFollow = useCallback(
    (seconds: number) => {
      onFollowingChange(true);
      seek(landingMs(index.segStart, snapMs(seconds * 1000)) / 1000);
    },
    [seek, onFollowingChange, index],
  );

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div ref={scrollRef} tabIndex={0} role="group" aria-label="Transcript lines" className="min-h-0 flex-1 overflow-y-auto overscroll-contain [outline-offset:-2px]">
        <ol aria-label="Transcript" className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => (
            <SegmentRow
              key={item.key}
              row={item.index}
              top={item.start}
              line={(lines?.first ?? 0) + item.index}
              count={lines?.total ?? count}
              index={index}
              store={playback.store}
              cursor={cursor}
              hits={search.rows.get(item.index)}
              currentHit={item.index === hitRow ? search.selected : -1}
              measure={virtualizer.measureElement}
              onSeek={seekAndFollow}
            />
          ))}
        </ol>
      </div>
      {/* Below the list, not over it: the list gives up the strip's height while it shows. */}
      {!following && (
        <div className="flex shrink-0 justify-center border-t border-slate-200 bg-slate-50 px-4 py-2">
          <button
            type="button"
            onClick={() => onFollowingChange(true)}
            className="inline-flex items-center gap-1.5 rounded-full bg-slate-900 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-slate-800"
          >
            <ArrowDownIcon className="h-4 w-4" />
            Back to now
          </button>
        </div>
      )}
    </div>
  );
}
