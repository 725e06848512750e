"use client";

// One line of the transcript. Rows are memoized and each subscribes to the
// playback store for its own "am I active, which of my words" slice, so a
// frame of playback re-renders at most the row being spoken, never the list.
// The text is a few runs, not an element per word: a click finds its word
// from the character under the pointer.
import { memo } from "react";
import { type PlaybackStore, usePlaybackSelector } from "@/lib/client/use-playback-store";
import { formatClock, initials } from "./format";
import { SIDE_STYLE } from "./speaker-style";
import { sideOf } from "./timeline-model";
import type { Cursor, TranscriptIndex } from "./transcript-index";
import { textOffsetAtPoint } from "./text-offset";
import { type RowHit, splitText, wordAtChar } from "./transcript-search";

/** Not the active row; distinct from -1, "active, between words". */
const INACTIVE = -2;

export interface SegmentRowProps {
  row: number;
  /** Offset from the top of the list, in px. */
  top: number;
  count: number;
  index: TranscriptIndex;
  store: PlaybackStore;
  cursor: (ms: number) => Cursor;
  hits: RowHit[] | undefined;
  /** The current search hit if it is in this row, else -1. */
  currentHit: number;
  measure: (element: HTMLElement | null) => void;
  onSeek: (seconds: number) => void;
}

const HIT = "rounded-sm bg-amber-100 text-slate-900";
const CURRENT_HIT = "rounded-sm bg-amber-300 text-slate-900 ring-1 ring-amber-500";
// Padding with a matching negative margin: the spoken word lights up without moving the text.
const SPOKEN = "-mx-0.5 rounded-sm bg-brand-600 px-0.5 text-white";

/** The row's text as a few runs: plain, search hits, and the word being spoken. */
function RowText({ text, hits, currentHit, active }: { text: string; hits: RowHit[] | undefined; currentHit: number; active: { from: number; to: number } | null }) {
  return splitText(text, hits, active).map((piece, i) => {
    if (piece.hit >= 0) {
      return (
        <mark key={i} data-hit={piece.hit} data-current-hit={piece.hit === currentHit ? "true" : undefined} data-active-word={piece.active ? "true" : undefined} className={piece.active ? SPOKEN : piece.hit === currentHit ? CURRENT_HIT : HIT}>
          {piece.text}
        </mark>
      );
    }
    if (piece.active) {
      return (
        <span key={i} data-active-word="true" className={SPOKEN}>
          {piece.text}
        </span>
      );
    }
    return piece.text;
  });
}

export const SegmentRow = memo(function SegmentRow({ row, top, count, index, store, cursor, hits, currentHit, measure, onSeek }: SegmentRowProps) {
  const activeWord = usePlaybackSelector(store, (s) => {
    const at = cursor(s.currentTime * 1000);
    return at.segment === row ? at.word : INACTIVE;
  });
  const active = activeWord !== INACTIVE;
  const segment = index.segments[row];
  const side = SIDE_STYLE[sideOf(segment.speaker)];
  const startSec = index.segStart[row] / 1000;
  const clock = formatClock(startSec);
  // The spoken word, if it is one of this row's (a word at a turn's edge can belong to its neighbour).
  const spoken = activeWord >= index.wordFrom[row] && activeWord < index.wordTo[row] ? { from: index.wordOffset[activeWord], to: index.wordOffset[activeWord] + index.wordText[activeWord].length } : null;
  const seekTo = (event: React.MouseEvent<HTMLElement>) => {
    // Selecting text to copy it is not asking to play it.
    if (window.getSelection()?.type === "Range") return;
    // On the words, the word clicked; anywhere else on the row, its start.
    const text = event.currentTarget.querySelector<HTMLElement>("[data-row-text]");
    const char = text && text.contains(event.target as Node) ? textOffsetAtPoint(text, event.clientX, event.clientY) : -1;
    const word = char >= 0 ? wordAtChar(index, row, char) : -1;
    onSeek(word >= 0 ? index.wordStart[word] / 1000 : startSec);
  };
  return (
    <li
      ref={measure}
      data-index={row}
      data-start={startSec}
      data-end={index.segEnd[row] / 1000}
      aria-current={active ? "true" : undefined}
      aria-posinset={row + 1}
      aria-setsize={count}
      className="absolute left-0 top-0 w-full px-2 pb-1"
      style={{ transform: `translateY(${top}px)` }}
    >
      <div
        onClick={seekTo}
        className={`group flex cursor-pointer gap-3 rounded-lg px-3 py-2.5 transition-colors ${active ? `bg-brand-50 ring-1 ring-inset ${side.ring}` : "hover:bg-slate-50"}`}
      >
        <span aria-hidden="true" className={`mt-0.5 flex h-7 w-7 shrink-0 items-center justify-center rounded-full text-[11px] font-semibold ${side.avatar}`}>
          {initials(segment.label)}
        </span>
        <div className="min-w-0 flex-1">
          <div className="flex items-baseline gap-2">
            <span className={`truncate text-[13px] font-semibold ${side.name}`}>{segment.label}</span>
            <button
              type="button"
              onClick={(event) => {
                event.stopPropagation();
                onSeek(startSec);
              }}
              aria-label={`Play from ${clock}`}
              className="rounded px-1 text-xs tabular-nums text-slate-500 hover:bg-white hover:text-brand-700"
            >
              {clock}
            </button>
          </div>
          <p data-row-text="" className={`mt-0.5 text-[15px] leading-relaxed break-words ${active ? "text-slate-900" : "text-slate-700"}`}>
            <RowText text={index.texts[row]} hits={hits} currentHit={currentHit} active={spoken} />
          </p>
        </div>
      </div>
    </li>
  );
});
