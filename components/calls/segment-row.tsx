"use client";

// One line of the transcript. Rows are memoized and each subscribes to the
// playback store for its own "am I active, which of my words" slice, so a
// frame of playback re-renders at most the row being spoken, never the list.
// The text is a few runs, not an element per word: a click finds its word
// from the character under the pointer. Reviewers' comments and highlights
// show under the line they point at, handed down through RowNotesProvider.
import { createContext, memo, useContext, useMemo } from "react";
import { type PlaybackStore, usePlaybackSelector } from "@/lib/client/use-playback-store";
import type { CallNote } from "@/lib/data/dto";
import { noteAuthor, noteKindLabel, notesByRow, noteTextOnLine } from "@/lib/domain/coaching-notes";
import { formatClock, initials } from "./format";
import { NOTE_STYLE } from "./note-style";
import { SIDE_STYLE } from "./speaker-style";
import { sideOf } from "./timeline-model";
import type { Cursor, TranscriptIndex } from "./transcript-index";
import { textOffsetAtPoint } from "./text-offset";
import { type RowHit, splitText, wordAtChar } from "./transcript-search";

/** Not the active row; distinct from -1, "active, between words". */
const INACTIVE = -2;

export interface SegmentRowProps {
  row: number;
  /** The row's line in the whole transcript (row, unless the list holds only a first screen of it). */
  line: number;
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

/** The notes' colours, in the hues of their markers on the timeline; the edges 3:1 on white, the labels 4.5:1. */

const NO_NOTES: ReadonlyMap<number, CallNote[]> = new Map();
const RowNotesContext = createContext(NO_NOTES);

/** Places the call's comments and highlights on the transcript lines they point at, for the rows below it. */
export function RowNotesProvider({ notes, index, children }: { notes: readonly CallNote[]; index: TranscriptIndex | null; children: React.ReactNode }) {
  const rows = useMemo(() => (index && notes.length ? notesByRow(notes, index.segStart) : NO_NOTES), [notes, index]);
  return <RowNotesContext value={rows}>{children}</RowNotesContext>;
}

/**
 * The comments and highlights on one line: which, who, when, and what they said.
 * Paragraphs, not a list, so a line stays one item of the transcript list.
 */
function RowNotes({ notes, text }: { notes: CallNote[]; text: string }) {
  return (
    <div data-row-notes="" className="mt-1.5 space-y-1">
      {notes.map((note, i) => {
        const said = noteTextOnLine(note, text);
        return (
          <p key={i} className={`rounded-sm border-l-2 bg-slate-50 px-2 py-1 text-[13px] leading-snug text-slate-700 ${NOTE_STYLE[note.kind].edge}`}>
            <span className={`font-semibold ${NOTE_STYLE[note.kind].label}`}>{noteKindLabel(note.kind)}</span>
            <span className="text-slate-600"> by {noteAuthor(note)} at {formatClock(note.startSec)}</span>
            {said && <span className="break-words">: {said}</span>}
          </p>
        );
      })}
    </div>
  );
}

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

export const SegmentRow = memo(function SegmentRow({ row, line, top, count, index, store, cursor, hits, currentHit, measure, onSeek }: SegmentRowProps) {
  const activeWord = usePlaybackSelector(store, (s) => {
    const at = cursor(s.currentTime * 1000);
    return at.segment === row ? at.word : INACTIVE;
  });
  const active = activeWord !== INACTIVE;
  const notes = useContext(RowNotesContext).get(row);
  const segment = index.segments[row];
  const side = SIDE_STYLE[sideOf(segment.speaker)];
  const startSec = index.segStart[row] / 1000;
  const clock = formatClock(startSec);
  // Each word's start in ms from the line's: what the page's inline script seeks to on a click before the page's scripts have run.
  const wordStarts = useMemo(() => {
    const starts: number[] = [];
    for (let k = index.wordFrom[row]; k < index.wordTo[row]; k++) starts.push(Math.round(index.wordStart[k] - index.segStart[row]));
    return starts.length ? starts.join(" ") : undefined;
  }, [index, row]);
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
      data-words={wordStarts}
      aria-current={active ? "true" : undefined}
      data-line={line}
      aria-posinset={line + 1}
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
          {notes && <RowNotes notes={notes} text={index.texts[row]} />}
        </div>
      </div>
    </li>
  );
});
